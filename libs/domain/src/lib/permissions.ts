import { isOpenFor, nextStatus, PlanAction, type PlanStatus, canEditContent } from './plan-lifecycle';
import { CONTENT_EDITOR_ROLES, DIRECTORY_ROLES, hasAnyRole, MEMBER_ROLES, Role, TRANSPARENCY_REPORT_ROLES } from './roles';

/**
 * Who may do what (docs/architecture.md#permissions), once, for the API and the web app alike.
 *
 * `can(user, action, plan?, subject?)` answers *who*: the user's roles and how their agency stands
 * to the plan (taking part, the lead agency, the owner of the thing acted on). *When* (which plan
 * status allows an action) is the lifecycle's: `statusAllows(action, status)` reads it from
 * plan-lifecycle.ts. The API needs the two apart, because they answer differently: a caller who
 * may not act gets FORBIDDEN, an action the plan's status does not allow gets INVALID_STATE. The
 * web shows a control only when both hold (`canNow`).
 */
export const PERMISSION_ACTIONS = [
  /** See the plan, its log and presence; subscribe to it. */
  'plan.read',
  /** Change the plan's fields and parts (objectives, roles, checklist, timeline, resources, comms). */
  'plan.editContent',
  /** Add or remove participating agencies. */
  'plan.manageAgencies',
  /** Submit for review. */
  'plan.submit',
  /** Approve or reject for one's own agency (subject: the approval's agency). */
  'approval.decide',
  'plan.activate',
  'plan.complete',
  'plan.cancel',
  /** Mark a required checklist item NOT_APPLICABLE. */
  'checklist.markNotApplicable',
  /** Remove a required checklist item, change its text, category or citation, or make it optional. */
  'checklist.alterRequired',
  /** Record a timeline event's actual start and end. */
  'actuals.record',
  'activity.log',
  /** Write one's own debrief. */
  'debrief.save',
  /** Submit a debrief (subject: its author). */
  'debrief.submit',
  /** Draft, edit and finalize the after-action report. */
  'report.edit',
  'correctiveAction.add',
  /** Update a corrective action (subject: its owner agency). */
  'correctiveAction.update',
  /** Read the plan's access log. */
  'accessLog.read',
  /** Read a debrief that is still a draft (subject: its author). Submitted ones follow plan.read. */
  'debrief.readDraft',
  /** Create a plan (the creator's agency leads it). */
  'plan.create',
  /** See every plan, without taking part in it. */
  'plan.readAll',
  /** Read the transparency report's exact figures. */
  'transparency.read',
  /** Read a user's email (subject: the user's agency). */
  'user.readEmail',
  /** List every account. */
  'user.listAll',
  /** List the accounts of one's own agency, besides those of the plans one sees. */
  'user.listOwnAgency',
  'agency.create',
  'user.create',
  /** Edit another account: name, agency, roles; disable or re-enable it; reset its credentials. */
  'user.update',
  /** Create, update and terminate agreements, upload their documents (docs/architecture.md#agreements-and-training). */
  'agreement.manage',
  /** Read every agreement. Members of a party agency read their own; plan members read those covering their plan. */
  'agreement.readAll',
  /** Read the agreements an agency is party to (subject: the agency). */
  'agreement.readAgency',
  /** Read who downloaded an agreement's document and who was refused (subject: a party agency). */
  'agreement.readAccessLog',
  'course.create',
  /** Record a completed course (subject: the trainee's agency). */
  'training.record',
  /** Read training records (subject: the trainee's agency, and the trainee as `authorId`: everyone reads their own). */
  'training.read',
  /** Read and handle complaints (link, move, close with an outcome): the one thing oversight writes. */
  'complaint.handle',
  /** Read the effectiveness report (subject: the agency it is limited to; OVERSIGHT reads every operation). */
  'effectiveness.read',
] as const;
export type PermissionAction = (typeof PERMISSION_ACTIONS)[number];

/** Who asks. Without an agency (or id), the rules that need one answer false. */
export interface PermissionUser {
  id?: string | null;
  roles: readonly string[];
  agencyId?: string | null;
}

/** The plan acted on, as both sides have it. The lead agency is one of `agencyIds`. */
export interface PermissionPlan {
  /** The participating agencies. */
  agencyIds: readonly string[];
  /** Needed by the lead-agency rules; without it they answer false. */
  leadAgencyId?: string | null;
  status?: PlanStatus | string;
}

/** What the action is about, for the rules that depend on it. */
export interface PermissionSubject {
  /** The agency the thing belongs to: an approval's agency, a corrective action's owner, a user's agency. */
  agencyId?: string | null;
  /** The author of a debrief. */
  authorId?: string | null;
}

/**
 * One rule. The action is allowed when any grant holds; `only` then narrows it.
 * - `anywhere`: these roles, whatever the plan (no plan needed);
 * - `member`: these roles, for a user whose agency takes part in the plan;
 * - `leadAgency`: these roles, for a user of the plan's lead agency (which takes part);
 * - `ownerAgency`: these roles, for a participating user of the subject's agency;
 * - `sameAgency`: any user of the subject's agency; `author`: the subject's author.
 * - `agency`: these roles, for a user of the subject's agency (no plan needed).
 * - `only`: 'ownAgency' (the subject, when named, is the user's agency) or 'author' (the user wrote it).
 */
interface Rule {
  anywhere?: readonly Role[];
  member?: readonly Role[];
  leadAgency?: readonly Role[];
  ownerAgency?: readonly Role[];
  sameAgency?: true;
  agency?: readonly Role[];
  author?: true;
  only?: 'ownAgency' | 'author';
}

const EDITORS = CONTENT_EDITOR_ROLES;
const LEADS: readonly Role[] = [Role.AGENCY_LEAD];
const OVERSIGHT: readonly Role[] = [Role.OVERSIGHT];
const ADMIN: readonly Role[] = [Role.ADMIN];

/** The rules, one per action. OVERSIGHT reads every plan and changes none; ADMIN alone is no member. */
export const PERMISSION_RULES: Readonly<Record<PermissionAction, Readonly<Rule>>> = {
  'plan.read': { anywhere: OVERSIGHT, member: MEMBER_ROLES },
  'plan.editContent': { member: EDITORS },
  'plan.manageAgencies': { leadAgency: EDITORS },
  'plan.submit': { leadAgency: EDITORS },
  'approval.decide': { member: LEADS, only: 'ownAgency' },
  'plan.activate': { leadAgency: LEADS },
  'plan.complete': { leadAgency: LEADS },
  'plan.cancel': { leadAgency: LEADS },
  'checklist.markNotApplicable': { member: LEADS },
  'checklist.alterRequired': { member: LEADS },
  'actuals.record': { member: MEMBER_ROLES },
  'activity.log': { member: MEMBER_ROLES },
  'debrief.save': { member: MEMBER_ROLES },
  'debrief.submit': { member: MEMBER_ROLES, only: 'author' },
  'report.edit': { leadAgency: EDITORS },
  'correctiveAction.add': { leadAgency: EDITORS },
  'correctiveAction.update': { leadAgency: EDITORS, ownerAgency: EDITORS },
  'accessLog.read': { anywhere: OVERSIGHT, leadAgency: LEADS },
  'debrief.readDraft': { anywhere: OVERSIGHT, author: true },
  'plan.create': { anywhere: EDITORS },
  'plan.readAll': { anywhere: OVERSIGHT },
  'transparency.read': { anywhere: TRANSPARENCY_REPORT_ROLES },
  'user.readEmail': { anywhere: DIRECTORY_ROLES, sameAgency: true },
  'user.listAll': { anywhere: DIRECTORY_ROLES },
  'user.listOwnAgency': { anywhere: LEADS },
  'agency.create': { anywhere: ADMIN },
  'user.create': { anywhere: ADMIN },
  'user.update': { anywhere: ADMIN },
  'agreement.manage': { anywhere: ADMIN },
  'agreement.readAll': { anywhere: [Role.ADMIN, Role.OVERSIGHT] },
  'agreement.readAgency': { anywhere: [Role.ADMIN, Role.OVERSIGHT], sameAgency: true },
  'agreement.readAccessLog': { anywhere: OVERSIGHT, agency: LEADS },
  'course.create': { anywhere: ADMIN },
  'training.record': { anywhere: ADMIN, agency: LEADS },
  'training.read': { anywhere: [Role.ADMIN, Role.OVERSIGHT], agency: LEADS, author: true },
  'complaint.handle': { anywhere: OVERSIGHT },
  'effectiveness.read': { anywhere: OVERSIGHT, agency: LEADS },
};

const holds = (user: PermissionUser, roles: readonly Role[] | undefined) => roles !== undefined && hasAnyRole(user.roles as readonly Role[], roles);

/** A user whose agency takes part in the plan and who holds a member role (PLANNER, AGENCY_LEAD or OFFICER). */
export function isPlanMember(user: PermissionUser, plan: PermissionPlan | null | undefined): boolean {
  return plan != null && user.agencyId != null && holds(user, MEMBER_ROLES) && plan.agencyIds.includes(user.agencyId);
}

/**
 * Whether any plan could be the user's to read: a member role (PLANNER, AGENCY_LEAD, OFFICER) or
 * one that reads every plan (OVERSIGHT). An administrator alone reads none, so has no plan list.
 */
export function readsPlans(user: PermissionUser | null | undefined): boolean {
  if (!user) return false;
  const rule = PERMISSION_RULES['plan.read'];
  return holds(user, rule.anywhere) || holds(user, rule.member);
}

/** Whether `user` may take `action` (on `plan`, about `subject`): who, not when. */
export function can(user: PermissionUser | null | undefined, action: PermissionAction, plan?: PermissionPlan | null, subject?: PermissionSubject | null): boolean {
  if (!user) return false;
  const rule = PERMISSION_RULES[action];
  const member = isPlanMember(user, plan);
  const ownAgency = (agencyId: string | null | undefined) => agencyId != null && agencyId === user.agencyId;
  const granted =
    holds(user, rule.anywhere) ||
    (member && holds(user, rule.member)) ||
    (member && ownAgency(plan?.leadAgencyId) && holds(user, rule.leadAgency)) ||
    (member && ownAgency(subject?.agencyId) && holds(user, rule.ownerAgency)) ||
    (rule.sameAgency === true && ownAgency(subject?.agencyId)) ||
    (ownAgency(subject?.agencyId) && holds(user, rule.agency)) ||
    (rule.author === true && user.id != null && subject?.authorId === user.id);
  if (!granted) return false;
  if (rule.only === 'ownAgency') return subject?.agencyId == null || ownAgency(subject.agencyId);
  if (rule.only === 'author') return user.id != null && subject?.authorId === user.id;
  return true;
}

/** The roles that hold an action regardless of any plan: what `@RequireRoles` checks for it in the API. */
export function rolesFor(action: PermissionAction): readonly Role[] {
  return PERMISSION_RULES[action].anywhere ?? [];
}

/**
 * Whether the plan's status lets anyone take the action (the lifecycle's part; `can` is the
 * user's). Actions that are not about a plan's state are always allowed here.
 */
export function statusAllows(action: PermissionAction, status: PlanStatus | string): boolean {
  const s = status as PlanStatus;
  switch (action) {
    case 'plan.editContent':
    case 'plan.manageAgencies':
    case 'checklist.markNotApplicable':
    case 'checklist.alterRequired':
      return canEditContent(s);
    case 'plan.submit':
      return nextStatus(s, PlanAction.SUBMIT) !== null;
    case 'plan.activate':
      return nextStatus(s, PlanAction.ACTIVATE) !== null;
    case 'plan.complete':
      return nextStatus(s, PlanAction.COMPLETE) !== null;
    case 'plan.cancel':
      return nextStatus(s, PlanAction.CANCEL) !== null;
    case 'approval.decide':
      return isOpenFor('decisions', s);
    case 'actuals.record':
      return isOpenFor('actuals', s);
    case 'activity.log':
      return isOpenFor('activityLog', s);
    case 'debrief.save':
    case 'debrief.submit':
      return isOpenFor('debriefs', s);
    case 'report.edit':
      return isOpenFor('report', s);
    case 'correctiveAction.add':
      return isOpenFor('correctiveActions', s);
    default:
      return true;
  }
}

/** Who and when together: what the web checks before it shows a control. Without a status, who alone. */
export function canNow(user: PermissionUser | null | undefined, action: PermissionAction, plan?: PermissionPlan | null, subject?: PermissionSubject | null): boolean {
  return can(user, action, plan, subject) && (plan?.status == null || statusAllows(action, plan.status));
}
