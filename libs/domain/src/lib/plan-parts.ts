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
  /** Its items may name one of the plan's places (`placeId`): `Place.namedBy` lists them, and a place they name cannot be removed. */
  readonly namesPlace?: boolean;
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

/** How a part is declared: its labels default to its section and noun where they say the same. */
interface PlanPartDeclaration extends Omit<PlanPart, 'labels'> {
  readonly section: string;
  readonly anItem: string;
  readonly diffSection?: string;
  readonly diffNoun?: string;
}

function planPart<const D extends PlanPartDeclaration>(declared: D): PlanPart & Pick<D, 'entityType' | 'typename' | 'key'> {
  const { entityType, typename, key, noun, order, section, anItem } = declared;
  return {
    entityType,
    typename,
    key,
    noun,
    order,
    ...(declared.namesPlace ? { namesPlace: true } : {}),
    labels: { section, diffSection: declared.diffSection ?? section, diffNoun: declared.diffNoun ?? noun, anItem },
  };
}

export const OBJECTIVES_PART = planPart({ order: 1, entityType: 'OBJECTIVE', typename: 'Objective', key: 'objectives', noun: 'Objective', section: 'Objectives', anItem: 'an objective' });
export const ROLES_PART = planPart({ order: 2, entityType: 'ROLE', typename: 'RoleAssignment', key: 'roles', noun: 'Role', section: 'Roles', anItem: 'a role', namesPlace: true });
export const CHECKLIST_PART = planPart({ order: 3, entityType: 'CHECKLIST_ITEM', typename: 'ChecklistItem', key: 'checklist', noun: 'Checklist item', section: 'Checklist', anItem: 'a checklist item' });
export const TIMELINE_PART = planPart({ order: 4, entityType: 'TIMELINE_EVENT', typename: 'TimelineEvent', key: 'timeline', noun: 'Timeline event', section: 'Timeline', anItem: 'a timeline event', namesPlace: true });
export const RESOURCES_PART = planPart({ order: 5, entityType: 'RESOURCE', typename: 'ResourceCommitment', key: 'resources', noun: 'Resource commitment', section: 'Resources', anItem: 'a resource commitment', diffNoun: 'Resource' });
export const COMMS_PART = planPart({ order: 6, entityType: 'COMMS_CHANNEL', typename: 'CommsChannel', key: 'comms', noun: 'Channel', section: 'Communications', anItem: 'a communications channel' });
export const PLACES_PART = planPart({ order: 7, entityType: 'PLACE', typename: 'Place', key: 'places', noun: 'Place', section: 'Places', anItem: 'a place' });

/** Every part of a plan's content, in order. Add a new part here (one line). */
export const PLAN_PARTS = [OBJECTIVES_PART, ROLES_PART, CHECKLIST_PART, TIMELINE_PART, RESOURCES_PART, COMMS_PART, PLACES_PART] as const satisfies readonly PlanPart[];

export type PlanPartKey = (typeof PLAN_PARTS)[number]['key'];
export type PlanPartTypename = (typeof PLAN_PARTS)[number]['typename'];

/** The part whose events carry `entityType`, if it is a plan part. */
export function planPartOf(entityType: string): PlanPart | undefined {
  return PLAN_PARTS.find((part) => part.entityType === entityType);
}

/**
 * The GraphQL object types that are plan content: every read of one by a query or subscription is
 * access-logged, under the root field that returned it (the API's PlanReadRecorder, which says how
 * each names its plan). The web's access log needs a label for every root field that can reach one.
 */
export const PLAN_CONTENT_TYPENAMES = [
  'Plan',
  ...PLAN_PARTS.map((part) => part.typename),
  'Approval',
  'PlanEvent',
  'PlanChange',
  'Presence',
  'ActivityEntry',
  'Debrief',
  'AfterActionReport',
  'CorrectiveAction',
  'LessonHit',
  'MyWorkDecision',
  'MyWorkDebrief',
  'MyWorkAction',
  'Notification',
  'EffectivenessOperation',
] as const;
export type PlanContentTypename = (typeof PLAN_CONTENT_TYPENAMES)[number];
