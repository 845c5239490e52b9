import type { DocumentNode } from 'graphql';
import {
  ApprovalFieldsFragmentDoc,
  type ApprovalFieldsFragment,
  ActivityEntryFieldsFragmentDoc,
  AfterActionReportFieldsFragmentDoc,
  CorrectiveActionFieldsFragmentDoc,
  DebriefFieldsFragmentDoc,
  type ActivityEntryFieldsFragment,
  type AfterActionReportFieldsFragment,
  type CorrectiveActionFieldsFragment,
  type DebriefFieldsFragment,
  LivePlanFieldsFragmentDoc,
  type LivePlanFieldsFragment,
  type PlanEventFieldsFragment,
} from '@jointops/web-data';
import type { PlanListField } from '../plans/plan-cache';
import { WEB_PLAN_PARTS, type PlanPartEntity } from '../plans/plan-parts';

/** The entity an event carries, as the workspace fragments read it. */
export type LiveEntity =
  | ({ __typename: 'Plan' } & LivePlanFieldsFragment)
  | PlanPartEntity
  | ({ __typename: 'Approval' } & ApprovalFieldsFragment)
  | ({ __typename: 'ActivityEntry' } & ActivityEntryFieldsFragment)
  | ({ __typename: 'Debrief' } & DebriefFieldsFragment)
  | ({ __typename: 'AfterActionReport' } & AfterActionReportFieldsFragment)
  | ({ __typename: 'CorrectiveAction' } & CorrectiveActionFieldsFragment);

export type LiveTypename = LiveEntity['__typename'];

export interface EntitySpec {
  typename: LiveTypename;
  fragment: DocumentNode;
  fragmentName: string;
  /** The `Plan` list the entity belongs to; none for the plan itself. */
  list?: PlanListField;
  /** One entry per agency in the list (approvals): a new one replaces its agency's old one (re-submission recreates them). */
  onePerAgency?: boolean;
  /** Field the list is ordered by, as the section shows it. */
  sortBy?: 'position' | 'startsAt' | 'at';
  /** Where an after-action entity hangs instead of a plan list: `Plan.afterActionReport`, or the report's corrective actions. */
  attach?: 'afterActionReport' | 'reportCorrectiveActions';
  /**
   * The server may withhold the node of this entity's events from the caller (a draft debrief is its
   * author's until submitted): a null node then means "not yours to see", never "removed".
   */
  withheldWhenNull?: boolean;
  /** Its items may name one of the plan's places, which list them by title (`Place.namedBy`). */
  namesPlace?: boolean;
}

/** Event `entityType` -> how the entity is cached. */
export const ENTITY_SPECS: Record<string, EntitySpec> = {
  PLAN: { typename: 'Plan', fragment: LivePlanFieldsFragmentDoc, fragmentName: 'LivePlanFields' },
  ...Object.fromEntries(
    WEB_PLAN_PARTS.map(({ part, fragment, fragmentName, sortBy }): [string, EntitySpec] => [part.entityType, { typename: part.typename, fragment, fragmentName, list: part.key, sortBy, namesPlace: part.namesPlace }]),
  ),
  APPROVAL: { typename: 'Approval', fragment: ApprovalFieldsFragmentDoc, fragmentName: 'ApprovalFields', list: 'approvals', onePerAgency: true },
  ACTIVITY_ENTRY: { typename: 'ActivityEntry', fragment: ActivityEntryFieldsFragmentDoc, fragmentName: 'ActivityEntryFields', list: 'activityLog', sortBy: 'at' },
  DEBRIEF: { typename: 'Debrief', fragment: DebriefFieldsFragmentDoc, fragmentName: 'DebriefFields', list: 'debriefs', withheldWhenNull: true },
  AFTER_ACTION_REPORT: { typename: 'AfterActionReport', fragment: AfterActionReportFieldsFragmentDoc, fragmentName: 'AfterActionReportFields', attach: 'afterActionReport' },
  CORRECTIVE_ACTION: { typename: 'CorrectiveAction', fragment: CorrectiveActionFieldsFragmentDoc, fragmentName: 'CorrectiveActionFields', attach: 'reportCorrectiveActions' },
};

/**
 * The event's node with all its fields. The subscription asks for the node under three aliases
 * (see live.graphql); the one whose type matched carries the fields, the others only `__typename`.
 */
export function liveNodeOf(event: Pick<PlanEventFieldsFragment, 'node' | 'optionalAgencyNode' | 'planNode'> & Partial<Pick<PlanEventFieldsFragment, 'debriefNode' | 'reportNode' | 'approvalNode'>>): LiveEntity | null {
  for (const candidate of [event.node, event.optionalAgencyNode, event.planNode, event.debriefNode, event.reportNode, event.approvalNode]) {
    if (candidate && 'id' in candidate) return candidate as LiveEntity;
  }
  return null;
}

/** The event's entity exists but its content was withheld from this caller (another member's draft debrief). */
export function isWithheld(event: Pick<PlanEventFieldsFragment, 'entityType' | 'node' | 'optionalAgencyNode' | 'planNode'> & Partial<Pick<PlanEventFieldsFragment, 'debriefNode' | 'reportNode' | 'approvalNode'>>): boolean {
  return ENTITY_SPECS[event.entityType]?.withheldWhenNull === true && liveNodeOf(event) === null;
}
