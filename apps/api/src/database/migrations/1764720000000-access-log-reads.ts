import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access log records every read of plan content, not only plan(id): what was read (`kind`),
 * in which request (`request_id`), and how many refusals one record stands for (`count`; repeated
 * refusals of one user on one plan are folded when they are written, since the table stays
 * append-only). Adding columns is DDL: the trigger that refuses UPDATE and DELETE does not fire.
 */
export class AccessLogReads1764720000000 implements MigrationInterface {
  name = 'AccessLogReads1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE access_log
        ADD COLUMN kind text,
        ADD COLUMN request_id text,
        ADD COLUMN count integer NOT NULL DEFAULT 1 CHECK (count >= 1);
      DROP INDEX access_log_plan_idx;
      CREATE INDEX access_log_plan_idx ON access_log (plan_id, at DESC, id DESC);
      CREATE INDEX access_log_plan_user_idx ON access_log (plan_id, user_id, at DESC, id DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX access_log_plan_user_idx;
      DROP INDEX access_log_plan_idx;
      CREATE INDEX access_log_plan_idx ON access_log (plan_id, at DESC);
      ALTER TABLE access_log DROP COLUMN count, DROP COLUMN request_id, DROP COLUMN kind;
    `);
  }
}
