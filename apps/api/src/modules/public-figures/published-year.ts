import { PUBLISHED_FIGURE_KEYS, suppressLinkedCounts, type CountRelation, type PublicCount } from '@jointops/domain';
import type { ActionRow, ComplaintRow, KeyRow, OperationRow } from './public-figures.repository';

/** The exact counts of a year (period 0) and of its quarters (periods 1 to 4), as the repository reads them. */
export interface YearCounts {
  operations: OperationRow[];
  incidents: KeyRow[];
  complaints: ComplaintRow[];
  actions: ActionRow[];
  /** Per period: it has not begun, so its zero counts are no secret (only quarters of this year). */
  ahead: boolean[];
}

export interface PublicCountBy {
  key: string;
  count: PublicCount;
}

/** The published figures of one period, suppressed. */
export interface PublishedFigures {
  operations: PublicCount;
  operationsByType: PublicCountBy[];
  operationsByStatus: PublicCountBy[];
  incidentsByType: PublicCountBy[];
  complaintsByCategory: PublicCountBy[];
  complaintsByStatus: PublicCountBy[];
  correctiveActionsOpen: PublicCount;
  correctiveActionsDone: PublicCount;
}

export const PERIODS = 5;
const QUARTER_PERIODS = [1, 2, 3, 4];
type Keys = readonly string[];

/**
 * Suppresses a year's figures and its quarters' together (DESIGN section 8: no count under 5, and
 * none from which a hidden one could be worked out by subtraction), so that the page, whichever
 * period it shows, and the annual PDF, which shows them all, publish the same thing.
 *
 * The sums that the figures state or imply, and that suppression must protect:
 * - the operations of a period are the sum of its operations by type, and also by status: both
 *   partitions are suppressed against the published total (suppressCounts' rule);
 * - the complaints of a period are the sum of its complaints by category, and by status. That total
 *   is not published, but either partition shown in full would give it, so both are suppressed
 *   against it as if it were;
 * - incidents by type and the corrective actions open and done have no total, published or implied
 *   (neither is the sum of anything shown), so within a period each is a lone count: hidden under
 *   5 (suppressCount's rule) and nothing more;
 * - every count of the year is (for complaints exactly; for the others nearly, as an operation
 *   whose window spans two quarters counts in both) the sum of its four quarters' counts, so a
 *   quarter's hidden count must not be the year's minus the other three: each of these columns is
 *   a sum too. The zero counts of quarters that have not begun are known to all and protect nothing.
 */
export function publishYear(counts: YearCounts): PublishedFigures[] {
  const values: number[] = [];
  const known: boolean[] = [];
  const rows: CountRelation[] = [];
  const columns: CountRelation[] = [];
  const cellsOf = (count: (period: number) => number): number[] =>
    Array.from({ length: PERIODS }, (_, period) => {
      const value = count(period);
      known.push(counts.ahead[period] === true && value === 0);
      return values.push(value) - 1;
    });
  /** Cells [period][key], and a column per key: the year's count the sum of the quarters'. */
  const byKey = (keys: Keys, count: (period: number, key: string) => number): number[][] => {
    const cells = keys.map((key) => cellsOf((period) => count(period, key)));
    for (const column of cells) columns.push({ total: column[0], parts: QUARTER_PERIODS.map((q) => column[q]) });
    return Array.from({ length: PERIODS }, (_, period) => cells.map((column) => column[period]));
  };
  const lone = (count: (period: number) => number) => byKey([''], (period) => count(period)).map(([cell]) => cell);
  const sum = <R extends { period: number; count: number }>(rows: R[], match: (row: R) => boolean) => (period: number) =>
    rows.filter((row) => row.period === period && match(row)).reduce((total, row) => total + row.count, 0);

  const { operations, incidents, complaints, actions } = counts;
  const operationTotal = lone(sum(operations, () => true));
  const byType = byKey(PUBLISHED_FIGURE_KEYS.operationsByType, (period, key) => sum(operations, (row) => row.type === key)(period));
  const byStatus = byKey(PUBLISHED_FIGURE_KEYS.operationsByStatus, (period, key) => sum(operations, (row) => row.status === key)(period));
  const incidentCells = byKey(PUBLISHED_FIGURE_KEYS.incidentsByType, (period, key) => sum(incidents, (row) => row.key === key)(period));
  const complaintTotal = lone(sum(complaints, () => true));
  const byCategory = byKey(PUBLISHED_FIGURE_KEYS.complaintsByCategory, (period, key) => sum(complaints, (row) => row.category === key)(period));
  const byComplaintStatus = byKey(PUBLISHED_FIGURE_KEYS.complaintsByStatus, (period, key) => sum(complaints, (row) => row.status === key)(period));
  const actionsOf = (period: number) => actions.find((row) => row.period === period);
  const open = lone((period) => actionsOf(period)?.open ?? 0);
  const done = lone((period) => actionsOf(period)?.done ?? 0);
  for (let period = 0; period < PERIODS; period++) {
    rows.push({ total: operationTotal[period], parts: byType[period] }, { total: operationTotal[period], parts: byStatus[period] });
    rows.push({ total: complaintTotal[period], parts: byCategory[period] }, { total: complaintTotal[period], parts: byComplaintStatus[period] });
  }

  // Each period's own sums first (suppressCounts' choices), then the quarters against the year.
  const hidden = suppressLinkedCounts(values, [...rows, ...columns], known);
  const published = (cell: number): PublicCount => (hidden[cell] ? { value: null, suppressed: true } : { value: values[cell], suppressed: false });
  const list = (keys: Keys, cells: number[]): PublicCountBy[] => keys.map((key, index) => ({ key, count: published(cells[index]) }));
  return Array.from({ length: PERIODS }, (_, period) => ({
    operations: published(operationTotal[period]),
    operationsByType: list(PUBLISHED_FIGURE_KEYS.operationsByType, byType[period]),
    operationsByStatus: list(PUBLISHED_FIGURE_KEYS.operationsByStatus, byStatus[period]),
    incidentsByType: list(PUBLISHED_FIGURE_KEYS.incidentsByType, incidentCells[period]),
    complaintsByCategory: list(PUBLISHED_FIGURE_KEYS.complaintsByCategory, byCategory[period]),
    complaintsByStatus: list(PUBLISHED_FIGURE_KEYS.complaintsByStatus, byComplaintStatus[period]),
    correctiveActionsOpen: published(open[period]),
    correctiveActionsDone: published(done[period]),
  }));
}
