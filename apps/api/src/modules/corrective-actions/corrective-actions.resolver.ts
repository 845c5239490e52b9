import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionStatus } from '@jointops/domain';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { PlansService } from '../plans/plans.service';
import { AfterActionReport } from '../report/after-action-report.entity';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionsService } from './corrective-actions.service';
import { CorrectiveActionInput, CorrectiveActionPatch } from './dto/corrective-action.input';

@Resolver(() => CorrectiveAction)
@UseGuards(SessionGuard)
export class CorrectiveActionsResolver {
  constructor(
    private readonly actions: CorrectiveActionsService,
    private readonly plans: PlansService,
  ) {}

  @Query(() => [CorrectiveAction], { description: 'Corrective actions across every plan the caller may see.' })
  correctiveActions(
    @CurrentUser() user: AuthenticatedUser,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string | null,
    @Args('status', { type: () => ActionStatus, nullable: true }) status?: ActionStatus | null,
  ): Promise<CorrectiveAction[]> {
    return this.actions.actions(user, agencyId, status);
  }

  @Mutation(() => CorrectiveAction)
  addCorrectiveAction(
    @CurrentUser() user: AuthenticatedUser,
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('input') input: CorrectiveActionInput,
  ): Promise<CorrectiveAction> {
    return this.actions.addAction(user, reportId, input);
  }

  @Mutation(() => CorrectiveAction)
  updateCorrectiveAction(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: CorrectiveActionPatch,
  ): Promise<CorrectiveAction> {
    return this.actions.updateAction(user, id, expectedVersion, patch);
  }

  @ResolveField(() => Agency)
  async ownerAgency(@Parent() action: CorrectiveAction, @Context() context: GqlContext): Promise<Agency> {
    return (await context.loaders.agencyById.load(action.ownerAgencyId)) as Agency;
  }

  /** The action is only ever listed from plans the caller may see. */
  @ResolveField(() => Plan)
  async plan(@Parent() action: CorrectiveAction, @CurrentUser() user: AuthenticatedUser): Promise<Plan> {
    return (await this.plans.findVisible(user, action.planId)) as Plan;
  }
}

/** The report's improvement plan. */
@Resolver(() => AfterActionReport)
@UseGuards(SessionGuard)
export class ReportCorrectiveActionsResolver {
  @ResolveField(() => [CorrectiveAction])
  async correctiveActions(@Parent() report: AfterActionReport, @Context() context: GqlContext): Promise<CorrectiveAction[]> {
    return (await context.loaders.planOperation.load(report.planId)).correctiveActions.filter((action) => action.reportId === report.id);
  }
}
