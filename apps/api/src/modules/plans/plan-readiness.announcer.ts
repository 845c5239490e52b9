import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LiveBus } from '../../core/events/live-bus';
import { PlanAccountabilityRepository } from './plan-accountability.repository';
import { PlanLogWriter } from './plan-log.writer';
import { planSnapshot } from './plan.entity';
import { PlanRepository } from './plan.repository';

/** The plan event that says readiness may have changed without a content edit; it keeps the revision and the content hash. */
export const READINESS_CHANGED = 'READINESS_CHANGED';

/**
 * Tells the plans an agreement or training change may concern that their readiness is to be
 * read again (docs/architecture.md#agreements-and-training): one READINESS_CHANGED event on each,
 * in the caller's transaction, so the change and its announcement commit together.
 */
@Injectable()
export class PlanReadinessAnnouncer {
  constructor(
    private readonly plans: PlanRepository,
    private readonly accountability: PlanAccountabilityRepository,
    private readonly log: PlanLogWriter,
    private readonly bus: LiveBus,
  ) {}

  /**
   * Call inside the transaction that changed agreements (`agencyIds`: the parties, before and after),
   * training (`userIds`: the trainees) or who leads an agency (`agencyIds`: the agencies that gained
   * or lost a lead who can sign). Returns what to call after the commit: it wakes the plans'
   * subscribers.
   */
  async announce(manager: EntityManager, scope: { agencyIds?: readonly string[]; userIds?: readonly string[] }, actorId: string, cause: { kind: 'AGREEMENT' | 'TRAINING' | 'AGENCY_LEAD'; id: string }): Promise<() => void> {
    const heads: Array<{ planId: string; seq: number }> = [];
    if (!scope.agencyIds?.length && !scope.userIds?.length) return () => undefined;
    for (const planId of await this.accountability.plansConcerning(manager, scope)) {
      const locked = await this.plans.lockForChange(manager, planId);
      if (!locked) continue;
      const { plan, agencyIds } = locked;
      await this.log.append(manager, plan, actorId, [{ type: READINESS_CHANGED, entityType: 'PLAN', entityId: plan.id, data: { ...planSnapshot(plan, agencyIds), cause } }], { content: false });
      heads.push({ planId, seq: plan.lastSeq });
    }
    return () => {
      for (const head of heads) void this.bus.publishCommitted({ kind: 'plan-log', planId: head.planId, seq: head.seq });
    };
  }
}
