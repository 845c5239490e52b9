import { canEditContent, CONTENT_EDITOR_ROLES, hasAnyRole, nextStatus, PlanAction, PLAN_STATUS_LABELS, PlanStatus, Role } from '@jointops/domain';

export interface PlanAccess {
  /** May change content: objectives, roles, checklist, timeline, resources, comms, plan fields. */
  canEdit: boolean;
  /** May add or remove participating agencies (lead-agency planners and leads). */
  canManageAgencies: boolean;
  /** Why the plan is read-only for this user; null when they may edit. */
  readOnlyReason: string | null;
}

interface AccessPlan {
  status: PlanStatus;
  leadAgency: { id: string };
  agencies: ReadonlyArray<{ id: string }>;
}

interface AccessUser {
  roles: readonly string[];
  agencyId: string;
}

/** Mirrors the plan permissions (docs/architecture.md#permissions); the server enforces them anyway. */
export function planAccess(plan: AccessPlan, me: AccessUser): PlanAccess {
  const roles = me.roles as Role[];
  const member = plan.agencies.some((agency) => agency.id === me.agencyId);
  const editor = hasAnyRole(roles, CONTENT_EDITOR_ROLES);
  const open = canEditContent(plan.status);
  const canEdit = member && editor && open;
  const canManageAgencies = canEdit && plan.leadAgency.id === me.agencyId;

  let readOnlyReason: string | null = null;
  if (!member && roles.includes(Role.OVERSIGHT)) readOnlyReason = 'Oversight view: you can read everything in this plan and change nothing.';
  else if (!open) {
    // The plan's content is frozen, but an active or completed operation still takes its log, actuals and debriefs.
    const running = plan.status === 'ACTIVE' || plan.status === 'COMPLETED';
    readOnlyReason = running
      ? `The plan is ${PLAN_STATUS_LABELS[plan.status]}: its content is frozen. The operation log, actual times and debriefs are open.`
      : `Read-only: the plan is ${PLAN_STATUS_LABELS[plan.status]}.`;
  }
  else if (!member) readOnlyReason = 'Read-only: your agency does not take part in this plan.';
  else if (!editor) readOnlyReason = 'Read-only: only planners and agency leads change plan content.';
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
 * Which lifecycle buttons this user sees (docs/architecture.md#permissions, with the shared state
 * machine): submit for lead-agency planners and leads; activate, complete and cancel for the
 * lead agency's agency leads. `blockerCount` is the readiness blockers as the client counts them.
 */
export function lifecycleOptions(plan: LifecyclePlan, me: AccessUser, blockerCount: number): LifecycleOption[] {
  const roles = me.roles as Role[];
  const leadAgency = plan.leadAgency.id === me.agencyId;
  const leadEditor = leadAgency && hasAnyRole(roles, CONTENT_EDITOR_ROLES);
  const leadLead = leadAgency && roles.includes(Role.AGENCY_LEAD);
  const options: LifecycleOption[] = [];

  if (leadEditor && nextStatus(plan.status, PlanAction.SUBMIT)) {
    const reason = blockerCount > 0 ? `Resolve the ${blockerCount === 1 ? 'blocker' : `${blockerCount} blockers`} first.` : null;
    options.push({ action: 'submit', disabledReason: reason });
  }
  if (leadLead && nextStatus(plan.status, PlanAction.ACTIVATE)) {
    options.push({ action: 'activate', disabledReason: null });
  } else if (leadLead && plan.status === PlanStatus.IN_REVIEW) {
    const { approved, total } = approvalCount(plan);
    options.push({ action: 'activate', disabledReason: `Every agency must approve the current revision first (${approved}/${total} approved).` });
  }
  if (leadLead && nextStatus(plan.status, PlanAction.COMPLETE)) options.push({ action: 'complete', disabledReason: null });
  if (leadLead && nextStatus(plan.status, PlanAction.CANCEL)) options.push({ action: 'cancel', disabledReason: null });
  return options;
}

/** How many participating agencies approved the current revision, of how many. */
export function approvalCount(plan: { approvals: ReadonlyArray<{ status: string; revision?: number | null }>; revision: number }): { approved: number; total: number } {
  return {
    approved: plan.approvals.filter((a) => a.status === 'APPROVED' && (a.revision === undefined || a.revision === plan.revision)).length,
    total: plan.approvals.length,
  };
}

/** An agency lead of a participating agency decides for their own agency, while the plan is in review. */
export function canDecideApproval(plan: AccessPlan, me: AccessUser, approvalAgencyId: string): boolean {
  const roles = me.roles as Role[];
  return (
    plan.status === PlanStatus.IN_REVIEW &&
    roles.includes(Role.AGENCY_LEAD) &&
    approvalAgencyId === me.agencyId &&
    plan.agencies.some((agency) => agency.id === me.agencyId)
  );
}
