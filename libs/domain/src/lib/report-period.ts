/**
 * A report period of whole calendar days (YYYY-MM-DD, both inclusive), as the transparency page
 * asks for it and as its CSV and PDF state it. Days are dates, not instants: no time zone applies.
 */
export interface ReportPeriod {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(day: string): [number, number, number] | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date ? [year, month, date] : null;
}

export const isCalendarDay = (day: string): boolean => parts(day) !== null;

/** What is wrong with a period, in words; null when it is a period. */
export function reportPeriodError(period: ReportPeriod): string | null {
  if (!isCalendarDay(period.from) || !isCalendarDay(period.to)) return 'Enter both dates as real calendar dates.';
  if (period.from > period.to) return 'The start date must be on or before the end date.';
  return null;
}

/** `2026-01-01` → `Jan 1, 2026`, as the app writes every date. */
export function dayInWords(day: string): string {
  const found = parts(day);
  return found ? `${MONTHS[found[1] - 1]} ${found[2]}, ${found[0]}` : day;
}

/** `Figures for Jan 1, 2026 – Jun 30, 2026`. */
export function reportPeriodInWords(period: ReportPeriod): string {
  return `Figures for ${dayInWords(period.from)} – ${dayInWords(period.to)}`;
}

/** The instants the report's query takes: from the start of the first day to the end of the last (UTC). */
export function reportPeriodBounds(period: ReportPeriod): { from: string; to: string } {
  return { from: `${period.from}T00:00:00.000Z`, to: `${period.to}T23:59:59.999Z` };
}

/**
 * What oversight's transparency report is, as its page and its PDF say it: exact figures (plans of
 * every status, small counts shown), which must not be published. The published figures
 * (`/transparency`) count only operations carried out and hide small counts.
 */
export const EXACT_REPORT_NOTE =
  'Exact figures for oversight staff, not for publishing: plans of every status (drafts and cancelled plans included) and every count, however small. Counts only, no names and no free text.';
