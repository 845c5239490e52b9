import { ActionStatus } from './plan-content';
import { calendarDayOf, taskForceDayEnd, taskForceDayStart } from './task-force-days';

/**
 * When a corrective action is due, overdue, and closed on time. Its due date is a calendar day,
 * stored as that day's midnight UTC (the form's `<input type="date">`), and the action is due until
 * that day ends where the task force works (TASK_FORCE_TIME_ZONE, as agreements' and training's
 * days): it is overdue from the next midnight there, and closing it at any time of its due day is
 * on time. The pages, My work, the PDF, the reminders and oversight's figures all judge by these;
 * the API's SQL says the same in actionDueEndSql.
 */
type Instant = Date | string | number;
const ms = (at: Instant): number => (at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at));

/** The instant an open action with this due date becomes overdue: the first instant, where the task force works, of the day after its due day. */
export function actionDueEnd(dueDate: Instant): Date {
  const lastInstant = taskForceDayEnd(calendarDayOf(ms(dueDate)));
  return new Date(lastInstant ? Date.parse(lastInstant) + 1 : NaN);
}

/** Not done, and `now` falls on its due day where the task force works. */
export function isActionDueToday(action: { dueDate: Instant; status: ActionStatus }, now: Instant): boolean {
  if (action.status === ActionStatus.DONE) return false;
  const start = Date.parse(taskForceDayStart(calendarDayOf(ms(action.dueDate))) ?? '');
  const end = actionDueEnd(action.dueDate).getTime();
  return Number.isFinite(start) && ms(now) >= start && ms(now) < end;
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
