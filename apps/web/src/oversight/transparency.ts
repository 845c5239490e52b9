import { INCIDENT_TYPE_LABELS, PLAN_STATUS_LABELS, PLAN_STATUSES, type PlanStatus } from '@jointops/domain';
import type { BarDatum } from '@jointops/ui';
import type { IncidentType } from '@jointops/web-data';

export interface Period {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

/** This calendar year, 1 January to 31 December. */
export function currentYear(now: Date = new Date()): Period {
  const year = now.getFullYear();
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The report's DateTime arguments: from the start of the first day to the end of the last (UTC). */
export function periodVariables(period: Period): { from: string; to: string } {
  return { from: `${period.from}T00:00:00.000Z`, to: `${period.to}T23:59:59.999Z` };
}

export function periodError(period: Period): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(period.from) || !/^\d{4}-\d{2}-\d{2}$/.test(period.to)) return 'Enter both dates.';
  if (period.from > period.to) return 'The start date must be on or before the end date.';
  return null;
}

/** Operations per status, in lifecycle order, every status shown (zeros included). */
export function statusBars(byStatus: ReadonlyArray<{ status: PlanStatus; count: number }>): BarDatum[] {
  return PLAN_STATUSES.map((status) => ({ label: PLAN_STATUS_LABELS[status], value: byStatus.find((s) => s.status === status)?.count ?? 0 }));
}

/** Incidents per type, every type shown (zeros included). */
export function incidentBars(incidents: ReadonlyArray<{ type: IncidentType; count: number }>): BarDatum[] {
  return (Object.keys(INCIDENT_TYPE_LABELS) as IncidentType[]).map((type) => ({ label: INCIDENT_TYPE_LABELS[type], value: incidents.find((i) => i.type === type)?.count ?? 0 }));
}
