import { can, PLAN_STATUS_LABELS, PlanStatus, statusAllows, type PermissionAction, type PermissionUser } from '@jointops/domain';
import { planCan, type WebPlan } from '../shared/permissions/useCan';

/**
 * What the workspace shows, from `can` in libs/domain (the API's rules). This file decides
 * nothing itself: it words the answers (why the plan is read-only, why a button is disabled).
 */
export interface PlanAccess {
  /** May change content: objectives, roles, checklist, timeline, resources, comms, plan fields. */
  canEdit: boolean;
  /** May add or remove participating agencies (lead-agency planners and leads). */
  canManageAgencies: boolean;
  /** Why the plan is read-only for this user; null when they may edit. */
  readOnlyReason: string | null;
}

interface AccessPlan extends WebPlan {
  status: PlanStatus;
  leadAgency: { id: string };
}

/** What stays open once a plan's content is frozen, each while its status allows it. */
const OPEN_AFTER_FREEZE: ReadonlyArray<readonly [PermissionAction, string]> = [
  ['activity.log', 'the activity log'],
  ['actuals.record', 'actual times'],
  ['debrief.save', 'debriefs'],
  ['report.edit', 'the after-action report'],
];

const listed = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? ''));
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function planAccess(plan: AccessPlan, me: PermissionUser): PlanAccess {
  const may = planCan(me, plan);
  const canEdit = may('plan.editContent');
  const canManageAgencies = may('plan.manageAgencies');

  let readOnlyReason: string | null = null;
  if (!may.member && can(me, 'plan.readAll')) readOnlyReason = 'Oversight view: you can read everything in this plan and change nothing.';
  else if (!statusAllows('plan.editContent', plan.status)) {
    // The plan's content is frozen, but a running or completed operation still takes what is open at its status.
    const open = OPEN_AFTER_FREEZE.filter(([action]) => statusAllows(action, plan.status)).map(([, what]) => what);
    readOnlyReason =
      open.length > 0
        ? `The plan is ${PLAN_STATUS_LABELS[plan.status]}: its content is frozen. ${capitalize(listed(open))} ${open.length > 1 ? 'are' : 'is'} open.`
        : `Read-only: the plan is ${PLAN_STATUS_LABELS[plan.status]}.`;
  } else if (!may.member) readOnlyReason = 'Read-only: your agency does not take part in this plan.';
  else if (!canEdit) readOnlyReason = 'Read-only: only planners and agency leads change plan content.';
  return { canEdit, canManageAgencies, readOnlyReason };
}

/** A lifecycle action as the header offers it: shown only to who may take it, with why it is disabled. */
export interface LifecycleOption {
  action: 'submit' | 'activate' | 'complete' | 'cancel';
  /** Null when the button can be pressed. */
  disabledReason: string | null;
}

interface LifecyclePlan extends AccessPlan {
  approvals: ReadonlyArray<{ status: string; revision?: number | null }>;
  revision: number;
}

/**
 * Which lifecycle buttons this user sees: each where `can` allows it now; activate also, disabled,
 * to whom may activate once every agency approved. `blockerCount` is the readiness blockers as the
 * server counted them (the header does not load the content the rules read).
 */
export function lifecycleOptions(plan: LifecyclePlan, me: PermissionUser, blockerCount: number): LifecycleOption[] {
  const may = planCan(me, plan);
  const options: LifecycleOption[] = [];

  if (may('plan.submit')) {
    const reason = blockerCount > 0 ? `Resolve the ${blockerCount === 1 ? 'blocker' : `${blockerCount} blockers`} first.` : null;
    options.push({ action: 'submit', disabledReason: reason });
  }
  if (may('plan.activate')) {
    options.push({ action: 'activate', disabledReason: null });
  } else if (may.who('plan.activate') && plan.status === PlanStatus.IN_REVIEW) {
    const { approved, total } = approvalCount(plan);
    options.push({ action: 'activate', disabledReason: `Every agency must approve the current revision first (${approved}/${total} approved).` });
  }
  if (may('plan.complete')) options.push({ action: 'complete', disabledReason: null });
  if (may('plan.cancel')) options.push({ action: 'cancel', disabledReason: null });
  return options;
}

/** How many participating agencies approved the current revision, of how many. */
export function approvalCount(plan: { approvals: ReadonlyArray<{ status: string; revision?: number | null }>; revision: number }): { approved: number; total: number } {
  return {
    approved: plan.approvals.filter((a) => a.status === 'APPROVED' && (a.revision === undefined || a.revision === plan.revision)).length,
    total: plan.approvals.length,
  };
}
