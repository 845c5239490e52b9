import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hydrate } from '../../database/hydrate';
import { Approval } from '../approvals/approval.entity';
import { CorrectiveAction } from '../corrective-actions/corrective-action.entity';
import { debriefOwedCondition } from '../debriefs/debrief-owed.sql';
import { Debrief } from '../debriefs/debrief.entity';
import { Plan } from '../plans/plan.entity';

/** At most this many items per list: the page is a to-do list, not an archive. */
export const MY_WORK_LIST_MAX = 100;

/**
 * The caller as SQL: every query starts `WITH me AS (...)` so that $1 (user) and $2 (agency) are
 * typed and used even when the visibility condition names neither (OVERSIGHT's is TRUE).
 */
const ME = `WITH me AS (SELECT $1::uuid AS user_id, $2::uuid AS agency_id)`;

type Row = Record<string, Record<string, unknown> | null>;

/**
 * One set-based query per list of the My work page. `visible` is PlanAccessService's condition on
 * plans `p` with the caller's agency as `$2`: every list holds only plans the caller may see.
 */
@Injectable()
export class MyWorkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** IN_REVIEW plans where the caller's agency has no decision on the current revision, with that approval. */
  async openDecisions(userId: string, agencyId: string, visible: string): Promise<Array<{ plan: Plan; approval: Approval }>> {
    const rows = await this.rows(
      `${ME}
       SELECT to_jsonb(p) AS plan, to_jsonb(a) AS approval
         FROM me
         JOIN approvals a ON a.agency_id = me.agency_id
         JOIN plans p ON p.id = a.plan_id AND p.status = 'IN_REVIEW'
        WHERE (a.status IN ('PENDING', 'STALE') OR a.revision IS DISTINCT FROM p.revision)
          AND ${visible}
        ORDER BY p.starts_at ASC NULLS LAST, p.title, p.id
        LIMIT ${MY_WORK_LIST_MAX}`,
      [userId, agencyId],
    );
    return rows.map((row) => ({ plan: this.plan(row.plan), approval: hydrate(this.dataSource.manager, Approval, row.approval!) }));
  }

  /**
   * ACTIVE or COMPLETED plans of the caller's agency on which the caller has no submitted debrief,
   * and either owes one (`everyOperation`: an OFFICER; or a role names them) or has a draft.
   */
  async debriefsOwed(userId: string, agencyId: string, visible: string, everyOperation: boolean): Promise<Array<{ plan: Plan; draft: Debrief | null }>> {
    const rows = await this.rows(
      `${ME}
       SELECT to_jsonb(p) AS plan, to_jsonb(d) AS draft
         FROM me
         JOIN plan_agencies pa ON pa.agency_id = me.agency_id
         JOIN plans p ON p.id = pa.plan_id AND p.status IN ('ACTIVE', 'COMPLETED')
         LEFT JOIN debriefs d ON d.plan_id = p.id AND d.author_id = me.user_id
        WHERE ${debriefOwedCondition({ planId: 'p.id', userId: 'me.user_id', debrief: 'd', everyOperation: '$3::boolean', orDraft: true })}
          AND ${visible}
        ORDER BY p.starts_at ASC NULLS LAST, p.title, p.id
        LIMIT ${MY_WORK_LIST_MAX}`,
      [userId, agencyId, everyOperation],
    );
    return rows.map((row) => ({ plan: this.plan(row.plan), draft: row.draft ? hydrate(this.dataSource.manager, Debrief, row.draft) : null }));
  }

  /** Open corrective actions owned by the caller's agency, due before `cutoff`, by due date. */
  async actionsDue(userId: string, agencyId: string, visible: string, cutoff: Date): Promise<Array<{ plan: Plan; action: CorrectiveAction }>> {
    const rows = await this.rows(
      `${ME}
       SELECT to_jsonb(p) AS plan, to_jsonb(ca) AS action
         FROM me
         JOIN corrective_actions ca ON ca.owner_agency_id = me.agency_id AND ca.status <> 'DONE' AND ca.due_date < $3
         JOIN plans p ON p.id = ca.plan_id
        WHERE ${visible}
        ORDER BY ca.due_date, ca.created_at, ca.id
        LIMIT ${MY_WORK_LIST_MAX}`,
      [userId, agencyId, cutoff],
    );
    return rows.map((row) => ({ plan: this.plan(row.plan), action: hydrate(this.dataSource.manager, CorrectiveAction, row.action!) }));
  }

  /** Drafts the caller created, or (`leadPlanner`) that their agency leads; most recently changed first. */
  async drafts(userId: string, agencyId: string, visible: string, leadPlanner: boolean): Promise<Plan[]> {
    const rows = await this.rows(
      `${ME}
       SELECT to_jsonb(p) AS plan
         FROM me
         JOIN plans p ON p.status = 'DRAFT' AND (p.created_by = me.user_id OR ($3::boolean AND p.lead_agency_id = me.agency_id))
        WHERE ${visible}
        ORDER BY p.updated_at DESC, p.id DESC
        LIMIT ${MY_WORK_LIST_MAX}`,
      [userId, agencyId, leadPlanner],
    );
    return rows.map((row) => this.plan(row.plan));
  }

  /** COMPLETED plans the caller's agency leads: their after-action report is not final yet. Window end first. */
  async reportsToFinish(userId: string, agencyId: string, visible: string): Promise<Plan[]> {
    const rows = await this.rows(
      `${ME}
       SELECT to_jsonb(p) AS plan
         FROM me
         JOIN plans p ON p.status = 'COMPLETED' AND p.lead_agency_id = me.agency_id
        WHERE ${visible}
        ORDER BY p.ends_at ASC NULLS LAST, p.title, p.id
        LIMIT ${MY_WORK_LIST_MAX}`,
      [userId, agencyId],
    );
    return rows.map((row) => this.plan(row.plan));
  }

  /** ACTIVE plans, and those completed after `completedSince`, in which a role names the caller (what a device keeps offline). */
  async assignedOperations(userId: string, agencyId: string, visible: string, completedSince: Date): Promise<Plan[]> {
    const rows = await this.rows(
      `${ME}
       SELECT to_jsonb(p) AS plan
         FROM me
         JOIN plans p ON p.status IN ('ACTIVE', 'COMPLETED')
        WHERE EXISTS (SELECT 1 FROM role_assignments r WHERE r.plan_id = p.id AND r.assignee_id = me.user_id)
          AND (p.status = 'ACTIVE' OR (SELECT max(e.at) FROM plan_events e WHERE e.plan_id = p.id AND e.type = 'PLAN_COMPLETED') > $3)
          AND ${visible}
        ORDER BY p.starts_at ASC NULLS LAST, p.title, p.id
        LIMIT ${MY_WORK_LIST_MAX}`,
      [userId, agencyId, completedSince],
    );
    return rows.map((row) => this.plan(row.plan));
  }

  private rows(sql: string, parameters: unknown[]): Promise<Row[]> {
    return this.dataSource.query(sql, parameters);
  }

  private plan(row: Record<string, unknown> | null): Plan {
    return hydrate(this.dataSource.manager, Plan, row!);
  }
}
