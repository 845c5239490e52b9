import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { Clock } from '../../../core/clock/clock';
import { JobsService } from '../../../core/jobs/jobs.service';
import { APP_LOGGER } from '../../../core/logging/logger';
import { MetricsService } from '../../../core/metrics/metrics.service';
import { NOTIFICATION_EMAIL_QUEUE, NotificationWriter } from '../notification-writer';
import { EmailOutboxRepository } from './email-outbox.repository';
import { composeNotificationEmail, PREFERENCES_PATH } from './email-message';
import { MailTransport } from './mail-transport';

export interface NotificationEmailJob {
  notificationId: string;
}

/**
 * The retry policy of an email: a refused or unreachable SMTP server is retried with exponential
 * backoff from 30 s, ten times (about eight hours in all); a job not done within two minutes (its
 * replica stopped) is retried elsewhere. SMTP_TIMEOUTS keep a live attempt well inside that.
 */
export const NOTIFICATION_EMAIL_JOB = { retryLimit: 10, retryDelay: 30, expireInSeconds: 120 } as const;

/**
 * Works the `notification-email` queue: one job per notification whose email is owed (written by
 * NotificationWriter in the transaction of the change). The row's `email_state` makes it
 * idempotent: a job retried after its email went (the replica stopped after sending but before
 * pg-boss recorded the job done) finds SENT and sends nothing.
 */
@Injectable()
export class NotificationEmailWorker implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly writer: NotificationWriter,
    private readonly outbox: EmailOutboxRepository,
    private readonly transport: MailTransport,
    private readonly metrics: MetricsService,
    private readonly clock: Clock,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    // Without SMTP_URL (or without jobs) no email is owed, so no job is ever sent to this queue.
    if (!this.writer.emailConfigured) return;
    await this.jobs.register<NotificationEmailJob>({ name: NOTIFICATION_EMAIL_QUEUE, ...NOTIFICATION_EMAIL_JOB, handler: (data) => this.deliver(data.notificationId) });
  }

  /**
   * Sends the notification's email unless it went already. Throws when the SMTP server refuses it
   * or cannot be reached, so pg-boss retries the job; the notification itself stays in the app.
   */
  async deliver(notificationId: string): Promise<void> {
    const owed = await this.outbox.claim(notificationId);
    if (!owed) return;
    const message = composeNotificationEmail({
      notificationId: owed.id,
      to: owed.to,
      subject: owed.subject,
      text: owed.text,
      preferencesUrl: this.writer.absolute(PREFERENCES_PATH),
    });
    try {
      await this.transport.send(message);
    } catch (error) {
      this.metrics.notificationEmailFailures.inc();
      // The recipient's address stays out of the log; the notification's id finds it.
      this.logger.warn({ notificationId, err: { message: (error as Error).message, code: (error as { code?: string }).code } }, 'notification email not sent; it will be retried');
      throw error;
    }
    this.metrics.notificationEmailsSent.inc();
    // If this replica stops right here, the job runs again and sends once more: the message keeps
    // its Message-ID (composeNotificationEmail), so receivers can drop the duplicate.
    await this.outbox.markSent(notificationId, this.clock.now());
  }
}
