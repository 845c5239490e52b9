import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { whenLoaded } from '../../core/dataloaders/dataloader.service';
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

  // Per item of a plan: (parent, args, context) without parameter decorators, so @nestjs/graphql
  // hands it to graphql-js as it is, and it answers at once what the operation already loaded.
  @ResolveField(() => Agency, { nullable: true })
  agency(channel: CommsChannel, _args: unknown, context: GqlContext): Agency | null | Promise<Agency | null> {
    return channel.agencyId ? whenLoaded(context.loaders.agencyById.get(channel.agencyId), (agency) => agency ?? null) : null;
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
