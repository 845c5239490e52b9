/**
 * The parts of a plan's content, declared once. The API (loading, the event node union, the diff,
 * agency holdings) and the web (live cache updates, plan diff, activity feed, navigation) iterate
 * this list instead of naming each part. A new part is one entry here plus its own folders.
 */
export interface PlanPart {
  /** The event log's `entityType`: the part's events are `<entityType>_ADDED|_UPDATED|_REMOVED`. */
  readonly entityType: string;
  /** The GraphQL object type of one item. */
  readonly typename: string;
  /** The `Plan` field that lists the items; also the workspace section's path. */
  readonly key: string;
  /** One item, as messages name it: `Channel was changed by someone else`, `1 channel`. */
  readonly noun: string;
  /** Where the part comes in the workspace, the diff and the plan's content. */
  readonly order: number;
  readonly labels: {
    /** The workspace navigation entry. */
    readonly section: string;
    /** The heading of the part's changes in "what changed". */
    readonly diffSection: string;
    /** One item in "what changed", as in `Resource “Officers”`. */
    readonly diffNoun: string;
    /** An item one knows nothing more about, in a sentence: `added an objective`. */
    readonly anItem: string;
  };
}

export const OBJECTIVES_PART = {
  entityType: 'OBJECTIVE',
  typename: 'Objective',
  key: 'objectives',
  noun: 'Objective',
  order: 1,
  labels: { section: 'Objectives', diffSection: 'Objectives', diffNoun: 'Objective', anItem: 'an objective' },
} as const satisfies PlanPart;

export const ROLES_PART = {
  entityType: 'ROLE',
  typename: 'RoleAssignment',
  key: 'roles',
  noun: 'Role',
  order: 2,
  labels: { section: 'Roles', diffSection: 'Roles', diffNoun: 'Role', anItem: 'a role' },
} as const satisfies PlanPart;

export const CHECKLIST_PART = {
  entityType: 'CHECKLIST_ITEM',
  typename: 'ChecklistItem',
  key: 'checklist',
  noun: 'Checklist item',
  order: 3,
  labels: { section: 'Checklist', diffSection: 'Checklist', diffNoun: 'Checklist item', anItem: 'a checklist item' },
} as const satisfies PlanPart;

export const TIMELINE_PART = {
  entityType: 'TIMELINE_EVENT',
  typename: 'TimelineEvent',
  key: 'timeline',
  noun: 'Timeline event',
  order: 4,
  labels: { section: 'Timeline', diffSection: 'Timeline', diffNoun: 'Timeline event', anItem: 'a timeline event' },
} as const satisfies PlanPart;

export const RESOURCES_PART = {
  entityType: 'RESOURCE',
  typename: 'ResourceCommitment',
  key: 'resources',
  noun: 'Resource commitment',
  order: 5,
  labels: { section: 'Resources', diffSection: 'Resources', diffNoun: 'Resource', anItem: 'a resource commitment' },
} as const satisfies PlanPart;

export const COMMS_PART = {
  entityType: 'COMMS_CHANNEL',
  typename: 'CommsChannel',
  key: 'comms',
  noun: 'Channel',
  order: 6,
  labels: { section: 'Communications', diffSection: 'Comms', diffNoun: 'Channel', anItem: 'a communications channel' },
} as const satisfies PlanPart;

/** Every part of a plan's content, in order. Add a new part here (one line). */
export const PLAN_PARTS = [OBJECTIVES_PART, ROLES_PART, CHECKLIST_PART, TIMELINE_PART, RESOURCES_PART, COMMS_PART] as const satisfies readonly PlanPart[];

export type PlanPartKey = (typeof PLAN_PARTS)[number]['key'];
export type PlanPartTypename = (typeof PLAN_PARTS)[number]['typename'];

/** The part whose events carry `entityType`, if it is a plan part. */
export function planPartOf(entityType: string): PlanPart | undefined {
  return PLAN_PARTS.find((part) => part.entityType === entityType);
}
