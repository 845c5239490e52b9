import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft debrief remembers the furthest step of the wizard its author reached (0: the first
 * objective), so a resumed draft opens where they left off.
 */
export class DebriefLastStep1764870000000 implements MigrationInterface {
  name = 'DebriefLastStep1764870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE debriefs ADD COLUMN last_step integer NOT NULL DEFAULT 0 CHECK (last_step >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE debriefs DROP COLUMN last_step`);
  }
}
