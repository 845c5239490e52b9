import { can, EFFECTIVENESS_MAX_PERIOD_DAYS, lastTwelveMonths, reportPeriodBounds, reportPeriodError, type ReportPeriod } from '@jointops/domain';
import type { EffectivenessQuery } from '@jointops/web-data';
import { permissionUser } from '../shared/permissions/useCan';

export type EffectivenessFigures = EffectivenessQuery['effectiveness'];
export type OperationRow = EffectivenessFigures['operationFigures'][number];

/** Who the page is for, as `me` loads: the API's rule from libs/domain (`effectiveness.read`). */
interface Reader {
  id: string;
  roles: readonly string[];
  agency: { id: string };
}

/** Reads every operation (oversight staff), not only their own agency's. */
export const readsEveryOperation = (me: Reader): boolean => can(permissionUser(me), 'effectiveness.read');

/** May read the report at all: oversight staff, and agency leads for their own agency. */
export const mayReadEffectiveness = (me: Reader): boolean => can(permissionUser(me), 'effectiveness.read', null, { agencyId: me.agency.id });

/** The dashboard for agency leads, in the Accountability menu. */
export const EFFECTIVENESS_PATH = '/effectiveness';
/** The same dashboard in the oversight area, so its navigation stays on screen. */
export const OVERSIGHT_EFFECTIVENESS_PATH = '/oversight/effectiveness';

/** Where the reader reaches the dashboard from the header: oversight staff through their area, agency leads through Accountability; null for anyone else. */
export function effectivenessEntry(me: Reader | null | undefined): string | null {
  if (!me || !mayReadEffectiveness(me)) return null;
  return readsEveryOperation(me) ? OVERSIGHT_EFFECTIVENESS_PATH : EFFECTIVENESS_PATH;
}

/** Where an operation's title links: oversight staff to its log, members to its workspace. */
export const planLink = (planId: string, everyOperation: boolean): string => (everyOperation ? `/oversight/plans/${planId}` : `/plans/${planId}`);

/** The period, agency and figure the page shows: all in the URL, so a figure's link is a link. */
export interface DashboardState {
  period: ReportPeriod;
  agencyId: string | null;
  figure: FigureKey | null;
}

export function stateFrom(params: URLSearchParams, now: Date = new Date()): DashboardState {
  const fallback = lastTwelveMonths(now);
  const figure = params.get('figure');
  return {
    period: { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to },
    agencyId: params.get('agency') || null,
    figure: FIGURES.some((candidate) => candidate.key === figure) ? (figure as FigureKey) : null,
  };
}

/** What is wrong with a period the picker holds, in words; null when the report can be asked for it. */
export function periodProblem(period: ReportPeriod): string | null {
  const problem = reportPeriodError(period);
  if (problem) return problem;
  const { from, to } = reportPeriodBounds(period);
  return Date.parse(to) - Date.parse(from) > EFFECTIVENESS_MAX_PERIOD_DAYS * 86_400_000 ? 'Choose a period of at most five years.' : null;
}

export const periodVariables = reportPeriodBounds;

/** One decimal ("1.3"), or the reason there is no figure. */
export function formatRate(value: number | null, operations: number, whenNull = 'no operations'): string {
  if (operations === 0) return 'no operations';
  return value == null ? whenNull : value.toFixed(1);
}

export type FigureKey =
  | 'operations'
  | 'objectivesMet'
  | 'objectivesPartiallyMet'
  | 'objectivesNotMet'
  | 'medianStartSlip'
  | 'incidents'
  | 'complaints'
  | 'closedOnTime'
  | 'closedLate'
  | 'overdue';

export interface Figure {
  key: FigureKey;
  label: string;
  /** The figure as shown. */
  value: (report: EffectivenessFigures) => string;
  /** The operations behind it: those that add to it. */
  behind: (row: OperationRow) => boolean;
}

const count = (read: (report: EffectivenessFigures) => number) => (report: EffectivenessFigures) => String(read(report));

/** The dashboard's figures, in the order the cards show them. */
export const FIGURES: readonly Figure[] = [
  { key: 'operations', label: 'Closed operations', value: count((r) => r.operations), behind: () => true },
  { key: 'objectivesMet', label: 'Objectives met', value: count((r) => r.objectivesMet), behind: (row) => row.objectivesMet > 0 },
  { key: 'objectivesPartiallyMet', label: 'Objectives partially met', value: count((r) => r.objectivesPartiallyMet), behind: (row) => row.objectivesPartiallyMet > 0 },
  { key: 'objectivesNotMet', label: 'Objectives not met', value: count((r) => r.objectivesNotMet), behind: (row) => row.objectivesNotMet > 0 },
  {
    key: 'medianStartSlip',
    label: 'Median start slip (minutes)',
    value: (r) => formatRate(r.medianStartSlipMinutes, r.operations, 'no recorded starts'),
    behind: (row) => row.eventsWithActualStart > 0,
  },
  { key: 'incidents', label: 'Incidents per operation', value: (r) => formatRate(r.incidentsPerOperation, r.operations), behind: (row) => row.incidents > 0 },
  { key: 'complaints', label: 'Complaints per operation', value: (r) => formatRate(r.complaintsPerOperation, r.operations), behind: (row) => row.complaints > 0 },
  { key: 'closedOnTime', label: 'Corrective actions closed on time', value: count((r) => r.correctiveActionsClosedOnTime), behind: (row) => row.correctiveActionsClosedOnTime > 0 },
  { key: 'closedLate', label: 'Corrective actions closed late', value: count((r) => r.correctiveActionsClosedLate), behind: (row) => row.correctiveActionsClosedLate > 0 },
  { key: 'overdue', label: 'Corrective actions overdue', value: count((r) => r.correctiveActionsOverdue), behind: (row) => row.correctiveActionsOverdue > 0 },
];

export const figureOf = (key: FigureKey | null): Figure | null => FIGURES.find((figure) => figure.key === key) ?? null;

/** The operations behind a figure (every operation without one). */
export function operationsBehind(report: EffectivenessFigures, key: FigureKey | null): OperationRow[] {
  const figure = figureOf(key);
  return figure ? report.operationFigures.filter(figure.behind) : report.operationFigures;
}
