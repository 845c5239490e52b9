import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { ResourceCommitmentInput, ResourceCommitmentPatch } from './dto/resource-commitment.input';
import { ResourceCommitment } from './resource-commitment.entity';
import { ResourcesService } from './resources.service';

@Resolver(() => ResourceCommitment)
@UseGuards(SessionGuard)
export class ResourcesResolver {
  constructor(private readonly resources: ResourcesService) {}

  @Mutation(() => ResourceCommitment)
  addResource(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: ResourceCommitmentInput,
  ): Promise<ResourceCommitment> {
    return this.resources.add(user, planId, input);
  }

  @Mutation(() => ResourceCommitment)
  updateResource(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: ResourceCommitmentPatch,
  ): Promise<ResourceCommitment> {
    return this.resources.update(user, id, expectedVersion, patch);
  }

  @Mutation(() => ID)
  removeResource(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<string> {
    return this.resources.remove(user, id, expectedVersion);
  }

  // Per item of a plan: (parent, args, context) without parameter decorators, so @nestjs/graphql
  // hands it to graphql-js as it is, and it answers at once what the operation already loaded.
  @ResolveField(() => Agency)
  agency(resource: ResourceCommitment, _args: unknown, context: GqlContext): Agency | Promise<Agency> {
    return context.loaders.agencyById.get(resource.agencyId) as Agency | Promise<Agency>;
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanResourcesResolver {
  @ResolveField(() => [ResourceCommitment], { description: 'What each agency commits: people, vehicles, equipment.' })
  async resources(@Parent() plan: Plan, @Context() context: GqlContext): Promise<ResourceCommitment[]> {
    return (await context.loaders.planContent.load(plan.id)).resources;
  }
}
