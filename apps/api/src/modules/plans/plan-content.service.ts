import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canonicalJson, computeBlockers, type Blocker } from '@jointops/domain';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hydrate } from '../../database/hydrate';
import { ActivityEntry } from '../operation-log/activity-entry.entity';
import { Approval } from '../approvals/approval.entity';
import { ChecklistItem } from '../checklist/checklist-item.entity';
import { CommsChannel } from '../comms/comms-channel.entity';
import { Debrief } from '../debriefs/debrief.entity';
import { Objective } from '../objectives/objective.entity';
import { AfterActionReport } from '../report/after-action-report.entity';
import { CorrectiveAction } from '../corrective-actions/corrective-action.entity';
import { ResourceCommitment } from '../resources/resource-commitment.entity';
import { RoleAssignment } from '../roles/role-assignment.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import type { Plan } from './plan.entity';

/** Everything in a plan, loaded in one query per table however large the plan is. */
export interface PlanContent {
  agencyIds: string[];
  objectives: Objective[];
  roles: RoleAssignment[];
  checklist: ChecklistItem[];
  timeline: TimelineEvent[];
  resources: ResourceCommitment[];
  comms: CommsChannel[];
  approvals: Approval[];
}

/** Each part of a plan: its entity, table and order, in the shape PlanContent holds them. */
const PARTS = [
  { key: 'objectives', entity: Objective, table: 'objectives', order: 'position, id' },
  { key: 'roles', entity: RoleAssignment, table: 'role_assignments', order: 'created_at, id' },
  { key: 'checklist', entity: ChecklistItem, table: 'checklist_items', order: 'position, id' },
  { key: 'timeline', entity: TimelineEvent, table: 'timeline_events', order: 'starts_at, ends_at, id' },
  { key: 'resources', entity: ResourceCommitment, table: 'resource_commitments', order: 'created_at, id' },
  { key: 'comms', entity: CommsChannel, table: 'comms_channels', order: 'created_at, id' },
  { key: 'approvals', entity: Approval, table: 'approvals', order: 'created_at, agency_id' },
] as const;

/** What happened during and after the operation: loaded only by the views that show it. */
export interface PlanOperation {
  activity: ActivityEntry[];
  debriefs: Debrief[];
  reports: AfterActionReport[];
  correctiveActions: CorrectiveAction[];
}

const OPERATION_PARTS = [
  { key: 'activity', entity: ActivityEntry, table: 'activity_entries', order: 'at, created_at, id' },
  { key: 'debriefs', entity: Debrief, table: 'debriefs', order: 'created_at, id' },
  { key: 'reports', entity: AfterActionReport, table: 'after_action_reports', order: 'created_at' },
  { key: 'correctiveActions', entity: CorrectiveAction, table: 'corrective_actions', order: 'due_date, created_at, id' },
] as const;

type Part = { key: string; entity: new () => object; table: string; order: string };

@Injectable()
export class PlanContentService {
  private readonly contentSql: string;
  private readonly operationSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.contentSql = partsSql(PARTS, true);
    this.operationSql = partsSql(OPERATION_PARTS, false);
  }

  /** For DataLoader: the content of many plans in one query, in the order asked. */
  load(planIds: readonly string[]): Promise<PlanContent[]> {
    return this.loadParts<PlanContent>(this.contentSql, PARTS, planIds);
  }

  /** For DataLoader: activity, debriefs, report and corrective actions of many plans in one query. */
  loadOperation(planIds: readonly string[]): Promise<PlanOperation[]> {
    return this.loadParts<PlanOperation>(this.operationSql, OPERATION_PARTS, planIds);
  }

  private async loadParts<T>(sql: string, parts: readonly Part[], planIds: readonly string[]): Promise<T[]> {
    const rows: Array<Record<string, unknown[]> & { id: string }> = await this.dataSource.query(sql, [[...planIds]]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return planIds.map((planId) => {
      const row = byId.get(planId);
      const loaded: Record<string, unknown> = { agencyIds: (row?.agencyIds ?? []) as string[] };
      for (const part of parts) {
        loaded[part.key] = ((row?.[part.key] ?? []) as Array<Record<string, unknown>>).map((json) => hydrate(this.dataSource.manager, part.entity, json));
      }
      return loaded as T;
    });
  }
}

/** One round trip for all the plans asked: a JSON array per part, per plan. */
function partsSql(parts: readonly Part[], withAgencies: boolean): string {
  const columns = parts.map(
    ({ key, table, order }) => `(SELECT coalesce(json_agg(t ORDER BY ${order.replace(/(\w+)/g, 't.$1')}), '[]') FROM ${table} t WHERE t.plan_id = p.id) AS "${key}"`,
  );
  if (withAgencies) {
    columns.unshift(`(SELECT coalesce(json_agg(pa.agency_id ORDER BY pa.added_at, pa.agency_id), '[]') FROM plan_agencies pa WHERE pa.plan_id = p.id) AS "agencyIds"`);
  }
  return `SELECT p.id, ${columns.join(',\n  ')} FROM unnest($1::uuid[]) AS p(id)`;
}

/** Readiness blockers (docs/architecture.md#plan-lifecycle-and-readiness), by the same function the web app runs. */
export function readinessOf(plan: Plan, content: PlanContent, shortNames: ReadonlyMap<string, string>): Blocker[] {
  return computeBlockers({
    startsAt: plan.startsAt,
    endsAt: plan.endsAt,
    agencies: content.agencyIds.map((id) => ({ id, shortName: shortNames.get(id) ?? 'An agency' })),
    objectives: content.objectives,
    roles: content.roles,
    checklist: content.checklist,
    timeline: content.timeline,
  });
}

/**
 * Hex SHA-256 of what an approval signs: the plan's fields and every part's content, without
 * versions, timestamps or actuals, so the same content always hashes the same.
 */
export function contentHashOf(plan: Plan, content: PlanContent): string {
  const canonical = canonicalJson({
    plan: {
      title: plan.title,
      summary: plan.summary,
      startsAt: plan.startsAt,
      endsAt: plan.endsAt,
      leadAgencyId: plan.leadAgencyId,
      agencyIds: [...content.agencyIds].sort(),
    },
    objectives: content.objectives.map(({ id, position, title, description, successCriteria, priority }) => ({
      id,
      position,
      title,
      description,
      successCriteria,
      priority,
    })),
    roles: content.roles.map(({ id, agencyId, title, responsibilities, assigneeId, objectiveIds }) => ({
      id,
      agencyId,
      title,
      responsibilities,
      assigneeId,
      objectiveIds: [...objectiveIds].sort(),
    })),
    checklist: content.checklist.map(({ id, category, text, required, citation, status, note }) => ({ id, category, text, required, citation, status, note })),
    timeline: content.timeline.map(({ id, title, phase, startsAt, endsAt, agencyId, dependsOnIds, notes }) => ({
      id,
      title,
      phase,
      startsAt,
      endsAt,
      agencyId,
      dependsOnIds: [...dependsOnIds].sort(),
      notes,
    })),
    resources: content.resources.map(({ id, agencyId, kind, quantity, notes }) => ({ id, agencyId, kind, quantity, notes })),
    comms: content.comms.map(({ id, name, details, purpose, agencyId }) => ({ id, name, details, purpose, agencyId })),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
