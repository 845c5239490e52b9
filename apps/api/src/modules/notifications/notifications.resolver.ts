import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { valueOrThrow } from '../../core/events/async-queue';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { GqlContext } from '../../core/graphql/gql-context';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { NotificationPage, NotificationPreferences, NotificationPreferencesInput } from './dto/notification-page';
import { Notification } from './notification.entity';
import { NotificationStream } from './notification-stream';
import { NotificationsService } from './notifications.service';

/** Each user's own notifications (docs/architecture.md#notifications). */
@Resolver(() => Notification)
@UseGuards(SessionGuard)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly stream: NotificationStream,
  ) {}

  @Query(() => NotificationPage, { description: "The caller's notifications, unread first, newest first; only of plans they can still see." })
  notifications(
    @CurrentUser() user: AuthenticatedUser,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<NotificationPage> {
    return this.service.page(user, unreadOnly ?? false, first ?? 50);
  }

  @Query(() => NotificationPreferences)
  notificationPreferences(@CurrentUser() user: AuthenticatedUser): Promise<NotificationPreferences> {
    return this.service.preferences(user);
  }

  @Mutation(() => Int, { description: 'Marks these (or, without ids, all) as read; returns how many changed.' })
  markNotificationsRead(@CurrentUser() user: AuthenticatedUser, @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null): Promise<number> {
    return this.service.markRead(user, ids);
  }

  @Mutation(() => NotificationPreferences)
  updateNotificationPreferences(@CurrentUser() user: AuthenticatedUser, @Args('input') input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    return this.service.updatePreferences(user, input);
  }

  @Subscription(() => Notification, { resolve: valueOrThrow, description: "The caller's new notifications, as they are created, on any API instance." })
  notificationAdded(@CurrentUser() user: AuthenticatedUser) {
    return this.stream.open(user);
  }

  /** Only notifications of plans the caller can see are ever returned, so the plan is read by id. */
  @ResolveField(() => Plan, { nullable: true })
  async plan(@Parent() notification: Notification, @Context() context: GqlContext): Promise<Plan | null> {
    return notification.planId ? ((await context.loaders.planById.load(notification.planId)) ?? null) : null;
  }
}
