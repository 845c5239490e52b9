import { approvalsVoidedByContentChange, contentChangeVoidsApprovals, nextStatus, PlanAction } from '@jointops/domain';
import { Approval, ApprovalStatus } from '../approvals/approval.entity';
import type { PlanChange } from './plan-change.types';
import { moveTo } from './plan-status';

/**
 * A content change in IN_REVIEW or APPROVED turns every APPROVED approval
 * STALE, and an APPROVED plan goes back to IN_REVIEW, in the same transaction and with its own
 * events. Nobody executes a plan that changed after it was signed.
 */
export async function voidSignOffs(change: PlanChange): Promise<void> {
  const { plan, manager } = change;
  if (!contentChangeVoidsApprovals(plan.status)) return;
  const approved = approvalsVoidedByContentChange(plan.status, await manager.find(Approval, { where: { planId: plan.id, status: ApprovalStatus.APPROVED } }));
  for (const approval of approved) {
    approval.status = ApprovalStatus.STALE;
    await manager.update(Approval, { id: approval.id }, { status: ApprovalStatus.STALE });
    change.log({ type: 'APPROVAL_STALE', entityType: 'APPROVAL', entityId: approval.id, data: approval });
  }
  const reopened = nextStatus(plan.status, PlanAction.CONTENT_CHANGE);
  if (reopened && reopened !== plan.status) await moveTo(change, reopened, 'PLAN_REOPENED');
}
