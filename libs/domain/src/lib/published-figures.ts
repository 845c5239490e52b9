import { OPERATION_TYPE_LABELS, OperationType } from './accountability';
import { ComplaintCategory, ComplaintStatus, hiddenPartsExposed, PUBLIC_COUNT_THRESHOLD } from './complaints';
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS, INCIDENT_TYPE_LABELS, PLAN_STATUS_LABELS } from './labels';
import { INCIDENT_TYPES } from './plan-content';
import { PlanStatus } from './plan-lifecycle';

/**
 * Published figures (`publicTransparency`, the page /transparency and the annual PDF): which
 * operations count, the keys of each breakdown, and the suppression of a whole year's figures at once.
 */

/** Only operations in these statuses are ever published: drafts, plans in review and approved plans never are. */
export const PUBLISHED_OPERATION_STATUSES = [PlanStatus.ACTIVE, PlanStatus.COMPLETED, PlanStatus.CLOSED] as const;

/** The key of operations whose plan names no operation type. */
export const UNSPECIFIED_OPERATION_TYPE = 'UNSPECIFIED';

/** The keys of each breakdown, every one always present, in this order. */
export const PUBLISHED_FIGURE_KEYS = {
  operationsByType: [...Object.values(OperationType), UNSPECIFIED_OPERATION_TYPE],
  operationsByStatus: [...PUBLISHED_OPERATION_STATUSES],
  incidentsByType: [...INCIDENT_TYPES],
  complaintsByCategory: Object.values(ComplaintCategory),
  complaintsByStatus: Object.values(ComplaintStatus),
} as const satisfies Record<string, readonly string[]>;

export type PublishedBreakdown = keyof typeof PUBLISHED_FIGURE_KEYS;

/** The words for each key of each breakdown (the PDF's; the page keeps its own, to translate). */
export const PUBLISHED_FIGURE_LABELS: Record<PublishedBreakdown, Record<string, string>> = {
  operationsByType: { ...OPERATION_TYPE_LABELS, [UNSPECIFIED_OPERATION_TYPE]: 'Type not recorded' },
  operationsByStatus: PLAN_STATUS_LABELS,
  incidentsByType: INCIDENT_TYPE_LABELS,
  complaintsByCategory: COMPLAINT_CATEGORY_LABELS,
  complaintsByStatus: COMPLAINT_STATUS_LABELS,
};

export const QUARTERS = [1, 2, 3, 4] as const;

/**
 * The period of a year (quarter null) or of one of its quarters, in UTC: from the first instant
 * of its first day to the last millisecond of its last day.
 */
export function publishedPeriod(year: number, quarter: number | null): { from: Date; to: Date } {
  const firstMonth = quarter ? (quarter - 1) * 3 : 0;
  const months = quarter ? 3 : 12;
  return { from: new Date(Date.UTC(year, firstMonth, 1)), to: new Date(Date.UTC(year, firstMonth + months, 1) - 1) };
}

/** A sum the published figures state or imply: the cell `total` is the sum of the cells `parts` (indexes). */
export interface CountRelation {
  total: number;
  parts: readonly number[];
}

/**
 * Which cells of a set of linked counts to hide (true: suppressed). The rule of `suppressCounts`,
 * for counts that take part in more than one sum: a total with two breakdowns, and a year whose
 * figures are the sums of its quarters' (a hidden count of a quarter must not be the year's count
 * minus the other three quarters').
 *
 * Every count under the threshold is hidden, zero included. Then, until nothing changes, for each
 * relation: when its cells hidden and not `known` give a small count away by subtraction (a hidden
 * total whose parts are all shown, or hidden parts of a shown total as `hiddenPartsExposed` says:
 * a single one, or several holding fewer than the threshold together), the smallest shown part is hidden too
 * (the first of equals); when no part is left to hide, the total. `known` cells are those the
 * public knows anyway (the zero counts of a quarter that has not begun): hidden like any small
 * count, but never counted on to protect another. For one relation this is exactly `suppressCounts`.
 */
export function suppressLinkedCounts(values: readonly number[], relations: readonly CountRelation[], known: readonly boolean[] = []): boolean[] {
  const hidden = values.map((value) => value < PUBLIC_COUNT_THRESHOLD);
  const unknown = (cell: number) => hidden[cell] && !known[cell];
  const recoverable = ({ total, parts }: CountRelation) => {
    const hiddenParts = parts.filter(unknown);
    if (unknown(total)) return hiddenParts.length === 0;
    return hiddenPartsExposed(hiddenParts.map((cell) => values[cell]));
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      while (recoverable(relation)) {
        const next = smallestShown(values, hidden, relation.parts) ?? (hidden[relation.total] ? null : relation.total);
        if (next === null) break;
        hidden[next] = true;
        changed = true;
      }
    }
  }
  return hidden;
}

function smallestShown(values: readonly number[], hidden: readonly boolean[], cells: readonly number[]): number | null {
  let smallest: number | null = null;
  for (const cell of cells) if (!hidden[cell] && (smallest === null || values[cell] < values[smallest])) smallest = cell;
  return smallest;
}
