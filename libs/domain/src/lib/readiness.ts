import { enumOf, type EnumValue } from './enums';

/** Readiness blockers (docs/architecture.md#plan-lifecycle-and-readiness), computed from a plan's current content. */
export const BlockerCode = enumOf(
  'NO_OBJECTIVES',
  'OBJECTIVE_WITHOUT_CRITERIA',
  'AGENCY_WITHOUT_ROLE',
  'REQUIRED_CHECKLIST_OPEN',
  'TIMELINE_DEPENDENCY_OVERLAP',
  'TIMELINE_OUTSIDE_WINDOW',
);
export type BlockerCode = EnumValue<typeof BlockerCode>;

export interface Blocker {
  code: BlockerCode;
  message: string;
  entityId: string | null;
}

type DateLike = Date | string;

export interface ReadinessInput {
  startsAt?: DateLike | null;
  endsAt?: DateLike | null;
  agencies: ReadonlyArray<{ id: string; shortName: string }>;
  objectives: ReadonlyArray<{ id: string; title: string; successCriteria: string }>;
  roles: ReadonlyArray<{ agencyId: string }>;
  checklist: ReadonlyArray<{ id: string; text: string; required: boolean; status: string }>;
  timeline: ReadonlyArray<{ id: string; title: string; startsAt: DateLike; endsAt: DateLike; dependsOnIds: readonly string[] }>;
}

const time = (value: DateLike): number => (value instanceof Date ? value.getTime() : Date.parse(value));

export function computeBlockers(plan: ReadinessInput): Blocker[] {
  const blockers: Blocker[] = [];

  if (plan.objectives.length === 0) {
    blockers.push({ code: BlockerCode.NO_OBJECTIVES, message: 'The plan has no objectives.', entityId: null });
  }
  for (const objective of plan.objectives) {
    if (objective.successCriteria.trim() === '') {
      blockers.push({
        code: BlockerCode.OBJECTIVE_WITHOUT_CRITERIA,
        message: `Objective "${objective.title}" has no success criteria.`,
        entityId: objective.id,
      });
    }
  }

  const agenciesWithRoles = new Set(plan.roles.map((role) => role.agencyId));
  for (const agency of plan.agencies) {
    if (!agenciesWithRoles.has(agency.id)) {
      blockers.push({
        code: BlockerCode.AGENCY_WITHOUT_ROLE,
        message: `${agency.shortName} holds no role.`,
        entityId: agency.id,
      });
    }
  }

  for (const item of plan.checklist) {
    if (item.required && item.status === 'OPEN') {
      blockers.push({
        code: BlockerCode.REQUIRED_CHECKLIST_OPEN,
        message: `Required checklist item is open: ${item.text}`,
        entityId: item.id,
      });
    }
  }

  const byId = new Map(plan.timeline.map((event) => [event.id, event]));
  for (const event of plan.timeline) {
    for (const dependencyId of event.dependsOnIds) {
      const dependency = byId.get(dependencyId);
      if (dependency && time(event.startsAt) < time(dependency.endsAt)) {
        blockers.push({
          code: BlockerCode.TIMELINE_DEPENDENCY_OVERLAP,
          message: `"${event.title}" starts before "${dependency.title}" ends.`,
          entityId: event.id,
        });
      }
    }
  }

  if (plan.startsAt && plan.endsAt) {
    const windowStart = time(plan.startsAt);
    const windowEnd = time(plan.endsAt);
    for (const event of plan.timeline) {
      if (time(event.startsAt) < windowStart || time(event.endsAt) > windowEnd) {
        blockers.push({
          code: BlockerCode.TIMELINE_OUTSIDE_WINDOW,
          message: `"${event.title}" falls outside the plan's window.`,
          entityId: event.id,
        });
      }
    }
  }

  return blockers;
}

/**
 * True when adding the edges `from -> dependsOn` would close a cycle.
 * `edges` maps an event id to the ids it depends on.
 */
export function wouldCreateCycle(edges: ReadonlyMap<string, readonly string[]>, from: string, dependsOn: readonly string[]): boolean {
  const stack = [...dependsOn];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (current === from) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(edges.get(current) ?? []));
  }
  return false;
}
