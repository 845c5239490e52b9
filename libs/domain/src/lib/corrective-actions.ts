import { ActionStatus } from './plan-content';

/**
 * When a corrective action is due, overdue, and closed on time. Its due date is a calendar day,
 * stored as that day's midnight UTC (the form's `<input type="date">`), so the action is due until
 * the day ends: it is overdue from the next midnight UTC on, and closing it at any time of its due
 * day is on time. The pages, My work, the reminders and oversight's figures all judge by these;
 * the API's SQL adds ACTION_DUE_END_OFFSET_MS to the stored date (actionDueEndSql).
 */
export const ACTION_DUE_END_OFFSET_MS = 86_400_000;

type Instant = Date | string | number;
const ms = (at: Instant): number => (at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at));

/** The instant an open action with this due date becomes overdue: the end of its due day. */
export function actionDueEnd(dueDate: Instant): Date {
  return new Date(ms(dueDate) + ACTION_DUE_END_OFFSET_MS);
}

/** Not done, and its due day is over at `now`. */
export function isActionOverdue(action: { dueDate: Instant; status: ActionStatus }, now: Instant): boolean {
  if (action.status === ActionStatus.DONE) return false;
  const end = actionDueEnd(action.dueDate).getTime();
  return Number.isFinite(end) && ms(now) >= end;
}

/** For a closed action: whether it was closed by the end of its due day; null while it is open. */
export function closedOnTime(action: { dueDate: Instant; closedAt?: Instant | null }): boolean | null {
  if (action.closedAt == null) return null;
  return ms(action.closedAt) < actionDueEnd(action.dueDate).getTime();
}
