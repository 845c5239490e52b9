import type { PlanStatus } from '@jointops/domain';

interface AccessPlan {
  status: PlanStatus | string;
  leadAgency: { id: string };
  agencies: ReadonlyArray<{ id: string }>;
}
interface AccessUser {
  roles: readonly string[];
  agencyId: string;
}

const EDITOR = ['PLANNER', 'AGENCY_LEAD'];

/** Mirrors the plan permissions (docs/architecture.md#permissions) for the operation and after-action parts (the server enforces them anyway). */
export function afterActionAccess(plan: AccessPlan, me: AccessUser) {
  const member = plan.agencies.some((a) => a.id === me.agencyId);
  const leadEditor = member && plan.leadAgency.id === me.agencyId && me.roles.some((r) => EDITOR.includes(r));
  const oversight = me.roles.includes('OVERSIGHT');
  const s = plan.status;
  return {
    member,
    oversight,
    /** Log activity: members (any role) while ACTIVE. */
    canLogActivity: member && s === 'ACTIVE',
    /** Record timeline actuals: members while ACTIVE or COMPLETED. */
    canRecordActuals: member && (s === 'ACTIVE' || s === 'COMPLETED'),
    /** Save or submit one's own debrief: members while ACTIVE or COMPLETED. */
    canDebrief: member && (s === 'ACTIVE' || s === 'COMPLETED'),
    /** Draft, edit, finalize the AAR and add corrective actions: lead-agency planners and leads while COMPLETED. */
    canEditReport: leadEditor && s === 'COMPLETED',
    leadEditor,
  };
}

/** Sections shown only once the plan runs. */
export const showsOperation = (status: string) => status === 'ACTIVE' || status === 'COMPLETED' || status === 'CLOSED';
export const showsDebrief = (status: string) => status === 'ACTIVE' || status === 'COMPLETED' || status === 'CLOSED';
export const showsReport = (status: string) => status === 'COMPLETED' || status === 'CLOSED';
