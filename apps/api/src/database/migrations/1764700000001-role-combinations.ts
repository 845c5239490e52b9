import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The last line of defence behind checkRoles (libs/domain), which every role grant goes through:
 * OVERSIGHT is never also a plan member (PLANNER, AGENCY_LEAD, OFFICER), and neither is ADMIN.
 * NOT VALID: accounts made before the rule are left for an administrator to correct, not refused
 * at start-up; every new or changed row is checked.
 */
export class RoleCombinations1764700000001 implements MigrationInterface {
  name = 'RoleCombinations1764700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users ADD CONSTRAINT users_roles_combination CHECK (
        NOT (roles && ARRAY['OVERSIGHT', 'ADMIN']::text[] AND roles && ARRAY['PLANNER', 'AGENCY_LEAD', 'OFFICER']::text[])
      ) NOT VALID;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP CONSTRAINT users_roles_combination;`);
  }
}
