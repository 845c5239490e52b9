import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { CommsChannel } from './comms-channel.entity';
import { CommsService } from './comms.service';
import { CommsChannelInput, CommsChannelPatch } from './dto/comms-channel.input';

@Resolver(() => CommsChannel)
@UseGuards(SessionGuard)
export class CommsResolver {
  constructor(private readonly comms: CommsService) {}

  @Mutation(() => CommsChannel)
  addCommsChannel(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: CommsChannelInput,
  ): Promise<CommsChannel> {
    return this.comms.add(user, planId, input);
  }

  @Mutation(() => CommsChannel)
  updateCommsChannel(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: CommsChannelPatch,
  ): Promise<CommsChannel> {
    return this.comms.update(user, id, expectedVersion, patch);
  }

  @Mutation(() => ID)
  removeCommsChannel(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<string> {
    return this.comms.remove(user, id, expectedVersion);
  }

  @ResolveField(() => Agency, { nullable: true })
  async agency(@Parent() channel: CommsChannel, @Context() context: GqlContext): Promise<Agency | null> {
    return channel.agencyId ? ((await context.loaders.agencyById.load(channel.agencyId)) ?? null) : null;
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanCommsResolver {
  @ResolveField(() => [CommsChannel], { description: 'The communications plan (ICS 205 style).' })
  async comms(@Parent() plan: Plan, @Context() context: GqlContext): Promise<CommsChannel[]> {
    return (await context.loaders.planContent.load(plan.id)).comms;
  }
}
