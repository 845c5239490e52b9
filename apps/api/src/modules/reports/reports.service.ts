import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkDate, collectViolations, INCIDENT_TYPES, PLAN_STATUSES, type PlanStatus } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import type { TransparencyReport } from './dto/transparency-report.type';

const MAX_PERIOD_DAYS = 3_660;

@Injectable()
export class ReportsService {
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
      `SELECT status, count(*)::int AS count FROM plans
        WHERE (starts_at IS NOT NULL AND starts_at <= $2 AND coalesce(ends_at, starts_at) >= $1)
           OR (starts_at IS NULL AND created_at BETWEEN $1 AND $2)
        GROUP BY status`,
      [from, to],
    );
    const counts = new Map(rows.map((row) => [row.status, row.count]));
    return {
      from,
      to,
      operations: rows.reduce((sum, row) => sum + row.count, 0),
      byStatus: PLAN_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      // Debriefs and corrective actions arrive with the after-action work (issue 7).
      incidents: INCIDENT_TYPES.map((type) => ({ type, count: 0 })),
      correctiveActionsOpen: 0,
      correctiveActionsDone: 0,
    };
  }
}
