import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { Approval, Decision } from './approval.entity';
import { ApprovalsService } from './approvals.service';

@Resolver(() => Approval)
@UseGuards(SessionGuard)
export class ApprovalsResolver {
  constructor(private readonly approvals: ApprovalsService) {}

  @Mutation(() => Plan, { description: 'DRAFT -> IN_REVIEW; refused with INVALID_STATE while readiness has blockers.' })
  submitPlanForReview(@CurrentUser() user: AuthenticatedUser, @Args('planId', { type: () => ID }) planId: string): Promise<Plan> {
    return this.approvals.submit(user, planId);
  }

  @Mutation(() => Approval, {
    description:
      'By an AGENCY_LEAD of a participating agency, on the current revision only (else CONFLICT). Four eyes: a lead may not approve a revision whose latest change they made themselves (FORBIDDEN).',
  })
  decideApproval(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('revision', { type: () => Int }) revision: number,
    @Args('decision', { type: () => Decision }) decision: Decision,
    @Args('comment', { type: () => String, nullable: true, defaultValue: '' }) comment: string,
  ): Promise<Approval> {
    return this.approvals.decide(user, planId, revision, decision, comment);
  }

  @ResolveField(() => Agency)
  async agency(@Parent() approval: Approval, @Context() context: GqlContext): Promise<Agency> {
    return (await context.loaders.agencyById.load(approval.agencyId)) as Agency;
  }

  @ResolveField(() => [User], { description: "The active agency leads of the approval's agency, by name: who may sign it. Empty when nobody can (AGENCY_WITHOUT_LEAD)." })
  signers(approval: Approval, _args: unknown, context: GqlContext): User[] | Promise<User[]> {
    return context.loaders.agencyLeads.get(approval.agencyId);
  }

  @ResolveField(() => User, { nullable: true })
  async decidedBy(@Parent() approval: Approval, @Context() context: GqlContext): Promise<User | null> {
    return approval.decidedById ? ((await context.loaders.userById.load(approval.decidedById)) ?? null) : null;
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanApprovalsResolver {
  @ResolveField(() => [Approval], { description: 'One per participating agency once the plan has been submitted for review.' })
  async approvals(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Approval[]> {
    return (await context.loaders.planContent.load(plan.id)).approvals;
  }
}
