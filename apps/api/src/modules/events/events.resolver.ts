import { UseGuards } from '@nestjs/common';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context';
import { SessionGuard } from '../../core/guards/session.guard';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { PlanEvent } from './plan-event.entity';
import { PlanEventsService } from './plan-events.service';
import { nodeOf, PlanNode } from './plan-node.union';

/** The log as seen from a plan the caller could already read. */
@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanLogResolver {
  constructor(private readonly planEvents: PlanEventsService) {}

  @ResolveField(() => [PlanEvent], { description: "This plan's event log, oldest first." })
  events(
    @Parent() plan: Plan,
    @Args('afterSeq', { type: () => Int, nullable: true, defaultValue: 0 }) afterSeq: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 100 }) limit: number,
  ): Promise<PlanEvent[]> {
    return this.planEvents.list(plan.id, afterSeq ?? 0, limit ?? 100);
  }

  @ResolveField(() => Int, { description: 'Sequence number of the newest event (0 before any).' })
  lastSeq(@Parent() plan: Plan): number {
    return plan.lastSeq ?? 0;
  }
}

@Resolver(() => PlanEvent)
@UseGuards(SessionGuard)
export class PlanEventResolver {
  @ResolveField(() => User)
  async actor(@Parent() event: PlanEvent, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(event.actorId)) as User;
  }

  @ResolveField(() => PlanNode, { nullable: true, description: 'The entity as it stands after the change; null when it was removed.' })
  node(@Parent() event: PlanEvent): object | null {
    return nodeOf(event);
  }
}
