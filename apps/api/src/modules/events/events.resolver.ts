import { UseGuards } from '@nestjs/common';
import { Args, Extensions, ID, Int, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { valueOrThrow } from '../../core/events/async-queue';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { GqlContext } from '../../core/graphql/gql-context';
import { SessionGuard } from '../../core/guards/session.guard';
import { viewerFact } from '../../core/graphql/shared-delivery';
import { Agency } from '../agencies/agency.entity';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { PlanEvent } from './plan-event.entity';
import { PlanEventStream } from './plan-event-stream.service';
import { PlanEventsService } from './plan-events.service';
import { withheldFrom } from './plan-event-visibility';
import { nodeOf, PlanNode } from './plan-node.union';

/** Events about an agency joining or leaving a plan: their data names it (`agencyId`). */
const AGENCY_EVENTS = new Set(['PLAN_AGENCY_ADDED', 'PLAN_AGENCY_REMOVED']);

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

  // Every subscriber of a plan gets the same events: executed and serialized once per audience
  // (core/graphql/shared-delivery.ts), each still authorized and access-logged on its own.
  @Extensions({ sharedDelivery: true })
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

  // Per event: (parent, args, context) without parameter decorators, so @nestjs/graphql hands it
  // to graphql-js as it is, and it answers at once what the operation already loaded.
  @ResolveField(() => User)
  actor(event: PlanEvent, _args: unknown, context: GqlContext): User | Promise<User> {
    // Live delivery reads the actor with the event; other reads load it per operation.
    return event.actor ?? (context.loaders.userById.get(event.actorId) as User | Promise<User>);
  }

  @ResolveField(() => Agency, {
    nullable: true,
    description: 'For PLAN_AGENCY_ADDED and PLAN_AGENCY_REMOVED: the agency that joined or left the plan. Null for every other event.',
  })
  agency(event: PlanEvent, _args: unknown, context: GqlContext): Agency | Promise<Agency | undefined> | null {
    const agencyId = AGENCY_EVENTS.has(event.type) ? (event.data as { agencyId?: unknown } | null)?.agencyId : undefined;
    return typeof agencyId === 'string' ? (context.loaders.agencyById.get(agencyId) as Agency | Promise<Agency | undefined>) : null;
  }

  @ResolveField(() => PlanNode, {
    nullable: true,
    description: "The entity as it stands after the change; null when it was removed, and for a draft debrief's events unless the caller wrote it (or is oversight).",
  })
  node(event: PlanEvent, _args: unknown, context: GqlContext): object | null {
    // One fact splits a shared payload's audience: whether this reader may see the content.
    return viewerFact(context, `withheld:${event.seq}`, (user) => withheldFrom(user, event)) ? null : nodeOf(event);
  }
}
