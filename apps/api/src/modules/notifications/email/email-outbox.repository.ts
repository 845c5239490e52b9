import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** A notification whose email is owed, with where it goes now. */
export interface OwedEmail {
  id: string;
  subject: string;
  text: string;
  /** The recipient's current address (users.email), not the one they had when it was written. */
  to: string;
}

/** The email side of the notifications table: which email is still owed, how often it was tried, and that it went. */
@Injectable()
export class EmailOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes one attempt at a notification's email: counts it and returns what to send, or null when
   * nothing is owed any more (already SENT, or never owed). For a user disabled since, the email is
   * dropped (NONE): nobody is emailed about an account that was closed.
   */
  async claim(notificationId: string): Promise<OwedEmail | null> {
    // UPDATE … RETURNING: TypeORM answers [rows, count].
    const [rows]: [Array<{ id: string; subject: string; text: string; recipient: string; disabled: boolean }>, number] = await this.dataSource.query(
      `UPDATE notifications n
          SET email_attempts = n.email_attempts + CASE WHEN u.disabled_at IS NULL THEN 1 ELSE 0 END,
              email_state = CASE WHEN u.disabled_at IS NULL THEN n.email_state ELSE 'NONE' END
         FROM users u
        WHERE n.id = $1 AND n.email_state = 'PENDING' AND u.id = n.user_id
        RETURNING n.id, n.email_subject AS subject, n.email_text AS text, u.email AS recipient, u.disabled_at IS NOT NULL AS disabled`,
      [notificationId],
    );
    const [row] = rows;
    if (!row || row.disabled) return null;
    return { id: row.id, subject: row.subject, text: row.text, to: row.recipient };
  }

  /** Records that the SMTP server accepted the email. */
  async markSent(notificationId: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET email_state = 'SENT', emailed_at = $2 WHERE id = $1 AND email_state = 'PENDING'`, [notificationId, at]);
  }
}
