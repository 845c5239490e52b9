import { Injectable } from '@nestjs/common';
import { type AccountabilityFacts, canonicalJson, computeBlockers, DEFAULT_TIME_ZONE, type Blocker } from '@jointops/domain';
import { createHash } from 'node:crypto';
import { ActivityEntry } from '../operation-log/activity-entry.entity';
import { Approval } from '../approvals/approval.entity';
import { Debrief } from '../debriefs/debrief.entity';
import { AfterActionReport } from '../report/after-action-report.entity';
import { CorrectiveAction } from '../corrective-actions/corrective-action.entity';
import { PlanContentRepository, type PartTable } from './plan-content.repository';
import { planParts } from './plan-part.registry';
import type { PlanPartEntity } from './plan-part.entity';
import type { Plan } from './plan.entity';

/**
 * Everything in a plan, loaded in one query per table however large the plan is. Each plan part
 * adds its list here from its own `<part>.part.ts` (`declare module`), as it registers.
 */
export interface PlanContent {
  agencyIds: string[];
  approvals: Approval[];
}

/** Every registered plan part, then the approvals: in the shape PlanContent holds them. */
function contentParts(): PartTable[] {
  return [
    ...planParts().map(({ part, entity, table, order }) => ({ key: part.key, entity, table, order })),
    { key: 'approvals', entity: Approval, table: 'approvals', order: 'created_at, agency_id' },
  ];
}

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

@Injectable()
export class PlanContentService {
  constructor(private readonly repository: PlanContentRepository) {}

  /** For DataLoader: the content of many plans in one query, in the order asked. */
  load(planIds: readonly string[]): Promise<PlanContent[]> {
    return this.repository.load<PlanContent>(contentParts(), planIds, true);
  }

  /** For DataLoader: activity, debriefs, report and corrective actions of many plans in one query. */
  loadOperation(planIds: readonly string[]): Promise<PlanOperation[]> {
    return this.repository.load<PlanOperation>(OPERATION_PARTS, planIds, false);
  }
}

const positionsById = new WeakMap<readonly PlanPartEntity[], Map<string, number>>();

/**
 * The items of a loaded list whose ids are in `ids`, in the list's order (what
 * `list.filter((item) => ids.includes(item.id))` returns), with the list indexed once per load:
 * a timeline item's dependencies or a role's objectives, for every item of a large plan.
 */
export function itemsWithIds<T extends PlanPartEntity>(list: readonly T[], ids: readonly string[]): T[] {
  let positions = positionsById.get(list);
  if (!positions) {
    positions = new Map(list.map((item, position) => [item.id, position]));
    positionsById.set(list, positions);
  }
  const found = new Set<number>();
  for (const id of ids) {
    const position = positions.get(id);
    if (position !== undefined) found.add(position);
  }
  return [...found].sort((a, b) => a - b).map((position) => list[position]!);
}

/**
 * Readiness blockers (docs/architecture.md#plan-lifecycle-and-readiness), by the same function the
 * web app runs, judged at `now` (the Clock's time: whether the window has started).
 */
export function readinessOf(plan: Plan, content: PlanContent, shortNames: ReadonlyMap<string, string>, now: Date, accountability?: AccountabilityFacts): Blocker[] {
  return computeBlockers(
    {
      status: plan.status,
      startsAt: plan.startsAt,
      endsAt: plan.endsAt,
      agencies: content.agencyIds.map((id) => ({ id, shortName: shortNames.get(id) ?? 'An agency' })),
      objectives: content.objectives,
      roles: content.roles,
      resources: content.resources,
      comms: content.comms,
      checklist: content.checklist,
      timeline: content.timeline,
      places: content.places,
      operationType: plan.operationType,
      leadAgencyId: plan.leadAgencyId,
      accountability,
    },
    { now },
  );
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
      // The zone is content. Left out in the default zone, so plans of every zone hash as they
      // did before the zone existed (their stored sign-offs keep matching): a plan moved to
      // Chicago hashes differently, and moved back to New York hashes as it did.
      ...(plan.timeZone && plan.timeZone !== DEFAULT_TIME_ZONE ? { timeZone: plan.timeZone } : {}),
      // The operation type is content too; left out while unset, so plans hash as they did before it existed.
      ...(plan.operationType ? { operationType: plan.operationType } : {}),
      leadAgencyId: plan.leadAgencyId,
      agencyIds: [...content.agencyIds].sort(),
    },
    ...Object.fromEntries(
      planParts()
        .map(({ part, signed, hashedOnlyWhenPresent }) => ({ key: part.key, items: content[part.key as keyof PlanContent] as unknown as PlanPartEntity[], signed, hashedOnlyWhenPresent }))
        .filter(({ items, hashedOnlyWhenPresent }) => !hashedOnlyWhenPresent || (items?.length ?? 0) > 0)
        .map(({ key, items, signed }) => [key, items.map(signed)]),
    ),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
