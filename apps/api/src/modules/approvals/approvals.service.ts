import { Injectable } from '@nestjs/common';
import { checkText, collectViolations, LIMITS, nextStatus, PlanAction, PlanStatus, statusAllows } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanChangeService } from '../plans/plan-change.service';
import { contentHashOf, PlanContentService } from '../plans/plan-content.service';
import { PlanReadinessService } from '../plans/plan-readiness.service';
import { type Plan, planSnapshot } from '../plans/plan.entity';
import { signatureOf } from '../plans/plan-signature';
import { moveTo } from '../plans/plan-status';
import { PlanException, PlanExceptionCode } from '../plans/plan.exception';
import { Approval, ApprovalStatus, Decision } from './approval.entity';
import { ApprovalException, ApprovalExceptionCode } from './approval.exception';
import { ApprovalRepository } from './approval.repository';

/** Review and sign-off (docs/architecture.md#plan-lifecycle-and-readiness): every participating agency approves the same revision. */
@Injectable()
export class ApprovalsService {
  constructor(
    private readonly changes: PlanChangeService,
    private readonly content: PlanContentService,
    private readonly approvals: ApprovalRepository,
    private readonly readiness: PlanReadinessService,
    private readonly clock: Clock,
  ) {}

  /** DRAFT -> IN_REVIEW, refused with the blockers while readiness has any. One PENDING approval per agency. */
  submit(user: AuthenticatedUser, planId: string): Promise<Plan> {
    return this.changes.run(user, planId, 'plan.submit', async (change) => {
      const { plan, manager } = change;
      const target = nextStatus(plan.status, PlanAction.SUBMIT);
      if (!target) throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `Only a draft can be submitted; this plan is ${plan.status}.`);
      await this.readiness.assertReady(change, (await this.content.load([plan.id]))[0]);
      for (const approval of await this.approvals.requestAll(manager, plan.id, change.agencyIds)) {
        change.log({ type: 'APPROVAL_REQUESTED', entityType: 'APPROVAL', entityId: approval.id, data: approval });
      }
      await moveTo(change, target, 'PLAN_SUBMITTED');
      return plan;
    });
  }

  /**
   * An agency lead decides for their own agency on the current revision only (else CONFLICT).
   * Four eyes: nobody approves a revision whose latest change they made. All approved -> APPROVED;
   * a rejection returns the plan to DRAFT and resets the other approvals.
   */
  decide(user: AuthenticatedUser, planId: string, revision: number, decision: Decision, comment: string): Promise<Approval> {
    return this.changes.run(user, planId, 'approval.decide', async (change) => {
      const { plan, manager } = change;
      const text = (comment ?? '').trim();
      ValidationException.throwIfAny(
        collectViolations(
          checkText('comment', text, LIMITS.textMax),
          decision === Decision.REJECT && text === '' ? { field: 'comment', message: 'Say why the plan is rejected.' } : null,
        ),
      );
      if (!statusAllows('approval.decide', plan.status)) {
        throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `Decisions are taken while the plan is in review; it is ${plan.status}.`, { status: plan.status });
      }
      if (revision !== plan.revision) {
        throw new ApprovalException(ApprovalExceptionCode.WRONG_REVISION, `The plan changed: you are deciding on revision ${revision}, it is now at ${plan.revision}.`, {
          currentVersion: plan.revision,
          currentRevision: plan.revision,
          current: planSnapshot(plan, change.agencyIds),
        });
      }
      if (decision === Decision.APPROVE && plan.lastChangedById === user.id) {
        throw new ApprovalException(ApprovalExceptionCode.FOUR_EYES, 'You made the latest change to this plan; another agency lead must approve this revision.');
      }
      const approval = await this.approvals.forAgency(manager, plan.id, user.agencyId);
      const [content] = await this.content.load([plan.id]);
      if (decision === Decision.APPROVE) await this.readiness.assertReady(change, content);
      const contentHash = contentHashOf(plan, content);
      Object.assign(approval, {
        status: decision === Decision.APPROVE ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED,
        revision: plan.revision,
        contentHash,
        decidedById: user.id,
        decidedAt: this.clock.now(),
        comment: text,
        ...(await signatureOf(change, decision === Decision.APPROVE ? 'APPROVE' : 'REJECT', contentHash)),
      });
      await this.approvals.save(manager, approval);
      change.log({ type: 'APPROVAL_DECIDED', entityType: 'APPROVAL', entityId: approval.id, data: approval });

      if (decision === Decision.REJECT) {
        for (const other of await this.approvals.listFor(manager, plan.id)) {
          if (other.id === approval.id || other.status === ApprovalStatus.PENDING) continue;
          Object.assign(other, { status: ApprovalStatus.PENDING, revision: null, contentHash: null, decidedById: null, decidedAt: null, comment: '', secondFactor: null, meaning: null });
          await this.approvals.save(manager, other);
          change.log({ type: 'APPROVAL_RESET', entityType: 'APPROVAL', entityId: other.id, data: other });
        }
        await moveTo(change, PlanStatus.DRAFT, 'PLAN_REJECTED');
      } else {
        const all = await this.approvals.listFor(manager, plan.id);
        if (all.every((one) => one.status === ApprovalStatus.APPROVED && one.revision === plan.revision)) {
          await moveTo(change, PlanStatus.APPROVED, 'PLAN_APPROVED');
        }
      }
      return approval;
    });
  }
}
