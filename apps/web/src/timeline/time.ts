import { calendarDayOf, dayInWords, formatInZone, fromZonedInput, toZonedInput } from '@jointops/domain';

/**
 * Plan times are shown in the plan's time zone (`Plan.timeZone`), never the browser's, with the
 * zone's abbreviation for that date; see shared/plan-time.tsx. These adapt libs/domain's one
 * formatter to the shapes the forms and tables hold.
 */

/** "Apr 17, 2027, 6:00 AM EDT" in `zone`; '' for no or an invalid time. */
export function formatDateTime(iso: string | null | undefined, zone: string): string {
  return formatInZone(iso, zone, 'dateTime');
}

/** ISO instant -> the value of an `<input type="datetime-local">` on the zone's clocks. */
export function toLocalInput(iso: string | null | undefined, zone: string): string {
  return toZonedInput(iso, zone);
}

/** `<input type="datetime-local">` value, read on the zone's clocks -> ISO instant in UTC; null when empty or invalid. */
export function fromLocalInput(value: string, zone: string): string | null {
  return fromZonedInput(value, zone);
}

/**
 * A calendar date such as an effective date, stored as midnight UTC: shown as that date everywhere,
 * in the words the notifications and reports use ("Jan 1, 2026"), whatever the browser's language.
 */
export function formatCalendarDate(iso: string): string {
  return dayInWords(calendarDayOf(iso));
}
