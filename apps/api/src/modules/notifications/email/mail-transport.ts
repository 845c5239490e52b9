import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import type { EmailMessage } from './email-message';

/**
 * How long one SMTP conversation may take. A sender gives up well before the email job expires
 * (NOTIFICATION_EMAIL_JOB.expireInSeconds), so a job is never worked by a live sender and, after
 * expiry, by a second replica at the same time.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as const;

/** The SMTP server of SMTP_URL (nodemailer), sending as JOINTOPS_MAIL_FROM. Absent without SMTP_URL. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // One connection per message (no pool): nothing stays open between notifications, and a server
    // that comes back is simply reached on the next attempt.
    this.transporter = config.smtpUrl ? createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS }, { from: config.mailFrom }) : null;
  }

  /** Resolves once the SMTP server accepted the message; rejects when it refused it or could not be reached. */
  async send(message: EmailMessage): Promise<void> {
    if (!this.transporter) throw new Error('No SMTP server is configured (SMTP_URL).');
    await this.transporter.sendMail(message);
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
