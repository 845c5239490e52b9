import type { FieldViolation } from './input-limits';
import type { ReportPeriod } from './report-period';

/** The longest period the effectiveness report covers: five years (1,827 days, leap days included). */
export const EFFECTIVENESS_MAX_PERIOD_DAYS = 1_827;
const DAY_MS = 86_400_000;

/**
 * What is wrong with an effectiveness period, naming the argument at fault (`to` in both cases,
 * since `from` is where the period starts); null when it is a period the report answers.
 */
export function effectivenessPeriodViolation(from: Date, to: Date): FieldViolation | null {
  if (to.getTime() < from.getTime()) return { field: 'to', message: 'The period cannot end before it starts.' };
  if (to.getTime() - from.getTime() > EFFECTIVENESS_MAX_PERIOD_DAYS * DAY_MS) return { field: 'to', message: 'A period covers at most five years.' };
  return null;
}

/** The dashboard's default period: the twelve months up to and including today (UTC days). */
export function lastTwelveMonths(now: Date = new Date()): ReportPeriod {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const from = new Date(Date.UTC(now.getUTCFullYear() - 1, now.getUTCMonth(), now.getUTCDate() + 1));
  return { from: day(from), to: day(now) };
}

/**
 * An objective's verdict from the after-action report's counts of debrief assessments: the outcome
 * most debriefs gave it among MET, PARTIALLY_MET and NOT_MET, a tie going to the less favourable
 * one; null when no debrief gave it any of the three (not assessed, or only NOT_ATTEMPTED).
 * The effectiveness repository applies the same rule in SQL (OBJECTIVE_VERDICT).
 */
export function objectiveVerdict(counts: { met: number; partiallyMet: number; notMet: number }): 'MET' | 'PARTIALLY_MET' | 'NOT_MET' | null {
  const { met, partiallyMet, notMet } = counts;
  if (notMet > 0 && notMet >= partiallyMet && notMet >= met) return 'NOT_MET';
  if (partiallyMet > 0 && partiallyMet >= met) return 'PARTIALLY_MET';
  return met > 0 ? 'MET' : null;
}
