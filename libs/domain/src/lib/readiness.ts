import { enumOf, type EnumValue } from './enums';
import { PlanStatus } from './plan-lifecycle';

/** Readiness blockers (docs/architecture.md#plan-lifecycle-and-readiness), computed from a plan's current content. */
export const BlockerCode = enumOf(
  'NO_WINDOW',
  'WINDOW_STARTED',
  'NO_OBJECTIVES',
  'OBJECTIVE_WITHOUT_CRITERIA',
  'AGENCY_WITHOUT_ROLE',
  'AGENCY_WITHOUT_RESOURCE',
  'ROLE_WITHOUT_ASSIGNEE',
  'REQUIRED_CHECKLIST_OPEN',
  'NO_TIMELINE',
  'TIMELINE_DEPENDENCY_OVERLAP',
  'TIMELINE_OUTSIDE_WINDOW',
  'NO_COMMS',
);
export type BlockerCode = EnumValue<typeof BlockerCode>;

export interface Blocker {
  code: BlockerCode;
  message: string;
  entityId: string | null;
}

type DateLike = Date | string;

export interface ReadinessInput {
  /** Decides whether WINDOW_STARTED applies (see READINESS_CHECKED_WHILE); absent, it does. */
  status?: string;
  startsAt?: DateLike | null;
  endsAt?: DateLike | null;
  agencies: ReadonlyArray<{ id: string; shortName: string }>;
  objectives: ReadonlyArray<{ id: string; title: string; successCriteria: string }>;
  roles: ReadonlyArray<{ id: string; title: string; agencyId: string; assigneeId: string | null }>;
  resources: ReadonlyArray<{ agencyId: string }>;
  comms: ReadonlyArray<unknown>;
  checklist: ReadonlyArray<{ id: string; text: string; required: boolean; status: string }>;
  timeline: ReadonlyArray<{ id: string; title: string; startsAt: DateLike; endsAt: DateLike; dependsOnIds: readonly string[] }>;
}

/**
 * The statuses in which readiness stands between the plan and its next step: submission (DRAFT)
 * and approval (IN_REVIEW). WINDOW_STARTED is judged only then, never at activation: an approved
 * plan may be activated once its window has begun, and a past operation is not "blocked" by its
 * own start.
 */
export const READINESS_CHECKED_WHILE: readonly PlanStatus[] = [PlanStatus.DRAFT, PlanStatus.IN_REVIEW];

export interface ReadinessOptions {
  /** The time readiness is judged at (the API's Clock, the browser's clock). Without it WINDOW_STARTED is not checked. */
  now?: DateLike | number;
}

const time = (value: DateLike | number): number => (typeof value === 'number' ? value : value instanceof Date ? value.getTime() : Date.parse(value));

/** The blockers of a plan, in the order a planner meets them: window, objectives, agencies and roles, checklist, timeline, comms. */
export function computeBlockers(plan: ReadinessInput, options: ReadinessOptions = {}): Blocker[] {
  return [...windowBlockers(plan, options), ...objectiveBlockers(plan), ...agencyBlockers(plan), ...checklistBlockers(plan), ...timelineBlockers(plan), ...commsBlockers(plan)];
}

function windowBlockers(plan: ReadinessInput, { now }: ReadinessOptions): Blocker[] {
  if (!plan.startsAt || !plan.endsAt) {
    return [{ code: BlockerCode.NO_WINDOW, message: 'The plan has no operation window (start and end).', entityId: null }];
  }
  const checked = plan.status === undefined || (READINESS_CHECKED_WHILE as readonly string[]).includes(plan.status);
  if (checked && now !== undefined && time(plan.startsAt) <= time(now)) {
    return [{ code: BlockerCode.WINDOW_STARTED, message: "The plan's window has already started: move it to the future.", entityId: null }];
  }
  return [];
}

function objectiveBlockers(plan: ReadinessInput): Blocker[] {
  if (plan.objectives.length === 0) return [{ code: BlockerCode.NO_OBJECTIVES, message: 'The plan has no objectives.', entityId: null }];
  return plan.objectives
    .filter((objective) => objective.successCriteria.trim() === '')
    .map((objective) => ({ code: BlockerCode.OBJECTIVE_WITHOUT_CRITERIA, message: `Objective "${objective.title}" has no success criteria.`, entityId: objective.id }));
}

function agencyBlockers(plan: ReadinessInput): Blocker[] {
  const blockers: Blocker[] = [];
  const agenciesWithRoles = new Set(plan.roles.map((role) => role.agencyId));
  const agenciesWithResources = new Set(plan.resources.map((resource) => resource.agencyId));
  for (const agency of plan.agencies) {
    if (!agenciesWithRoles.has(agency.id)) {
      blockers.push({ code: BlockerCode.AGENCY_WITHOUT_ROLE, message: `${agency.shortName} holds no role.`, entityId: agency.id });
    }
    if (!agenciesWithResources.has(agency.id)) {
      blockers.push({ code: BlockerCode.AGENCY_WITHOUT_RESOURCE, message: `${agency.shortName} commits no resources.`, entityId: agency.id });
    }
  }
  for (const role of plan.roles) {
    if (!role.assigneeId) {
      blockers.push({ code: BlockerCode.ROLE_WITHOUT_ASSIGNEE, message: `Role "${role.title}" has no assignee.`, entityId: role.id });
    }
  }
  return blockers;
}

function checklistBlockers(plan: ReadinessInput): Blocker[] {
  return plan.checklist
    .filter((item) => item.required && item.status === 'OPEN')
    .map((item) => ({ code: BlockerCode.REQUIRED_CHECKLIST_OPEN, message: `Required checklist item is open: ${item.text}`, entityId: item.id }));
}

function timelineBlockers(plan: ReadinessInput): Blocker[] {
  if (plan.timeline.length === 0) return [{ code: BlockerCode.NO_TIMELINE, message: 'The plan has no timeline events.', entityId: null }];
  const blockers: Blocker[] = [];
  const byId = new Map(plan.timeline.map((event) => [event.id, event]));
  for (const event of plan.timeline) {
    for (const dependencyId of event.dependsOnIds) {
      const dependency = byId.get(dependencyId);
      if (dependency && time(event.startsAt) < time(dependency.endsAt)) {
        blockers.push({ code: BlockerCode.TIMELINE_DEPENDENCY_OVERLAP, message: `"${event.title}" starts before "${dependency.title}" ends.`, entityId: event.id });
      }
    }
  }
  if (plan.startsAt && plan.endsAt) {
    const windowStart = time(plan.startsAt);
    const windowEnd = time(plan.endsAt);
    for (const event of plan.timeline) {
      if (time(event.startsAt) < windowStart || time(event.endsAt) > windowEnd) {
        blockers.push({ code: BlockerCode.TIMELINE_OUTSIDE_WINDOW, message: `"${event.title}" falls outside the plan's window.`, entityId: event.id });
      }
    }
  }
  return blockers;
}

function commsBlockers(plan: ReadinessInput): Blocker[] {
  return plan.comms.length === 0 ? [{ code: BlockerCode.NO_COMMS, message: 'The plan has no communications channel.', entityId: null }] : [];
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
