import { Inject, Injectable } from '@nestjs/common';
import { isMutable, notificationEmail, notificationLink, notificationText, type NotificationKind, type NotificationSubject } from '@jointops/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import type { LiveMessage } from '../../core/events/live-message';
import { JobsService } from '../../core/jobs/jobs.service';
import type { Notification } from './notification.entity';
import { NotificationsRepository, type NotificationRow, type Recipient } from './notifications.repository';

/** The queue whose jobs email one notification each; the job's id is the notification's id. */
export const NOTIFICATION_EMAIL_QUEUE = 'notification-email';

/** Who is told what about what. `dedupeKey` makes a reminder idempotent per user (kind, subject, day). */
export interface NotificationDraft {
  kind: NotificationKind;
  userIds: readonly string[];
  subject: NotificationSubject;
  dedupeKey?: string | null;
}

/**
 * The outbox: writes notifications with the caller's transaction, and in that same transaction the
 * email job each one owes (pg-boss, job id = notification id). Returns the live messages to publish
 * once the transaction commits, so nobody is told of a change that rolled back.
 */
@Injectable()
export class NotificationWriter {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Whether this server emails notifications (SMTP_URL set and jobs running). */
  get emailConfigured(): boolean {
    return this.config.smtpUrl !== null && this.jobs.enabled;
  }

  async write(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<LiveMessage[]> {
    const rows: NotificationRow[] = [];
    const recipients = new Map((await this.repository.recipients(manager, drafts.flatMap((draft) => draft.userIds))).map((r) => [r.id, r]));
    const createdAt = this.clock.now();
    for (const draft of drafts) {
      const text = notificationText(draft.kind, draft.subject);
      const link = notificationLink(draft.kind, draft.subject);
      const email = notificationEmail(draft.kind, draft.subject);
      for (const userId of new Set(draft.userIds)) {
        const recipient = recipients.get(userId);
        if (!recipient) continue;
        const owed = this.emailOwed(recipient, draft.kind);
        rows.push({
          userId,
          kind: draft.kind,
          planId: draft.subject.planId ?? null,
          text,
          link,
          dedupeKey: draft.dedupeKey ?? null,
          createdAt,
          emailState: owed ? 'PENDING' : 'NONE',
          emailSubject: owed ? email.subject : null,
          emailText: owed ? `${email.text}\n\nOpen it in JointOps: ${this.absolute(link)}` : null,
        });
      }
    }
    const written = await this.repository.insert(manager, rows);
    for (const notification of written) {
      if (notification.emailState === 'PENDING') await this.jobs.sendWithin(manager, NOTIFICATION_EMAIL_QUEUE, { notificationId: notification.id }, { id: notification.id });
    }
    return written.map((notification: Notification) => ({ kind: 'notification', userId: notification.userId, id: notification.id }));
  }

  /** An absolute address in the web app, for emails (JOINTOPS_PUBLIC_URL; the local server outside production). */
  absolute(path: string): string {
    return `${this.config.publicUrl ?? `http://localhost:${this.config.port}`}${path}`;
  }

  /**
   * Emailed when the server sends email and the person wants it; review requests and voided
   * approvals are emailed even to those who turned email off, because a signature waits on them.
   */
  private emailOwed(recipient: Recipient, kind: NotificationKind): boolean {
    if (!this.emailConfigured) return false;
    if (!isMutable(kind)) return true;
    return recipient.wantsEmail && !recipient.muted.includes(kind);
  }
}
