import { DEFAULT_TIME_ZONE, formatInZone, fromZonedInput, toZonedInput } from './time-zones';

/**
 * Days that are not a plan's own times (an agreement's effective and expiry days, the day a training
 * course lapses) are days where the task force works, TASK_FORCE_TIME_ZONE (the deployment's zone).
 * An agreement is in force from the first instant of its effective day to the last instant of its
 * expiry day there, so an agreement that "expires on 17 April" covers an operation that ends at
 * 8 PM EDT that day; a training completion stays current to the last instant of the day it lapses.
 * The API stores and judges those instants (`expiresOn` is the last instant in force); the forms,
 * pages, PDF and reminders turn days into them and back with these functions.
 */
export const TASK_FORCE_TIME_ZONE = DEFAULT_TIME_ZONE;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `<input type="date">` ("2027-04-17") -> the first instant of that day in TASK_FORCE_TIME_ZONE (ISO, UTC); null when not a day. */
export function taskForceDayStart(day: string): string | null {
  return DAY.test(day) ? fromZonedInput(`${day}T00:00`, TASK_FORCE_TIME_ZONE) : null;
}

/** `<input type="date">` -> the last instant of that day in TASK_FORCE_TIME_ZONE (the next day's first, less a millisecond); null when not a day. */
export function taskForceDayEnd(day: string): string | null {
  const match = DAY.exec(day);
  // taskForceDayStart also refuses days that do not exist (2027-02-30).
  if (!match || !taskForceDayStart(day)) return null;
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1)).toISOString().slice(0, 10);
  return new Date(Date.parse(taskForceDayStart(next)!) - 1).toISOString();
}

/**
 * The calendar date a stored date stands for, as an `<input type="date">` value: its UTC date, since
 * dates without a time (a training completion, a corrective action's due date) are stored as that
 * day's midnight UTC. '' when it is not a date.
 */
export function calendarDayOf(stored: Date | string | number): string {
  const date = new Date(stored);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** A stored instant -> its day in TASK_FORCE_TIME_ZONE, as an `<input type="date">` value; '' for none. */
export function taskForceDayOf(instant: Date | string | null | undefined): string {
  return toZonedInput(instant ?? null, TASK_FORCE_TIME_ZONE).slice(0, 10);
}

/** A stored instant as its day in TASK_FORCE_TIME_ZONE: "Apr 17, 2027" ('date', the pages' and the notifications'), or "2027-04-17" ('isoDate', the PDF's). */
export function formatTaskForceDay(instant: Date | string | null | undefined, style: 'date' | 'isoDate' = 'date'): string {
  return formatInZone(instant ?? null, TASK_FORCE_TIME_ZONE, style);
}
