import { Injectable } from '@nestjs/common';
import { AsyncQueue } from '../../core/events/async-queue';
import { LiveBus } from '../../core/events/live-bus';
import { LiveStats } from '../../core/events/live-stats';
import { AuthException, AuthExceptionCode } from '../auth/auth.exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

/**
 * `notificationAdded`: the caller's notifications as they are committed, on whichever instance
 * (the bus carries only the id; the row is read from the table, and only if its plan is still
 * visible to the caller). Ends when the session does.
 */
@Injectable()
export class NotificationStream {
  constructor(
    private readonly bus: LiveBus,
    private readonly notifications: NotificationsService,
    private readonly stats: LiveStats,
  ) {}

  open(user: AuthenticatedUser): AsyncQueue<Notification> {
    const stops: Array<() => void> = [];
    const queue = new AsyncQueue<Notification>(() => {
      for (const stop of stops) stop();
      this.stats.notificationStreams -= 1;
    });
    this.stats.notificationStreams += 1;
    // Rows are read in arrival order, one at a time, so the client sees them in commit order.
    let reading = Promise.resolve();
    stops.push(
      this.bus.listen('notification', user.id, (message) => {
        reading = reading.then(async () => {
          const notification = await this.notifications.visibleOne(user, message.id).catch(() => null);
          if (notification) queue.push(notification);
        });
      }),
      this.bus.listen('session-revoked', user.sessionId, () => queue.fail(new AuthException(AuthExceptionCode.SESSION_INVALID, 'Your session has ended.'))),
    );
    return queue;
  }
}
