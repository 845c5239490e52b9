import type { PermissionUser } from '@jointops/domain';
import { planCan, type WebPlan } from '../shared/permissions/useCan';

/** What the operation, debrief and report sections show, from `can` in libs/domain (the server enforces it anyway). */
export function afterActionAccess(plan: WebPlan, me: PermissionUser) {
  const may = planCan(me, plan);
  return {
    member: may.member,
    canLogActivity: may('activity.log'),
    canRecordActuals: may('actuals.record'),
    canDebrief: may('debrief.save'),
    /** Draft, edit and finalize the report; add corrective actions. */
    canEditReport: may('report.edit'),
  };
}

/** Sections shown only once the plan runs. */
export const showsOperation = (status: string) => status === 'ACTIVE' || status === 'COMPLETED' || status === 'CLOSED';
export const showsDebrief = (status: string) => status === 'ACTIVE' || status === 'COMPLETED' || status === 'CLOSED';
export const showsReport = (status: string) => status === 'COMPLETED' || status === 'CLOSED';
