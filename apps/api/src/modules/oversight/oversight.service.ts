import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkDate, collectViolations, INCIDENT_TYPES, PLAN_STATUSES, type PlanStatus } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import type { TransparencyReport } from './dto/transparency-report.type';

const MAX_PERIOD_DAYS = 3_660;

/** Operations of a period ($1..$2): their window overlaps it, or, without a window, they were created in it. */
const IN_PERIOD = `SELECT id FROM plans
  WHERE (starts_at IS NOT NULL AND starts_at <= $2 AND coalesce(ends_at, starts_at) >= $1)
     OR (starts_at IS NULL AND created_at BETWEEN $1 AND $2)`;

@Injectable()
export class OversightService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Published figures for a period: operations whose window overlaps it (or, without a window,
   * that were created in it), by status. Counts only: no names and no free text leave here.
   */
  async transparency(from: Date, to: Date): Promise<TransparencyReport> {
    ValidationException.throwIfAny(collectViolations(checkDate('from', from), checkDate('to', to)));
    if (to < from) throw ValidationException.of('to', 'The period cannot end before it starts.');
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) throw ValidationException.of('to', 'A period covers at most ten years.');

    const rows: Array<{ status: PlanStatus; count: number }> = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM plans WHERE id IN (${IN_PERIOD}) GROUP BY status`,
      [from, to],
    );
    const counts = new Map(rows.map((row) => [row.status, row.count]));
    const incidents: Array<{ type: string; count: number }> = await this.dataSource.query(
      `SELECT incident->>'type' AS type, count(*)::int AS count
         FROM debriefs d CROSS JOIN jsonb_array_elements(d.incidents) incident
        WHERE d.status = 'SUBMITTED' AND d.plan_id IN (${IN_PERIOD})
        GROUP BY 1`,
      [from, to],
    );
    const [actions]: Array<{ open: number; done: number }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status <> 'DONE')::int AS open, count(*) FILTER (WHERE status = 'DONE')::int AS done
         FROM corrective_actions WHERE plan_id IN (${IN_PERIOD})`,
      [from, to],
    );
    const incidentCounts = new Map(incidents.map((row) => [row.type, row.count]));
    return {
      from,
      to,
      operations: rows.reduce((sum, row) => sum + row.count, 0),
      byStatus: PLAN_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      incidents: INCIDENT_TYPES.map((type) => ({ type, count: incidentCounts.get(type) ?? 0 })),
      correctiveActionsOpen: actions.open,
      correctiveActionsDone: actions.done,
    };
  }
}
