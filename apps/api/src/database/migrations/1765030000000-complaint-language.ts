import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a complaint was filed in (the public form speaks English and Spanish), so oversight
 * can write the outcome the complainant reads in it. Complaints filed before keep null: not known.
 */
export class ComplaintLanguage1765030000000 implements MigrationInterface {
  name = 'ComplaintLanguage1765030000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE complaints ADD COLUMN language text CHECK (language IN ('en', 'es'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE complaints DROP COLUMN language`);
  }
}
