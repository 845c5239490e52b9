import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { canonicalJson, computeBlockers, type Blocker } from '@jointops/domain';
import { createHash } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { ChecklistItem } from '../checklist/checklist-item.entity';
import { CommsChannel } from '../comms/comms-channel.entity';
import { Objective } from '../objectives/objective.entity';
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
}

@Injectable()
export class PlanContentService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** For DataLoader: the content of many plans in seven queries, in the order asked. */
  async load(planIds: readonly string[]): Promise<PlanContent[]> {
    const ids = [...planIds];
    const where = { planId: In(ids) };
    const [agencies, objectives, roles, checklist, timeline, resources, comms] = await Promise.all([
      this.dataSource.query(`SELECT plan_id, agency_id FROM plan_agencies WHERE plan_id = ANY($1) ORDER BY added_at, agency_id`, [ids]) as Promise<
        Array<{ plan_id: string; agency_id: string }>
      >,
      this.dataSource.getRepository(Objective).find({ where, order: { position: 'ASC' } }),
      this.dataSource.getRepository(RoleAssignment).find({ where, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(ChecklistItem).find({ where, order: { position: 'ASC' } }),
      this.dataSource.getRepository(TimelineEvent).find({ where, order: { startsAt: 'ASC', endsAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(ResourceCommitment).find({ where, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(CommsChannel).find({ where, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return ids.map((planId) => ({
      agencyIds: agencies.filter((row) => row.plan_id === planId).map((row) => row.agency_id),
      objectives: objectives.filter((row) => row.planId === planId),
      roles: roles.filter((row) => row.planId === planId),
      checklist: checklist.filter((row) => row.planId === planId),
      timeline: timeline.filter((row) => row.planId === planId),
      resources: resources.filter((row) => row.planId === planId),
      comms: comms.filter((row) => row.planId === planId),
    }));
  }
}

/** DESIGN.md section 1 blockers, by the same function the web app runs. */
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
