import { canEditContent, CONTENT_EDITOR_ROLES, hasAnyRole, PLAN_STATUS_LABELS, Role, type PlanStatus } from '@jointops/domain';

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

/** Mirrors DESIGN.md section 2 (the server enforces it anyway). */
export function planAccess(plan: AccessPlan, me: AccessUser): PlanAccess {
  const roles = me.roles as Role[];
  const member = plan.agencies.some((agency) => agency.id === me.agencyId);
  const editor = hasAnyRole(roles, CONTENT_EDITOR_ROLES);
  const open = canEditContent(plan.status);
  const canEdit = member && editor && open;
  const canManageAgencies = canEdit && plan.leadAgency.id === me.agencyId;

  let readOnlyReason: string | null = null;
  if (!member && roles.includes(Role.OVERSIGHT)) readOnlyReason = 'Oversight view: you can read everything in this plan and change nothing.';
  else if (!open) readOnlyReason = `Read-only: the plan is ${PLAN_STATUS_LABELS[plan.status]}.`;
  else if (!member) readOnlyReason = 'Read-only: your agency does not take part in this plan.';
  else if (!editor) readOnlyReason = 'Read-only: only planners and agency leads change plan content.';
  return { canEdit, canManageAgencies, readOnlyReason };
}
