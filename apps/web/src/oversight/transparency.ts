import { INCIDENT_TYPE_LABELS, PLAN_STATUS_LABELS, PLAN_STATUSES, reportPeriodBounds, reportPeriodError, type PlanStatus, type ReportPeriod } from '@jointops/domain';
import type { BarDatum } from '@jointops/ui';
import type { IncidentType, TransparencyReportQuery } from '@jointops/web-data';
import { toCsv } from '../shared/csv';
import { PUBLIC_FIGURES_PATH } from '../transparency/paths';

export type Period = ReportPeriod;
export type TransparencyFigures = TransparencyReportQuery['transparencyReport'];

/** This calendar year, 1 January to 31 December. */
export function currentYear(now: Date = new Date()): Period {
  const year = now.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The report's DateTime arguments: from the start of the first day to the end of the last (UTC). */
export const periodVariables = reportPeriodBounds;
export const periodError = reportPeriodError;

/**
 * The period in the address (`?from=2026-01-01&to=2026-06-30`, so the report can be bookmarked and
 * shared), this calendar year when the address names none; `error` says what is wrong with one it names.
 */
export function periodFromAddress(params: URLSearchParams, now: Date = new Date()): { period: Period; error: string | null } {
  const from = params.get('from');
  const to = params.get('to');
  if (from === null && to === null) return { period: currentYear(now), error: null };
  const period = { from: from ?? '', to: to ?? '' };
  return { period, error: periodError(period) };
}

/**
 * The published figures' period (a year, or one of its quarters: `/transparency?year=2026&quarter=2`)
 * to compare with: the quarter when this period lies within one, else the year it starts in.
 */
export function publishedPeriodOf(period: Period): { year: number; quarter: number | null } {
  const [fromYear, fromMonth] = period.from.split('-').map(Number);
  const [toYear, toMonth] = period.to.split('-').map(Number);
  const quarterOf = (month: number) => Math.ceil(month / 3);
  const sameQuarter = fromYear === toYear && quarterOf(fromMonth) === quarterOf(toMonth);
  return { year: fromYear, quarter: sameQuarter ? quarterOf(fromMonth) : null };
}

export function publishedFiguresHref(period: Period): string {
  const { year, quarter } = publishedPeriodOf(period);
  return `${PUBLIC_FIGURES_PATH}?${new URLSearchParams(quarter ? { year: String(year), quarter: String(quarter) } : { year: String(year) })}`;
}

/** Operations per status, in lifecycle order, every status shown (zeros included). */
export function statusBars(byStatus: ReadonlyArray<{ status: PlanStatus; count: number }>): BarDatum[] {
  return PLAN_STATUSES.map((status) => ({ label: PLAN_STATUS_LABELS[status], value: byStatus.find((s) => s.status === status)?.count ?? 0 }));
}

/** Incidents per type, every type shown (zeros included). */
export function incidentBars(incidents: ReadonlyArray<{ type: IncidentType; count: number }>): BarDatum[] {
  return (Object.keys(INCIDENT_TYPE_LABELS) as IncidentType[]).map((type) => ({ label: INCIDENT_TYPE_LABELS[type], value: incidents.find((i) => i.type === type)?.count ?? 0 }));
}

/** The key figures, in the order the page and the exports show them. */
export function keyFigures(report: TransparencyFigures): Array<{ label: string; value: number }> {
  return [
    { label: 'Operations', value: report.operations },
    { label: 'Incidents reported', value: report.incidents.reduce((sum, i) => sum + i.count, 0) },
    { label: 'Corrective actions open', value: report.correctiveActionsOpen },
    { label: 'Corrective actions done', value: report.correctiveActionsDone },
  ];
}

/** One row per figure: section, item, count; the period on every row so a pasted extract keeps it. */
export function transparencyCsv(period: Period, report: TransparencyFigures): string {
  const row = (section: string, item: string, count: number) => [period.from, period.to, section, item, count];
  return toCsv(
    ['From', 'To', 'Section', 'Item', 'Count'],
    [
      ...keyFigures(report).map((figure) => row('Key figures', figure.label, figure.value)),
      ...statusBars(report.byStatus).map((bar) => row('Operations by status', bar.label, bar.value)),
      ...incidentBars(report.incidents).map((bar) => row('Incidents by type', bar.label, bar.value)),
    ],
  );
}

/** `2026`, or `the 2nd quarter of 2026`: the published period, in words. */
export function publishedPeriodInWords(period: Period): string {
  const { year, quarter } = publishedPeriodOf(period);
  return quarter ? `the ${['1st', '2nd', '3rd', '4th'][quarter - 1]} quarter of ${year}` : String(year);
}
