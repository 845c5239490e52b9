import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-off per agency on a known revision, and the append-only log of who read or was refused a plan. */
export class ApprovalsAndAccessLog1764500000000 implements MigrationInterface {
  name = 'ApprovalsAndAccessLog1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'STALE')),
        revision integer,
        content_hash text,
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz,
        comment text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, agency_id)
      );

      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        plan_id uuid NOT NULL,
        user_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('VIEW', 'EXPORT', 'DENIED')),
        at timestamptz NOT NULL
      );
      CREATE INDEX access_log_plan_idx ON access_log (plan_id, at DESC);
      CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
        FOR EACH ROW EXECUTE FUNCTION jointops_refuse_change();
      CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION jointops_refuse_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE access_log; DROP TABLE approvals;`);
  }
}
