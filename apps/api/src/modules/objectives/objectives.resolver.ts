import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { ObjectiveInput, ObjectivePatch } from './dto/objective.input';
import { Objective } from './objective.entity';
import { ObjectivesService } from './objectives.service';

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class ObjectivesResolver {
  constructor(private readonly objectivesService: ObjectivesService) {}

  @ResolveField(() => [Objective], { description: 'Ordered by position.' })
  async objectives(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Objective[]> {
    return (await context.loaders.planContent.load(plan.id)).objectives;
  }

  @Mutation(() => Objective)
  addObjective(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: ObjectiveInput,
  ): Promise<Objective> {
    return this.objectivesService.add(user, planId, input);
  }

  @Mutation(() => Objective)
  updateObjective(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: ObjectivePatch,
  ): Promise<Objective> {
    return this.objectivesService.update(user, id, expectedVersion, patch);
  }

  @Mutation(() => ID)
  removeObjective(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<string> {
    return this.objectivesService.remove(user, id, expectedVersion);
  }
}
