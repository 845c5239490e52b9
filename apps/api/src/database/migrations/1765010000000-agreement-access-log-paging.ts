import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agreement access log is read newest first by id (`id` is its paging cursor), but its index
 * was on (agreement_id, at, id): every page read all of the agreement's records and sorted them.
 * The index now follows the read.
 */
export class AgreementAccessLogPaging1765010000000 implements MigrationInterface {
  name = 'AgreementAccessLogPaging1765010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX agreement_access_log_agreement;
      CREATE INDEX agreement_access_log_agreement ON agreement_access_log (agreement_id, id DESC);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX agreement_access_log_agreement;
      CREATE INDEX agreement_access_log_agreement ON agreement_access_log (agreement_id, at DESC, id DESC);
    `);
  }
}
