import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { computeWarnings, isAccountabilityBlocker, PlanStatus } from '@jointops/domain';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ChecklistTemplate } from '../checklist/checklist-template.entity';
import { User } from '../users/user.entity';
import { CreatePlanInput } from './dto/create-plan.input';
import { PlanConnection } from './dto/plan-connection.type';
import { PlanOrder } from './dto/plan-order.input';
import { PlanPatch } from './dto/plan-patch.input';
import { Readiness } from './dto/readiness.type';
import { contentHashOf } from './plan-content.service';
import { PlanReadinessService } from './plan-readiness.service';
import { Plan } from './plan.entity';
import { PlansService } from './plans.service';

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlansResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly readinessRules: PlanReadinessService,
  ) {}

  @Query(() => PlanConnection, { name: 'plans', description: 'Plans the caller may see, newest first unless orderBy says otherwise.' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Args('status', { type: () => [PlanStatus], nullable: true }) status?: PlanStatus[] | null,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first = 50,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('orderBy', { type: () => PlanOrder, nullable: true, description: 'Default: newest first.' }) orderBy?: PlanOrder | null,
    @Args('offset', { type: () => Int, nullable: true, description: 'Skips this many plans (numbered pages); not with after.' }) offset?: number | null,
  ): Promise<PlanConnection> {
    return this.plans.list(user, { status, search, first, after, orderBy, offset });
  }

  @Query(() => Plan, { name: 'plan', nullable: true, description: 'Null when it does not exist or the caller may not see it: existence is never disclosed.' })
  plan(@CurrentUser() user: AuthenticatedUser, @Args('id', { type: () => ID }) id: string): Promise<Plan | null> {
    return this.plans.read(user, id);
  }

  @Query(() => [ChecklistTemplate], { name: 'checklistTemplates' })
  checklistTemplates(): Promise<ChecklistTemplate[]> {
    return this.plans.checklistTemplates();
  }

  @Mutation(() => Plan)
  createPlan(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CreatePlanInput): Promise<Plan> {
    return this.plans.create(user, input);
  }

  @Mutation(() => Plan)
  updatePlan(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: PlanPatch,
  ): Promise<Plan> {
    return this.plans.update(user, id, expectedVersion, patch);
  }

  @Mutation(() => Plan)
  addPlanAgency(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<Plan> {
    return this.plans.addAgency(user, planId, agencyId);
  }

  @Mutation(() => Plan)
  removePlanAgency(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('agencyId', { type: () => ID }) agencyId: string,
  ): Promise<Plan> {
    return this.plans.removeAgency(user, planId, agencyId);
  }

  @ResolveField(() => Agency)
  async leadAgency(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Agency> {
    return (await context.loaders.agencyById.load(plan.leadAgencyId)) as Agency;
  }

  @ResolveField(() => [Agency], { description: 'Participating agencies, the lead agency included.' })
  async agencies(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Agency[]> {
    const agencyIds = plan.agencyIds ?? (await context.loaders.planContent.load(plan.id)).agencyIds;
    return (await context.loaders.agencyById.loadMany(agencyIds)) as Agency[];
  }

  @ResolveField(() => Date, { nullable: true, description: 'Issue 19: when the plan was completed (its last PLAN_COMPLETED event); null while it has not been. An offline copy is kept for 24 hours after.' })
  async completedAt(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Date | null> {
    return (await context.loaders.planRun.load(plan.id)).completedAt;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the plan was activated (its last PLAN_ACTIVATED event); null while it has not been. Debrief incidents may fall between activation and completion, 12 hours either side, even outside the window.' })
  async activatedAt(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Date | null> {
    return (await context.loaders.planRun.load(plan.id)).activatedAt;
  }

  @ResolveField(() => User)
  async createdBy(@Parent() plan: Plan, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(plan.createdById)) as User;
  }

  @ResolveField(() => Readiness, { description: 'What stands between this plan and review or approval, computed from its current content.' })
  async readiness(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Readiness> {
    const content = await context.loaders.planContent.load(plan.id);
    const agencies = (await context.loaders.agencyById.loadMany(content.agencyIds)) as Agency[];
    const facts = await context.loaders.accountabilityFacts.load({ plan, content });
    const blockers = await this.readinessRules.blockers({ plan, content }, new Map(agencies.map((agency) => [agency.id, agency.shortName])), undefined, facts);
    return {
      ready: blockers.length === 0,
      blockers,
      blockerCount: blockers.length,
      accountabilityBlockers: blockers.filter(isAccountabilityBlocker),
      warnings: computeWarnings(content),
    };
  }

  @ResolveField(() => String, { description: "Hex SHA-256 of the plan's canonical content at the current revision (what an approval signs)." })
  async contentHash(@Parent() plan: Plan, @Context() context: GqlContext): Promise<string> {
    return contentHashOf(plan, await context.loaders.planContent.load(plan.id));
  }
}
