import { PUBLISHED_FIGURE_KEYS, type PublishedBreakdown } from '@jointops/domain';
import type { BarDatum } from '@jointops/ui';
import type { PublicTransparencyQuery } from '@jointops/web-data';
import { toCsv, type CsvValue } from '../shared/csv';
import type { KeyFigure } from '../shared/figures/KeyFigures';
import { TRANSPARENCY_TEXT as TEXT } from './transparency-text';

export type PublicFigures = PublicTransparencyQuery['publicTransparency'];
type Count = PublicFigures['operations'];

/** The breakdowns, in the order the page, the CSV and the PDF show them. */
export const BREAKDOWNS = Object.keys(PUBLISHED_FIGURE_KEYS) as PublishedBreakdown[];

/** The lone counts, in the order the key figures show them. */
const LONE_COUNTS = ['operations', 'correctiveActionsOpen', 'correctiveActionsDone'] as const;

/** A count as the page says it: the number, or "suppressed". */
export function countText(count: Count): string {
  return count.suppressed || count.value === null ? TEXT.suppressed : String(count.value);
}

export const keyLabel = (breakdown: PublishedBreakdown, key: string): string => TEXT.keyLabels[breakdown][key] ?? key;

/** One bar per key, in the API's order; a suppressed count has no bar and says so. */
export function breakdownBars(report: PublicFigures, breakdown: PublishedBreakdown): BarDatum[] {
  return report[breakdown].map(({ key, count }) => ({
    label: keyLabel(breakdown, key),
    value: count.value ?? 0,
    ...(count.suppressed ? { display: TEXT.suppressed } : {}),
  }));
}

export function keyFigures(report: PublicFigures): KeyFigure[] {
  return LONE_COUNTS.map((figure) => ({ label: TEXT[figure], value: report[figure].suppressed ? TEXT.suppressed : (report[figure].value ?? 0) }));
}

/**
 * Every figure of the period, one row each: the period, the figure (its field name), the key and
 * its label, the count (empty when suppressed) and whether it is suppressed.
 */
export function publicFiguresCsv(report: PublicFigures): string {
  const row = (figure: string, key: string, label: string, count: Count): CsvValue[] => [report.year, report.quarter ?? '', figure, key, label, count.value ?? '', count.suppressed];
  return toCsv(TEXT.csv.header, [
    ...LONE_COUNTS.map((figure) => row(figure, '', TEXT[figure], report[figure])),
    ...BREAKDOWNS.flatMap((breakdown) => report[breakdown].map(({ key, count }) => row(breakdown, key, keyLabel(breakdown, key), count))),
  ]);
}

/** The year the page opens on: this one (UTC, the server's calendar). */
export const thisYear = (now: Date = new Date()): number => now.getUTCFullYear();

/** The period in the address (`?year=2026&quarter=2`), or this year, whole. */
export function periodFrom(params: URLSearchParams, now: Date = new Date()): { year: number; quarter: number | null } {
  const year = Number(params.get('year'));
  const quarter = Number(params.get('quarter'));
  return { year: Number.isInteger(year) && year > 0 ? year : thisYear(now), quarter: [1, 2, 3, 4].includes(quarter) ? quarter : null };
}

/** The annual report of the published figures, for the General Assembly (the API's GET /transparency/:year/report.pdf). */
export const annualReportHref = (year: number): string => `/transparency/${year}/report.pdf`;
