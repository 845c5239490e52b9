import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { whenLoaded } from '../../core/dataloaders/dataloader.service';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import { Agency } from '../agencies/agency.entity';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { itemsWithIds } from '../plans/plan-content.service';
import { Place } from '../places/place.entity';
import { placeNamedBy } from '../places/place-links';
import { Plan } from '../plans/plan.entity';
import { TimelineEventInput, TimelineEventPatch } from './dto/timeline-event.input';
import { TimelineEvent } from './timeline-event.entity';
import { TimelineService } from './timeline.service';

@Resolver(() => TimelineEvent)
@UseGuards(SessionGuard)
export class TimelineResolver {
  constructor(private readonly timeline: TimelineService) {}

  @Mutation(() => TimelineEvent)
  addTimelineEvent(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: TimelineEventInput,
  ): Promise<TimelineEvent> {
    return this.timeline.add(user, planId, input);
  }

  @Mutation(() => TimelineEvent)
  updateTimelineEvent(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: TimelineEventPatch,
  ): Promise<TimelineEvent> {
    return this.timeline.update(user, id, expectedVersion, patch);
  }

  @Mutation(() => ID)
  removeTimelineEvent(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<string> {
    return this.timeline.remove(user, id, expectedVersion);
  }

  @Mutation(() => TimelineEvent, { description: 'Allowed while the plan is ACTIVE or COMPLETED.' })
  recordTimelineActuals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('actualStartsAt', { type: () => Date, nullable: true }) actualStartsAt?: Date | null,
    @Args('actualEndsAt', { type: () => Date, nullable: true }) actualEndsAt?: Date | null,
    @Args('clientKey', { type: () => ID, nullable: true, description: 'Issue 19: a key the client made for this write (8 to 64 letters, digits, - or _). The same key again answers with what the first write made and changes nothing.' }) clientKey?: string | null,
  ): Promise<TimelineEvent> {
    return this.timeline.recordActuals(user, id, expectedVersion, actualStartsAt, actualEndsAt, clientKey);
  }

  // Per item of a plan: (parent, args, context) without parameter decorators, so @nestjs/graphql
  // hands it to graphql-js as it is, and it answers at once what the operation already loaded.
  @ResolveField(() => Agency, { nullable: true })
  agency(event: TimelineEvent, _args: unknown, context: GqlContext): Agency | null | Promise<Agency | null> {
    return event.agencyId ? whenLoaded(context.loaders.agencyById.get(event.agencyId), (agency) => agency ?? null) : null;
  }

  @ResolveField(() => [TimelineEvent], { description: 'Finish-to-start dependencies inside the same plan; never a cycle.' })
  dependsOn(event: TimelineEvent, _args: unknown, context: GqlContext): TimelineEvent[] | Promise<TimelineEvent[]> {
    return whenLoaded(context.loaders.planContent.get(event.planId), ({ timeline }) => itemsWithIds(timeline, event.dependsOnIds));
  }

  @ResolveField(() => Place, { nullable: true })
  place(event: TimelineEvent, _args: unknown, context: GqlContext): Place | null | Promise<Place | null> {
    return placeNamedBy(event, context);
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanTimelineResolver {
  @ResolveField(() => [TimelineEvent], { description: 'Ordered by startsAt.' })
  async timeline(@Parent() plan: Plan, @Context() context: GqlContext): Promise<TimelineEvent[]> {
    return (await context.loaders.planContent.load(plan.id)).timeline;
  }
}
