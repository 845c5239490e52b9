/**
 * The API's DateTime: ISO-8601 with a time and an offset (Z or ±hh:mm), because a time without a
 * zone is ambiguous across agencies. The pattern alone lets `2027-02-30` through, which a
 * JavaScript Date quietly turns into 2 March, so every part is checked against the calendar.
 */
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `value` is not a real ISO-8601 date-time with an offset, or null when it is one. */
export function dateTimeProblem(value: unknown): string | null {
  const match = typeof value === 'string' ? ISO_WITH_OFFSET.exec(value) : null;
  if (!match) return 'DateTime must be an ISO-8601 date-time with an offset, e.g. 2027-03-01T14:00:00Z.';
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (month < 1 || month > 12) return `"${value}" is not a real date: there is no month ${month}.`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `"${value}" is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days.`;
  if (hour > 23 || minute > 59 || second > 59) return `"${value}" is not a real time of day.`;
  if (offsetHours > 23 || offsetMinutes > 59) return `"${value}" does not have a real UTC offset.`;
  return null;
}
