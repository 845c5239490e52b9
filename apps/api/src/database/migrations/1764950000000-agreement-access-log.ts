import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who downloaded an agreement's signed document, and who was refused (issue 16): the plan access
 * log names a plan, and an agreement is not one. Append-only like access_log.
 */
export class AgreementAccessLog1764950000000 implements MigrationInterface {
  name = 'AgreementAccessLog1764950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement_access_log (
        id bigserial PRIMARY KEY,
        agreement_id uuid NOT NULL,
        user_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('EXPORT', 'DENIED')),
        kind text,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX agreement_access_log_agreement ON agreement_access_log (agreement_id, at DESC, id DESC);
      CREATE TRIGGER agreement_access_log_append_only BEFORE UPDATE OR DELETE ON agreement_access_log
        FOR EACH ROW EXECUTE FUNCTION jointops_refuse_change();
      CREATE TRIGGER agreement_access_log_no_truncate BEFORE TRUNCATE ON agreement_access_log
        FOR EACH STATEMENT EXECUTE FUNCTION jointops_refuse_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_access_log;`);
  }
}
