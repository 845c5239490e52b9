import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every plan has an IANA time zone in which its times are shown and printed. Plans made before
 * it existed were planned in Eastern time, so they get America/New_York. The server checks that
 * a zone is a real IANA zone before it stores one (the zone list is not a database fact).
 */
export class PlanTimeZone1764810000000 implements MigrationInterface {
  name = 'PlanTimeZone1764810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plans ADD COLUMN time_zone text NOT NULL DEFAULT 'America/New_York' CHECK (length(time_zone) BETWEEN 1 AND 64)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plans DROP COLUMN time_zone`);
  }
}
