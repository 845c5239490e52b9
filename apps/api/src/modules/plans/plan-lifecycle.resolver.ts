import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanLifecycleService } from './plan-lifecycle.service';
import { Plan } from './plan.entity';

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanLifecycleResolver {
  constructor(private readonly lifecycle: PlanLifecycleService) {}

  @Mutation(() => Plan, { description: 'APPROVED -> ACTIVE, by an AGENCY_LEAD of the lead agency.' })
  activatePlan(@CurrentUser() user: AuthenticatedUser, @Args('planId', { type: () => ID }) planId: string): Promise<Plan> {
    return this.lifecycle.activate(user, planId);
  }

  @Mutation(() => Plan, { description: 'ACTIVE -> COMPLETED; the activity log closes, debriefs are taken until the report is final.' })
  completePlan(@CurrentUser() user: AuthenticatedUser, @Args('planId', { type: () => ID }) planId: string): Promise<Plan> {
    return this.lifecycle.complete(user, planId);
  }

  @Mutation(() => Plan)
  cancelPlan(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('reason') reason: string,
  ): Promise<Plan> {
    return this.lifecycle.cancel(user, planId, reason);
  }
}
