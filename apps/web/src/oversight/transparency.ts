import { INCIDENT_TYPE_LABELS, PLAN_STATUS_LABELS, PLAN_STATUSES, reportPeriodBounds, reportPeriodError, type PlanStatus, type ReportPeriod } from '@jointops/domain';
import type { BarDatum } from '@jointops/ui';
import type { IncidentType, TransparencyReportQuery } from '@jointops/web-data';
import { toCsv } from '../shared/csv';

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
