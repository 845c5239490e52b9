import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hydrate } from '../../database/hydrate';
import { actionDueEndSql } from '../corrective-actions/corrective-action-due.sql';
import { Plan } from '../plans/plan.entity';

/** Which operations count: CLOSED, window overlapping the period (or, without one, created in it), of the agency when one is named. */
export interface OperationScope {
  from: Date;
  to: Date;
  /** Only operations this agency took part in; null for every operation. */
  agencyId: string | null;
  /** PlanAccessService.visibleCondition on `p`, naming the caller's agency as `me.agency_id`. */
  visible: string;
  callerAgencyId: string;
}

export interface ObjectiveCounts {
  planId: string;
  met: number;
  partiallyMet: number;
  notMet: number;
}

export interface SlipRow {
  /** Null for the row over every operation together. */
  planId: string | null;
  median: number | null;
  events: number;
}

export interface ActionCounts {
  planId: string;
  onTime: number;
  late: number;
  overdue: number;
}

/**
 * An objective's verdict from the report's counts (domain objectiveVerdict, in SQL): most votes
 * among MET, PARTIALLY_MET and NOT_MET, a tie to the less favourable; NULL when none of the three.
 */
const OBJECTIVE_VERDICT = `CASE
  WHEN o."notMet" > 0 AND o."notMet" >= o."partiallyMet" AND o."notMet" >= o.met THEN 'NOT_MET'
  WHEN o."partiallyMet" > 0 AND o."partiallyMet" >= o.met THEN 'PARTIALLY_MET'
  WHEN o.met > 0 THEN 'MET'
END`;

/**
 * The effectiveness report's figures, one set-based statement per family over the operations
 * counted (their ids as `$1`): no statement per plan. Counts only, besides the plans themselves.
 */
@Injectable()
export class EffectivenessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async agencyExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM agencies WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  /** The operations counted that the caller may see, latest window first. */
  async operations(scope: OperationScope): Promise<Plan[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH me AS (SELECT $4::uuid AS agency_id)
       SELECT p.* FROM me, plans p
        WHERE p.status = 'CLOSED'
          AND ((p.starts_at IS NOT NULL AND p.starts_at <= $2 AND coalesce(p.ends_at, p.starts_at) >= $1)
            OR (p.starts_at IS NULL AND p.created_at BETWEEN $1 AND $2))
          AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM plan_agencies pa WHERE pa.plan_id = p.id AND pa.agency_id = $3::uuid))
          AND ${scope.visible}
        ORDER BY p.starts_at DESC NULLS LAST, lower(p.title) COLLATE "C", p.id`,
      [scope.from, scope.to, scope.agencyId, scope.callerAgencyId],
    );
    return rows.map((row) => hydrate(this.dataSource.manager, Plan, row));
  }

  /** Per operation, its objectives by verdict, from its after-action report's objective results. */
  objectives(planIds: string[]): Promise<ObjectiveCounts[]> {
    return this.dataSource.query(
      `SELECT v.plan_id AS "planId",
              count(*) FILTER (WHERE v.verdict = 'MET')::int AS met,
              count(*) FILTER (WHERE v.verdict = 'PARTIALLY_MET')::int AS "partiallyMet",
              count(*) FILTER (WHERE v.verdict = 'NOT_MET')::int AS "notMet"
         FROM (SELECT r.plan_id, ${OBJECTIVE_VERDICT} AS verdict
                 FROM after_action_reports r
                 CROSS JOIN jsonb_to_recordset(r.aggregates->'objectiveResults') AS o(met int, "partiallyMet" int, "notMet" int)
                WHERE r.plan_id = ANY($1::uuid[])) v
        GROUP BY v.plan_id`,
      [planIds],
    );
  }

  /** Median start slip (minutes) per operation and over all of them together (planId null), of events with an actual start. */
  startSlips(planIds: string[]): Promise<SlipRow[]> {
    return this.dataSource.query(
      `SELECT plan_id AS "planId",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM actual_starts_at - starts_at) / 60) AS median,
              count(*)::int AS events
         FROM timeline_events
        WHERE plan_id = ANY($1::uuid[]) AND actual_starts_at IS NOT NULL
        GROUP BY GROUPING SETS ((plan_id), ())`,
      [planIds],
    );
  }

  /** Incidents of submitted debriefs, per operation. */
  incidents(planIds: string[]): Promise<Array<{ planId: string; count: number }>> {
    return this.dataSource.query(
      `SELECT plan_id AS "planId", sum(jsonb_array_length(incidents))::int AS count
         FROM debriefs
        WHERE plan_id = ANY($1::uuid[]) AND status = 'SUBMITTED'
        GROUP BY plan_id`,
      [planIds],
    );
  }

  /** Complaints linked to each operation, whatever their status. */
  complaints(planIds: string[]): Promise<Array<{ planId: string; count: number }>> {
    return this.dataSource.query(
      `SELECT plan_id AS "planId", count(*)::int AS count FROM complaints WHERE plan_id = ANY($1::uuid[]) GROUP BY plan_id`,
      [planIds],
    );
  }

  /**
   * Corrective actions per operation: DONE on time or late (closed by the end of the due day, or
   * after it: actionDueEndSql), and open past their due day at `now`. Reopened and closed again:
   * the second closing counts (`closed_at` is set when an action is made DONE). An action DONE with
   * no closing time (never the case through the API) is in neither closed figure.
   */
  correctiveActions(planIds: string[], now: Date): Promise<ActionCounts[]> {
    const dueEnd = actionDueEndSql('a.due_date');
    return this.dataSource.query(
      `SELECT a.plan_id AS "planId",
              count(*) FILTER (WHERE a.status = 'DONE' AND a.closed_at < ${dueEnd})::int AS "onTime",
              count(*) FILTER (WHERE a.status = 'DONE' AND a.closed_at >= ${dueEnd})::int AS late,
              count(*) FILTER (WHERE a.status <> 'DONE' AND ${dueEnd} <= $2)::int AS overdue
         FROM corrective_actions a
        WHERE a.plan_id = ANY($1::uuid[])
        GROUP BY a.plan_id`,
      [planIds, now],
    );
  }
}
