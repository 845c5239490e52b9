import { Injectable } from '@nestjs/common';
import { isMutable, isUuid, NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from '@jointops/domain';
import { Clock } from '../../core/clock/clock';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanAccessService } from '../plans/plan-access.service';
import { NotificationPage, NotificationPreferences, type NotificationPreferencesInput } from './dto/notification-page';
import type { Notification } from './notification.entity';
import { NotificationWriter } from './notification-writer';
import { NotificationsRepository } from './notifications.repository';

/** The most notifications one page returns, and ids one markNotificationsRead takes. */
export const NOTIFICATION_PAGE_MAX = 200;
export const MARK_READ_MAX = 500;

/** Each user's own notifications, only of plans they can still see (DESIGN §8). */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly access: PlanAccessService,
    private readonly writer: NotificationWriter,
    private readonly clock: Clock,
  ) {}

  async page(user: AuthenticatedUser, unreadOnly: boolean, first: number): Promise<NotificationPage> {
    if (!Number.isInteger(first) || first < 1 || first > NOTIFICATION_PAGE_MAX) {
      throw new ValidationException([{ field: 'first', message: `first must be from 1 to ${NOTIFICATION_PAGE_MAX}.` }]);
    }
    return this.repository.page(user.id, user.agencyId, this.visible(user), unreadOnly, first);
  }

  /** The caller's notification `id`, if they may still see its plan; for the live stream. */
  visibleOne(user: AuthenticatedUser, id: string): Promise<Notification | null> {
    return this.repository.visibleOne(id, user.id, user.agencyId, this.visible(user));
  }

  /** Unknown ids, ids that are not UUIDs and other people's are ignored: the count says how many changed. */
  markRead(user: AuthenticatedUser, ids: readonly string[] | null | undefined): Promise<number> {
    if (ids && ids.length > MARK_READ_MAX) throw new ValidationException([{ field: 'ids', message: `Mark at most ${MARK_READ_MAX} notifications at once.` }]);
    return this.repository.markRead(user.id, ids ? ids.filter(isUuid) : null, this.clock.now());
  }

  async preferences(user: AuthenticatedUser): Promise<NotificationPreferences> {
    return { ...(await this.repository.preferences(user.id)), emailConfigured: this.writer.emailConfigured };
  }

  async updatePreferences(user: AuthenticatedUser, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    const unknown = input.muted.filter((kind) => !NOTIFICATION_KINDS.includes(kind));
    const unmutable = input.muted.filter((kind) => NOTIFICATION_KINDS.includes(kind) && !isMutable(kind));
    ValidationException.throwIfAny([
      ...(unknown.length > 0 ? [{ field: 'input.muted', message: `Unknown notification kinds: ${unknown.join(', ')}.` }] : []),
      ...(unmutable.length > 0
        ? [{ field: 'input.muted', message: `${unmutable.map((kind) => `“${NOTIFICATION_KIND_LABELS[kind]}”`).join(' and ')} cannot be muted: a signature waits on you.` }]
        : []),
    ]);
    const muted = [...new Set<NotificationKind>(input.muted)].sort();
    await this.repository.savePreferences(user.id, input.email, muted);
    return this.preferences(user);
  }

  private visible(user: AuthenticatedUser): string {
    return this.access.visibleCondition(user, 'p', ':agencyId');
  }
}
