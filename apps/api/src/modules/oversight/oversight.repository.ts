import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanStatus } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { planInPeriod } from '../plans/plan-period';

/** Operations of a period ($1..$2): their window overlaps it, or, without a window, they were created in it. */
const IN_PERIOD = `SELECT id FROM plans p WHERE ${planInPeriod('p', '$1', '$2')}`;

/** The counts behind the transparency report. Counts only: no names and no free text are read. */
@Injectable()
export class OversightRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  plansByStatus(from: Date, to: Date): Promise<Array<{ status: PlanStatus; count: number }>> {
    return this.dataSource.query(`SELECT status, count(*)::int AS count FROM plans WHERE id IN (${IN_PERIOD}) GROUP BY status`, [from, to]);
  }

  /** Incidents of the period's submitted debriefs, by type. */
  incidentsByType(from: Date, to: Date): Promise<Array<{ type: string; count: number }>> {
    return this.dataSource.query(
      `SELECT incident->>'type' AS type, count(*)::int AS count
         FROM debriefs d CROSS JOIN jsonb_array_elements(d.incidents) incident
        WHERE d.status = 'SUBMITTED' AND d.plan_id IN (${IN_PERIOD})
        GROUP BY 1`,
      [from, to],
    );
  }

  async correctiveActionCounts(from: Date, to: Date): Promise<{ open: number; done: number }> {
    const [counts]: Array<{ open: number; done: number }> = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status <> 'DONE')::int AS open, count(*) FILTER (WHERE status = 'DONE')::int AS done
         FROM corrective_actions WHERE plan_id IN (${IN_PERIOD})`,
      [from, to],
    );
    return counts;
  }
}
