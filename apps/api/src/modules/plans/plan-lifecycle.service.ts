import { Injectable } from '@nestjs/common';
import { checkRequiredText, collectViolations, LIMITS, nextStatus, PlanAction } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { PlanPermission } from './plan-access.service';
import { PlanChangeService } from './plan-change.service';
import { contentHashOf, PlanContentService } from './plan-content.service';
import { PlanReadinessService } from './plan-readiness.service';
import type { PlanChange } from './plan-change.types';
import { signatureOf, type Signature } from './plan-signature';
import { moveTo } from './plan-status';
import type { Plan } from './plan.entity';
import { PlanException, PlanExceptionCode } from './plan.exception';

const VERBS: Partial<Record<PlanAction, { permission: PlanPermission; event: string; refusal: string }>> = {
  ACTIVATE: { permission: 'plan.activate', event: 'PLAN_ACTIVATED', refusal: 'Only an approved plan can be activated' },
  COMPLETE: { permission: 'plan.complete', event: 'PLAN_COMPLETED', refusal: 'Only an active plan can be completed' },
  CANCEL: { permission: 'plan.cancel', event: 'PLAN_CANCELLED', refusal: 'Only a draft, in-review or approved plan can be cancelled' },
};

/** activatePlan, completePlan, cancelPlan: the lead agency's agency lead, along the state machine. */
@Injectable()
export class PlanLifecycleService {
  constructor(
    private readonly changes: PlanChangeService,
    private readonly content: PlanContentService,
    private readonly readiness: PlanReadinessService,
  ) {}

  activate(user: AuthenticatedUser, planId: string): Promise<Plan> {
    return this.step(user, planId, PlanAction.ACTIVATE);
  }

  complete(user: AuthenticatedUser, planId: string): Promise<Plan> {
    return this.step(user, planId, PlanAction.COMPLETE);
  }

  cancel(user: AuthenticatedUser, planId: string, reason: string): Promise<Plan> {
    const trimmed = (reason ?? '').trim();
    ValidationException.throwIfAny(collectViolations(checkRequiredText('reason', trimmed, LIMITS.textMax)));
    return this.step(user, planId, PlanAction.CANCEL, trimmed);
  }

  private step(user: AuthenticatedUser, planId: string, action: PlanAction, cancelReason?: string): Promise<Plan> {
    const verb = VERBS[action]!;
    return this.changes.run(user, planId, verb.permission, async (change) => {
      const target = nextStatus(change.plan.status, action);
      if (!target) {
        throw new PlanException(PlanExceptionCode.PLAN_INVALID_STATE, `${verb.refusal}; this plan is ${change.plan.status}.`, { status: change.plan.status });
      }
      const logged = action === PlanAction.ACTIVATE ? await this.activationSignature(change) : {};
      await moveTo(change, target, verb.event, cancelReason ? { cancelReason } : {}, logged);
      return change.plan;
    });
  }

  /**
   * Activating is a signature: PLAN_ACTIVATED records what was activated and how the signer proved
   * presence. Agreements may have lapsed and training expired since approval: readiness is judged
   * again, and the blockers refuse it.
   */
  private async activationSignature(change: PlanChange): Promise<{ signature: Signature }> {
    const [content] = await this.content.load([change.plan.id]);
    await this.readiness.assertReady(change, content);
    return { signature: await signatureOf(change, 'ACTIVATE', contentHashOf(change.plan, content)) };
  }
}
