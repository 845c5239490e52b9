import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { valueOrThrow } from '../../core/events/async-queue';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { GqlContext } from '../../core/graphql/gql-context';
import { SessionGuard } from '../../core/guards/session.guard';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { PlanEvent } from './plan-event.entity';
import { PlanEventStream } from './plan-event-stream.service';
import { PlanEventsService } from './plan-events.service';
import { withheldFrom } from './plan-event-visibility';
import { nodeOf, PlanNode } from './plan-node.union';

/** The log as seen from a plan the caller could already read. */
@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanLogResolver {
  constructor(private readonly planEvents: PlanEventsService) {}

  @ResolveField(() => [PlanEvent], {
    description:
      "This plan's event log, oldest first: the first `limit` events after `afterSeq`; with `beforeSeq`, the last `limit` events before it (pages backwards from the newest: pass the oldest seq shown).",
  })
  events(
    @Parent() plan: Plan,
    @Args('afterSeq', { type: () => Int, nullable: true, defaultValue: 0 }) afterSeq: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 100 }) limit: number,
    @Args('beforeSeq', { type: () => Int, nullable: true }) beforeSeq?: number | null,
  ): Promise<PlanEvent[]> {
    return this.planEvents.list(plan.id, afterSeq ?? 0, limit ?? 100, beforeSeq ?? null);
  }

  @ResolveField(() => Int, { description: 'Sequence number of the newest event (0 before any).' })
  lastSeq(@Parent() plan: Plan): number {
    return plan.lastSeq ?? 0;
  }
}

@Resolver(() => PlanEvent)
@UseGuards(SessionGuard)
export class PlanEventResolver {
  constructor(private readonly stream: PlanEventStream) {}

  @Subscription(() => PlanEvent, {
    resolve: valueOrThrow,
    description:
      'With afterSeq: first every event of the plan with seq > afterSeq, then live events, in seq order, with no gaps and no duplicates, whichever API instance the client is connected to. Without afterSeq: live events only.',
  })
  planEvents(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('afterSeq', { type: () => Int, nullable: true }) afterSeq?: number | null,
  ) {
    return this.stream.open(user, planId, afterSeq);
  }

  @ResolveField(() => User)
  async actor(@Parent() event: PlanEvent, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(event.actorId)) as User;
  }

  @ResolveField(() => PlanNode, {
    nullable: true,
    description: "The entity as it stands after the change; null when it was removed, and for a draft debrief's events unless the caller wrote it (or is oversight).",
  })
  node(@Parent() event: PlanEvent, @CurrentUser() user: AuthenticatedUser | undefined): object | null {
    return withheldFrom(user, event) ? null : nodeOf(event);
  }
}
