import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = [
  'REVIEW_REQUESTED',
  'SIGNOFF_STALE',
  'PLAN_REJECTED',
  'PLAN_APPROVED',
  'PLAN_ACTIVATED',
  'PLAN_COMPLETED',
  'DEBRIEF_DUE',
  'CORRECTIVE_ACTION_ASSIGNED',
  'CORRECTIVE_ACTION_DUE_SOON',
  'CORRECTIVE_ACTION_OVERDUE',
  'TRAINING_EXPIRING',
  'AGREEMENT_EXPIRING',
]
  .map((kind) => `'${kind}'`)
  .join(', ');

/**
 * Notifications (issue 18). A row is written in the transaction of the change that causes it (the
 * outbox): its email, when one is owed, is a pg-boss job inserted in that same transaction, and
 * `email_state` says whether it went. Scheduled reminders carry a `dedupe_key` (kind, subject and
 * day), so two replicas running the same reminder job write it once. pg-boss keeps its own tables
 * in the `pgboss` schema, which it creates and migrates itself.
 */
export class Notifications1764970000000 implements MigrationInterface {
  name = 'Notifications1764970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN (${KINDS})),
        plan_id uuid REFERENCES plans(id),
        text text NOT NULL,
        link text NOT NULL,
        dedupe_key text,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        email_state text NOT NULL DEFAULT 'NONE' CHECK (email_state IN ('NONE', 'PENDING', 'SENT')),
        email_subject text,
        email_text text,
        emailed_at timestamptz,
        email_attempts integer NOT NULL DEFAULT 0,
        CHECK (email_state = 'NONE' OR (email_subject IS NOT NULL AND email_text IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX notifications_dedupe ON notifications (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX notifications_user_created ON notifications (user_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX notifications_plan ON notifications (plan_id) WHERE plan_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        email boolean NOT NULL DEFAULT true,
        muted text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (NOT (muted && ARRAY['REVIEW_REQUESTED', 'SIGNOFF_STALE']::text[]))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_preferences`);
    await queryRunner.query(`DROP TABLE notifications`);
  }
}
