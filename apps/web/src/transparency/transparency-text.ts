import { PUBLISHED_FIGURE_LABELS, type PublishedBreakdown } from '@jointops/domain';

/**
 * Every word of the published figures page (/transparency), in one place to translate: the page
 * and its CSV take them from here. The labels of the keys start from libs/domain's English ones.
 */
export const TRANSPARENCY_TEXT = {
  documentTitle: 'Published figures · JointOps',
  heading: 'Published figures',
  lead: 'What the agencies of the joint task force did, in numbers: operations, incidents, complaints and corrective actions. Anyone may read these figures without signing in.',
  whatCountsHeading: 'What these figures count',
  whatCounts:
    'Operations count when they were active, completed or closed in the period: their window overlaps it. Plans that were never carried out (drafts, plans in review, approved plans) are never counted. Incidents are those reported in the debriefs of these operations; corrective actions, those of their after-action reports. Complaints count in the period they were received, with their status today. Periods are calendar quarters and years (UTC).',
  suppressionHeading: 'Why some counts say “suppressed”',
  suppression:
    'Every count under 5, zero included, is suppressed so that no single case can be picked out. So is any count from which a suppressed one, or suppressed ones that together hold fewer than 5, could be worked out by subtraction: from a total, or from the year’s count and the other quarters’. So a suppressed count may also be 5 or more.',
  periodLegend: 'Period',
  yearLabel: 'Year',
  quarterLabel: 'Quarter',
  wholeYear: 'Whole year',
  quarterOptions: { 1: '1st quarter (January–March)', 2: '2nd quarter (April–June)', 3: '3rd quarter (July–September)', 4: '4th quarter (October–December)' } as Record<number, string>,
  periodHeading: (year: number, quarter: number | null) => (quarter ? `Figures for ${year}, ${TRANSPARENCY_TEXT.quarterOptions[quarter]}` : `Figures for ${year}`),
  downloadCsv: 'Download CSV',
  print: 'Print',
  annualReport: (year: number) => `Annual report ${year} for the General Assembly (PDF)`,
  loading: 'Loading the figures…',
  loadFailed: 'The figures could not be loaded.',
  noFigures: 'There are no published figures for this period. Choose a year and a quarter from the lists.',
  suppressed: 'suppressed',
  keyFigures: 'Key figures',
  operations: 'Operations',
  correctiveActionsOpen: 'Corrective actions open',
  correctiveActionsDone: 'Corrective actions done',
  agenciesHeading: 'Agencies that took part',
  noAgencies: 'No agency took part in an operation in this period.',
  breakdowns: {
    operationsByType: { title: 'Operations by type', key: 'Type', value: 'Operations' },
    operationsByStatus: { title: 'Operations by status', key: 'Status', value: 'Operations' },
    incidentsByType: { title: 'Incidents by type', key: 'Type', value: 'Incidents' },
    complaintsByCategory: { title: 'Complaints by category', key: 'Category', value: 'Complaints' },
    complaintsByStatus: { title: 'Complaints by status', key: 'Status', value: 'Complaints' },
  } satisfies Record<PublishedBreakdown, { title: string; key: string; value: string }>,
  keyLabels: PUBLISHED_FIGURE_LABELS,
  csv: {
    filename: (year: number, quarter: number | null) => `jointops-published-figures-${year}${quarter ? `-q${quarter}` : ''}.csv`,
    header: ['Year', 'Quarter', 'Figure', 'Key', 'Label', 'Count', 'Suppressed'],
  },
};
