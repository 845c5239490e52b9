import { Injectable } from '@nestjs/common';
import { PUBLISHED_FIGURE_KEYS, PUBLISHED_FIGURE_LABELS, type PublicCount, type PublishedBreakdown } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { PublicFiguresService, type PublishedPeriod } from '../public-figures/public-figures.service';
import type { ExportedPdf } from './export.service';
import { calendarDate, document, renderPdf, table, type Content } from './pdf-renderer';

/** What a suppressed count prints as. */
export const SUPPRESSED = 'suppressed';

const BREAKDOWNS: Array<[PublishedBreakdown, string, string]> = [
  ['operationsByType', 'Operations by type', 'Type'],
  ['operationsByStatus', 'Operations by status', 'Status'],
  ['incidentsByType', 'Incidents by type', 'Type'],
  ['complaintsByCategory', 'Complaints by category', 'Category'],
  ['complaintsByStatus', 'Complaints by status', 'Status'],
];

const WHAT_COUNTS =
  'Operations count when they were active, completed or closed in the period: their window overlaps it (an operation without a window counts in the period it was created). Plans that were never carried out (drafts, plans in review, approved plans, cancelled plans) are never published. Incidents are those reported in the submitted debriefs of these operations, and corrective actions those of their after-action reports. Complaints count in the period that received them, with their status on the day this report was made. Periods are calendar quarters and years in UTC.';

const HOW_SUPPRESSED = `Every count under 5 is suppressed, zero included, and printed as "${SUPPRESSED}", so that no single case can be picked out. So is any count from which a suppressed one, or suppressed ones that together hold fewer than 5, could be worked out by subtraction: from a total (operations by type and by status add up to the operations; complaints by category and by status add up to the complaints received) or from the year (a year's count is the sum of its quarters'). A suppressed count may therefore be 5 or more. Counts only: no plan content, no names of people, no free text.`;

/** How many rendered reports an instance keeps (a year's report changes at most with its figures and its day). */
const RENDERED_KEPT = 8;

/**
 * The annual report of the published figures "for the General Assembly": the same suppressed
 * figures as `publicTransparency`, for the year and each of its quarters side by side. Anyone may
 * download it; it holds no plan content, so it is not a read for the access log.
 *
 * Rendering takes about 100 ms of CPU, and anyone may ask for it without signing in, as often as
 * they like: so the figures are read on every request (a few statements), but a report is only
 * rendered when what it prints (figures, agencies, the "as of" day) differs from one already
 * rendered. Each instance keeps its last few; nothing is shared between instances or outlives them.
 */
@Injectable()
export class PublicFiguresExportService {
  private readonly rendered = new Map<string, Buffer>();

  constructor(
    private readonly figures: PublicFiguresService,
    private readonly clock: Clock,
  ) {}

  /** Throws ValidationException (field `year`) for a year without published figures. */
  async annualReport(year: number): Promise<ExportedPdf> {
    const { periods, agencies } = await this.figures.year(year);
    const asOf = calendarDate(this.clock.now());
    const filename = `jointops-published-figures-${year}.pdf`;
    const key = JSON.stringify([year, asOf, periods, agencies.map((agency) => [agency.name, agency.shortName])]);
    let buffer = this.rendered.get(key);
    if (!buffer) {
      buffer = await this.render(year, asOf, periods, agencies);
      this.rendered.set(key, buffer);
      // The oldest first: a Map keeps insertion order.
      for (const old of this.rendered.keys()) {
        if (this.rendered.size <= RENDERED_KEPT) break;
        this.rendered.delete(old);
      }
    }
    return { filename, buffer };
  }

  private render(year: number, asOf: string, periods: PublishedPeriod[], agencies: ReadonlyArray<{ name: string; shortName: string }>): Promise<Buffer> {
    const title = `JointOps published figures ${year}: report for the General Assembly`;
    const columns = ['Year', 'Q1', 'Q2', 'Q3', 'Q4'];
    const row = (label: string, count: (period: PublishedPeriod) => PublicCount) => [label, ...periods.map((period) => printed(count(period)))];
    const widths = ['*', 60, 60, 60, 60, 60];
    const body: Content[] = [
      { text: 'What counts', style: 'h2' },
      { text: WHAT_COUNTS },
      { text: 'How counts are suppressed', style: 'h2' },
      { text: HOW_SUPPRESSED },
      { text: 'Key figures', style: 'h2' },
      table(
        ['Figure', ...columns],
        [
          row('Operations', (period) => period.operations),
          row('Corrective actions open', (period) => period.correctiveActionsOpen),
          row('Corrective actions done', (period) => period.correctiveActionsDone),
        ],
        widths,
      ),
      ...BREAKDOWNS.flatMap(([breakdown, heading, keyHeader]) => [
        { text: heading, style: 'h2' },
        table(
          [keyHeader, ...columns],
          PUBLISHED_FIGURE_KEYS[breakdown].map((key, index) => row(PUBLISHED_FIGURE_LABELS[breakdown][key] ?? key, (period) => period[breakdown][index].count)),
          widths,
        ),
      ]),
      { text: `Agencies that took part in ${year}`, style: 'h2' },
      agencies.length ? { ul: agencies.map((agency) => `${agency.name} (${agency.shortName})`) } : { text: 'None.', italics: true },
    ];
    return renderPdf(
      document(title, `Figures for 1 January to 31 December ${year} and for each quarter, as of ${asOf}`, 'Published figures: counts only, small counts suppressed. Anyone may read and share this report.', body),
    );
  }
}

function printed(count: PublicCount): string {
  return count.suppressed || count.value === null ? SUPPRESSED : String(count.value);
}
