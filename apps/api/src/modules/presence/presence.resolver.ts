import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { valueOrThrow } from '../../core/events/async-queue';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { User } from '../users/user.entity';
import { Presence } from './dto/presence.type';
import { PresenceService } from './presence.service';

@Resolver(() => Presence)
@UseGuards(SessionGuard)
export class PresenceResolver {
  constructor(private readonly presenceService: PresenceService) {}

  @Query(() => [Presence])
  presence(@CurrentUser() user: AuthenticatedUser, @Args('planId', { type: () => ID }) planId: string): Promise<Presence[]> {
    return this.presenceService.list(user, planId);
  }

  @Mutation(() => Boolean, { description: 'Ephemeral: not logged as a PlanEvent.' })
  updatePresence(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('focus', { type: () => String, nullable: true }) focus: string | null,
    @Context() context: GqlContext,
  ): Promise<boolean> {
    return this.presenceService.update(user, planId, focus, context.connectionId);
  }

  @Subscription(() => [Presence], {
    resolve: valueOrThrow,
    description: 'The full presence list of the plan, sent on subscribe and on every join, leave or focus change.',
  })
  planPresence(@CurrentUser() user: AuthenticatedUser, @Args('planId', { type: () => ID }) planId: string, @Context() context: GqlContext) {
    return this.presenceService.watch(user, planId, context.connectionId);
  }

  @ResolveField(() => User)
  async user(@Parent() presence: Presence, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(presence.userId)) as User;
  }
}
