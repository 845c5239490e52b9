import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Objective } from '../objectives/objective.entity';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { Debrief, ObjectiveOutcome } from './debrief.entity';
import { DebriefsService } from './debriefs.service';
import { DebriefInput } from './dto/debrief.input';

@Resolver(() => Debrief)
@UseGuards(SessionGuard)
export class DebriefsResolver {
  constructor(private readonly debriefs: DebriefsService) {}

  @Mutation(() => Debrief, { description: "Creates or updates the caller's own debrief on the plan." })
  saveDebrief(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: DebriefInput,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number | null,
    @Args('clientKey', { type: () => ID, nullable: true, description: 'Issue 19: a key the client made for this write (8 to 64 letters, digits, - or _). The same key again answers with what the first write made and changes nothing.' }) clientKey?: string | null,
  ): Promise<Debrief> {
    return this.debriefs.save(user, planId, input, expectedVersion, clientKey);
  }

  @Mutation(() => Debrief, { description: 'Needs an outcome for every objective; a submitted debrief never changes again.' })
  submitDebrief(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<Debrief> {
    return this.debriefs.submit(user, id, expectedVersion);
  }

  @ResolveField(() => User)
  async author(@Parent() debrief: Debrief, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(debrief.authorId)) as User;
  }

  @ResolveField(() => Agency)
  async agency(@Parent() debrief: Debrief, @Context() context: GqlContext): Promise<Agency> {
    return (await context.loaders.agencyById.load(debrief.agencyId)) as Agency;
  }
}

@Resolver(() => ObjectiveOutcome)
@UseGuards(SessionGuard)
export class ObjectiveOutcomeResolver {
  @ResolveField(() => Objective)
  async objective(@Parent() outcome: ObjectiveOutcome & { planId?: string }, @Context() context: GqlContext): Promise<Objective> {
    return (await context.loaders.objectiveById.load(outcome.objectiveId)) as Objective;
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanDebriefsResolver {
  constructor(private readonly debriefs: DebriefsService) {}

  @ResolveField('debriefs', () => [Debrief], { description: "Submitted debriefs, and drafts only for their author (and oversight)." })
  async debriefsOfPlan(@Parent() plan: Plan, @CurrentUser() user: AuthenticatedUser, @Context() context: GqlContext): Promise<Debrief[]> {
    return this.debriefs.readable(user, (await context.loaders.planOperation.load(plan.id)).debriefs);
  }
}
