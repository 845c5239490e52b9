import { enumOf, type EnumValue } from './enums';
import { can, type PermissionUser } from './permissions';
import type { PlanStatus } from './plan-lifecycle';
import { Role } from './roles';

/**
 * The "My work" page's rules, shared by the API (which selects the items) and the web (which words
 * them). Each list only ever holds plans the user may see.
 */

/** A corrective action is "due soon" when its due date is within this many days. */
export const ACTION_DUE_SOON_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which an open corrective action belongs on My work. */
export function actionDueSoonCutoff(now: Date): Date {
  return new Date(now.getTime() + ACTION_DUE_SOON_DAYS * DAY_MS);
}

/** Which of the My work lists can hold anything for this user (the API skips the others' queries). */
export function myWorkLists(user: PermissionUser): { decisions: boolean; debriefs: boolean; editing: boolean; actions: boolean; reports: boolean } {
  const ownPlan = { leadAgencyId: user.agencyId, agencyIds: user.agencyId ? [user.agencyId] : [], status: 'IN_REVIEW' as PlanStatus };
  const member = can(user, 'debrief.save', ownPlan);
  return {
    // An agency lead of a participating agency decides for it.
    decisions: can(user, 'approval.decide', ownPlan, { agencyId: user.agencyId }),
    // Any member may write a debrief; OFFICERs and role assignees owe one, and anyone with a draft finishes it.
    debriefs: member,
    // "The plan's planners": the lead agency's PLANNERs and the plan's creator.
    editing: can(user, 'plan.create'),
    actions: member,
    // The lead agency owes the after-action report: its planners and leads draft and finalize it.
    reports: can(user, 'report.edit', { ...ownPlan, status: 'COMPLETED' as PlanStatus }),
  };
}

/**
 * The roles that owe a debrief on every operation of their agency (OFFICERs); other members only
 * where a role names them. The API's SQL of who owes one (debriefs/debrief-owed.sql.ts) reads it too.
 */
export const DEBRIEF_EVERY_OPERATION_ROLES: readonly Role[] = [Role.OFFICER];

/** Whether the user owes a debrief on every operation of their agency (DEBRIEF_EVERY_OPERATION_ROLES). */
export function owesEveryDebrief(user: PermissionUser): boolean {
  return DEBRIEF_EVERY_OPERATION_ROLES.some((role) => user.roles.includes(role));
}

/**
 * Whether "Plans you are editing" holds every draft the user's agency leads, besides the ones they
 * created: for those who may edit and submit them (`plan.submit` on the lead agency: its PLANNERs
 * and AGENCY_LEADs).
 */
export function editsLeadAgencyDrafts(user: PermissionUser): boolean {
  const agencyId = user.agencyId;
  return Boolean(agencyId) && can(user, 'plan.submit', { leadAgencyId: agencyId!, agencyIds: [agencyId!], status: 'DRAFT' as PlanStatus });
}

/** Sort orders of the plan list (`plans(orderBy:)`); STATUS sorts in lifecycle order (PLAN_STATUSES), not alphabetically. */
export const PlanOrderField = enumOf('CREATED_AT', 'UPDATED_AT', 'TITLE', 'STATUS', 'STARTS_AT');
export type PlanOrderField = EnumValue<typeof PlanOrderField>;
export const PLAN_ORDER_FIELDS: readonly PlanOrderField[] = Object.values(PlanOrderField);

export const OrderDirection = enumOf('ASC', 'DESC');
export type OrderDirection = EnumValue<typeof OrderDirection>;
