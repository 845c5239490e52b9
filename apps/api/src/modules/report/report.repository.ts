import { Injectable } from '@nestjs/common';
import { DEBRIEF_EVERY_OPERATION_ROLES, MEMBER_ROLES } from '@jointops/domain';
import type { EntityManager } from 'typeorm';
import { debriefOwedCondition } from '../debriefs/debrief-owed.sql';
import { Debrief, DebriefStatus } from '../debriefs/debrief.entity';
import { Objective } from '../objectives/objective.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { AfterActionReport } from './after-action-report.entity';

/** What a report is built from: the plan's objectives, its timeline and its submitted debriefs. */
export interface ReportSources {
  objectives: Objective[];
  events: TimelineEvent[];
  debriefs: Debrief[];
}

/** Reads of the after-action report, in the caller's transaction (under the plan's row lock). */
@Injectable()
export class ReportRepository {
  findByPlan(manager: EntityManager, planId: string): Promise<AfterActionReport | null> {
    return manager.findOneBy(AfterActionReport, { planId });
  }

  async sources(manager: EntityManager, planId: string): Promise<ReportSources> {
    // One after another: a transaction's statements share one connection (node-pg warns when a
    // query is sent while the last one runs).
    const objectives = await manager.find(Objective, { where: { planId }, order: { position: 'ASC' } });
    const events = await manager.find(TimelineEvent, { where: { planId }, order: { startsAt: 'ASC' } });
    const debriefs = await manager.find(Debrief, { where: { planId, status: DebriefStatus.SUBMITTED }, order: { submittedAt: 'ASC' } });
    return { objectives, events, debriefs };
  }

  /**
   * Per plan, the debriefs the report is still without: active members of its agencies who owe one
   * and have not submitted it, and anyone's draft (debriefOwedCondition with drafts, the rule of My
   * work and of the DEBRIEF_DUE reminders). One statement for any number of plans; plans with none
   * are absent.
   */
  async debriefsOutstanding(manager: EntityManager, planIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ plan_id: string; n: number }> = await manager.query(
      `SELECT pa.plan_id, count(*)::int AS n
         FROM plan_agencies pa
         JOIN users u ON u.agency_id = pa.agency_id AND u.roles && $2::text[] AND u.disabled_at IS NULL
         LEFT JOIN debriefs d ON d.plan_id = pa.plan_id AND d.author_id = u.id
        WHERE pa.plan_id = ANY($1::uuid[])
          AND ${debriefOwedCondition({ planId: 'pa.plan_id', userId: 'u.id', debrief: 'd', everyOperation: 'u.roles && $3::text[]', orDraft: true })}
        GROUP BY pa.plan_id`,
      [[...new Set(planIds)], [...MEMBER_ROLES], [...DEBRIEF_EVERY_OPERATION_ROLES]],
    );
    return new Map(rows.map((row) => [row.plan_id, row.n]));
  }
}
