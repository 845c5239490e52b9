import { Injectable } from '@nestjs/common';
import type { AccountabilityFacts, Blocker } from '@jointops/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { PlanAccountabilityRepository } from './plan-accountability.repository';
import { type PlanContent, readinessOf } from './plan-content.service';
import type { Plan } from './plan.entity';
import type { PlanChange } from './plan-change.types';
import { PlanException, PlanExceptionCode } from './plan.exception';

/** A plan with its content: what readiness is judged on. */
export interface ReadinessSubject {
  plan: Plan;
  content: PlanContent;
}

/**
 * Readiness as the API judges it (docs/architecture.md#plan-lifecycle-and-readiness): the content
 * rules the web app also runs, and the agreement and training rules, which need records only the
 * API may read.
 */
@Injectable()
export class PlanReadinessService {
  constructor(
    private readonly accountability: PlanAccountabilityRepository,
    private readonly clock: Clock,
  ) {}

  /** The accountability facts of several plans at once (the GraphQL loader's batch). */
  factsOf(subjects: ReadonlyArray<ReadinessSubject>, manager?: EntityManager): Promise<AccountabilityFacts[]> {
    return this.accountability.factsFor(
      subjects.map(({ plan, content }) => ({ leadAgencyId: plan.leadAgencyId, operationType: plan.operationType, assigneeIds: assigneesOf(content), agencyIds: content.agencyIds })),
      manager,
    );
  }

  /** The blockers of one plan; inside a change, pass its manager so the rules read what the change sees. */
  async blockers(subject: ReadinessSubject, shortNames: ReadonlyMap<string, string>, manager?: EntityManager, facts?: AccountabilityFacts): Promise<Blocker[]> {
    const accountability = facts ?? (await this.factsOf([subject], manager))[0];
    return readinessOf(subject.plan, subject.content, shortNames, this.clock.now(), accountability);
  }

  /**
   * Refuses a step (submission, approval, activation) while the plan has blockers: INVALID_STATE
   * with the blockers in `extensions.blockers`. Judged in the step's transaction.
   */
  async assertReady(change: PlanChange, content: PlanContent): Promise<void> {
    const shortNames = await this.accountability.shortNames(change.manager, content.agencyIds);
    const blockers = await this.blockers({ plan: change.plan, content }, shortNames, change.manager);
    if (blockers.length > 0) {
      throw new PlanException(PlanExceptionCode.PLAN_NOT_READY, `The plan is not ready: ${blockers.length} blocker${blockers.length === 1 ? '' : 's'}.`, { blockers });
    }
  }
}

const assigneesOf = (content: PlanContent): string[] => content.roles.flatMap((role) => (role.assigneeId ? [role.assigneeId] : []));
