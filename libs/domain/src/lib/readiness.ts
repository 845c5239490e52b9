import { agreementsInForceBetween, trainingCurrentThrough, type AgreementTerms } from './accountability';
import { enumOf, type EnumValue } from './enums';
import { PlanStatus } from './plan-lifecycle';
import { needsCommandPost, PlaceKind, PLACE_REGION_NAME, placeInRegion } from './places';

/** Readiness blockers (docs/architecture.md#plan-lifecycle-and-readiness), computed from a plan's current content. */
export const BlockerCode = enumOf(
  'NO_WINDOW',
  'WINDOW_STARTED',
  'NO_OBJECTIVES',
  'OBJECTIVE_WITHOUT_CRITERIA',
  'AGENCY_WITHOUT_ROLE',
  'AGENCY_WITHOUT_RESOURCE',
  'AGENCY_WITHOUT_LEAD',
  'ROLE_WITHOUT_ASSIGNEE',
  'REQUIRED_CHECKLIST_OPEN',
  'NO_TIMELINE',
  'TIMELINE_DEPENDENCY_OVERLAP',
  'TIMELINE_OUTSIDE_WINDOW',
  'NO_COMMS',
  'OPERATION_TYPE_MISSING',
  'AGREEMENT_MISSING',
  'AGREEMENT_SCOPE',
  'TRAINING_MISSING',
  'NO_COMMAND_POST',
);
export type BlockerCode = EnumValue<typeof BlockerCode>;

export interface Blocker {
  code: BlockerCode;
  message: string;
  entityId: string | null;
}

/** Readiness warnings: worth a look, never blocking. */
export const WarningCode = enumOf('PLACE_OUTSIDE_REGION');
export type WarningCode = EnumValue<typeof WarningCode>;

export interface ReadinessWarning {
  code: WarningCode;
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
  /** A resource of quantity 0 commits nothing: it does not count for its agency. */
  resources: ReadonlyArray<{ agencyId: string; quantity: number }>;
  comms: ReadonlyArray<unknown>;
  checklist: ReadonlyArray<{ id: string; text: string; required: boolean; status: string }>;
  timeline: ReadonlyArray<{ id: string; title: string; startsAt: DateLike; endsAt: DateLike; dependsOnIds: readonly string[] }>;
  places: ReadonlyArray<{ id: string; name: string; kind: string; coordinates: ReadonlyArray<readonly number[]> }>;
  /** Null or absent: OPERATION_TYPE_MISSING. */
  operationType?: string | null;
  /** The agency the others need an agreement with. */
  leadAgencyId?: string | null;
  /**
   * The agreements and training the plan's agencies and assignees hold. Only the API has all of it
   * (training records are not every member's to read); without it the agreement and training
   * blockers are not judged here, and the web takes them from the server's last readiness.
   */
  accountability?: AccountabilityFacts;
}

/** What the agreement and training rules read, loaded by the API for one plan. */
export interface AccountabilityFacts {
  /** Agreements that have the lead agency as a party (any state: the rules judge the dates). */
  agreements: ReadonlyArray<AgreementTerms>;
  /** Courses required for the plan's operation type. */
  requiredCourses: ReadonlyArray<{ id: string; code: string; title: string }>;
  /** The assignees' completions of those courses. */
  records: ReadonlyArray<{ userId: string; courseId: string; expiresOn: DateLike | null }>;
  /** Assignees' names, for the messages. */
  people: ReadonlyMap<string, string>;
  /**
   * The plan's agencies that have an active agency lead (who can sign for them). Absent: not
   * judged (AGENCY_WITHOUT_LEAD needs the users table, which only the API reads in full).
   */
  agenciesWithLead?: ReadonlySet<string>;
}

/** The blockers only the API judges: they need agreements and training records (see `ReadinessInput.accountability`). */
export const ACCOUNTABILITY_BLOCKERS: readonly BlockerCode[] = ['AGENCY_WITHOUT_LEAD', 'AGREEMENT_MISSING', 'AGREEMENT_SCOPE', 'TRAINING_MISSING'];

/** Whether a blocker is one only the API judges (its code is in `ACCOUNTABILITY_BLOCKERS`). */
export function isAccountabilityBlocker<T extends { code: string }>(blocker: T): blocker is T & { code: BlockerCode } {
  return (ACCOUNTABILITY_BLOCKERS as readonly string[]).includes(blocker.code);
}

/**
 * The statuses in which readiness stands between the plan and its next step: submission (DRAFT)
 * and approval (IN_REVIEW). WINDOW_STARTED is judged only then, never at activation: an approved
 * plan may be activated once its window has begun, and a past operation is not "blocked" by its
 * own start.
 */
export const READINESS_CHECKED_WHILE: readonly PlanStatus[] = [PlanStatus.DRAFT, PlanStatus.IN_REVIEW];

/** What the readiness panel and the plan's PDF say once readiness no longer gates a step (the plan is past review). */
export const READINESS_PAST_REVIEW: Readonly<Partial<Record<PlanStatus, string>>> = {
  [PlanStatus.APPROVED]: 'Approved by every participating agency: the plan can be activated.',
  [PlanStatus.ACTIVE]: 'The operation is under way. Readiness was settled when every agency approved; the plan’s content is frozen.',
  [PlanStatus.COMPLETED]: 'The operation is complete: debriefs and the after-action report are open.',
  [PlanStatus.CLOSED]: 'The operation is closed and its after-action report is final. Readiness no longer applies.',
  [PlanStatus.CANCELLED]: 'The plan was cancelled. Readiness no longer applies.',
};

export interface ReadinessOptions {
  /** The time readiness is judged at (the API's Clock, the browser's clock). Without it WINDOW_STARTED is not checked. */
  now?: DateLike | number;
}

const time = (value: DateLike | number): number => (typeof value === 'number' ? value : value instanceof Date ? value.getTime() : Date.parse(value));

/**
 * The blockers of a plan, in the order a planner meets them: window and operation type,
 * objectives, agencies and roles (with their agreements and training), checklist, timeline, comms, places.
 */
export function computeBlockers(plan: ReadinessInput, options: ReadinessOptions = {}): Blocker[] {
  return [
    ...windowBlockers(plan, options),
    ...operationTypeBlockers(plan),
    ...objectiveBlockers(plan),
    ...agencyBlockers(plan),
    ...signerBlockers(plan),
    ...agreementBlockers(plan),
    ...trainingBlockers(plan),
    ...checklistBlockers(plan),
    ...timelineBlockers(plan),
    ...commsBlockers(plan),
    ...placeBlockers(plan),
  ];
}

/** The warnings of a plan: places outside North Carolina and its neighbouring states. */
export function computeWarnings(plan: Pick<ReadinessInput, 'places'>): ReadinessWarning[] {
  return plan.places
    .filter((place) => !placeInRegion(place.coordinates))
    .map((place) => ({ code: WarningCode.PLACE_OUTSIDE_REGION, message: `"${place.name}" lies outside ${PLACE_REGION_NAME}: check its coordinates.`, entityId: place.id }));
}

/** The blockers computeBlockers lists after the agreement and training ones. */
const AFTER_ACCOUNTABILITY: readonly string[] = ['REQUIRED_CHECKLIST_OPEN', 'NO_TIMELINE', 'TIMELINE_DEPENDENCY_OVERLAP', 'TIMELINE_OUTSIDE_WINDOW', 'NO_COMMS', 'NO_COMMAND_POST'];

/**
 * The content blockers (judged without `accountability`) with the agreement and training blockers
 * put where computeBlockers lists them: after agencies and roles, before the checklist. The web
 * judges the first itself and takes the second from the server.
 */
export function withAccountabilityBlockers(content: readonly Blocker[], accountability: readonly Blocker[]): Blocker[] {
  const at = content.findIndex((blocker) => AFTER_ACCOUNTABILITY.includes(blocker.code));
  const split = at < 0 ? content.length : at;
  return [...content.slice(0, split), ...accountability, ...content.slice(split)];
}

/**
 * Every participating agency's lead signs the plan (DESIGN section 1): an agency without an active
 * agency lead (an oversight office, whose people never hold that role, or an agency whose lead
 * left) could never sign, and the plan would wait in review for good. Judged until every agency has
 * signed (READINESS_CHECKED_WHILE): activating an approved plan needs no one's signature.
 */
function signerBlockers(plan: ReadinessInput): Blocker[] {
  const leads = plan.accountability?.agenciesWithLead;
  if (!leads || (plan.status !== undefined && !(READINESS_CHECKED_WHILE as readonly string[]).includes(plan.status))) return [];
  return plan.agencies
    .filter((agency) => !leads.has(agency.id))
    .map((agency) => ({ code: BlockerCode.AGENCY_WITHOUT_LEAD, message: `${agency.shortName} has no agency lead to sign the plan.`, entityId: agency.id }));
}

function operationTypeBlockers(plan: ReadinessInput): Blocker[] {
  return plan.operationType ? [] : [{ code: BlockerCode.OPERATION_TYPE_MISSING, message: 'The plan has no operation type: agreements and training are matched on it.', entityId: null }];
}

/**
 * Each participating agency other than the lead needs an agreement with the lead agency in force
 * for the whole window (AGREEMENT_MISSING) whose scope covers the operation type (AGREEMENT_SCOPE).
 */
function agreementBlockers(plan: ReadinessInput): Blocker[] {
  const facts = plan.accountability;
  if (!facts || !plan.leadAgencyId || !plan.startsAt || !plan.endsAt) return [];
  const lead = plan.leadAgencyId;
  const leadName = plan.agencies.find((agency) => agency.id === lead)?.shortName ?? 'the lead agency';
  const blockers: Blocker[] = [];
  for (const agency of plan.agencies) {
    if (agency.id === lead) continue;
    const inForce = agreementsInForceBetween(facts.agreements, lead, agency.id, plan.startsAt, plan.endsAt);
    if (inForce.length === 0) {
      blockers.push({ code: BlockerCode.AGREEMENT_MISSING, message: `${agency.shortName} has no agreement with ${leadName} in force for the whole operation window.`, entityId: agency.id });
    } else if (plan.operationType && !inForce.some((a) => a.scope.includes(plan.operationType as string))) {
      blockers.push({ code: BlockerCode.AGREEMENT_SCOPE, message: `No agreement between ${agency.shortName} and ${leadName} covers this type of operation.`, entityId: agency.id });
    }
  }
  return blockers;
}

/**
 * The courses the operation type requires that `userId` does not hold current through `until`
 * (null: no end to judge by, so any completion counts).
 */
export function coursesLacking(facts: Pick<AccountabilityFacts, 'requiredCourses' | 'records'>, userId: string, until: DateLike | null): AccountabilityFacts['requiredCourses'] {
  return facts.requiredCourses.filter((course) => !facts.records.some((r) => r.userId === userId && r.courseId === course.id && (until === null || trainingCurrentThrough(r, until))));
}

/** Every role's assignee holds each course the operation type requires, current through the window's end. */
function trainingBlockers(plan: ReadinessInput): Blocker[] {
  const facts = plan.accountability;
  if (!facts || !plan.operationType || !plan.endsAt) return [];
  const end = plan.endsAt;
  const blockers: Blocker[] = [];
  for (const role of plan.roles) {
    if (!role.assigneeId) continue;
    for (const course of coursesLacking(facts, role.assigneeId, end)) {
      const name = facts.people.get(role.assigneeId) ?? 'The assignee';
      blockers.push({ code: BlockerCode.TRAINING_MISSING, message: `${name} (${role.title}) lacks ${course.title} (${course.code}), current through the end of the operation.`, entityId: role.id });
    }
  }
  return blockers;
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
  const agenciesWithResources = new Set(plan.resources.filter((resource) => resource.quantity > 0).map((resource) => resource.agencyId));
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

/** Every operation but a training exercise names its command post (ICS: where command sits). */
function placeBlockers(plan: ReadinessInput): Blocker[] {
  if (!needsCommandPost(plan.operationType) || plan.places.some((place) => place.kind === PlaceKind.COMMAND_POST)) return [];
  return [{ code: BlockerCode.NO_COMMAND_POST, message: 'The plan has no command post: add one under Places.', entityId: null }];
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
