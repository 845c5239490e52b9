import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account administration (issue 13, item 6): an account an ADMIN reset must choose a new password
 * at its next sign-in (`users.must_change_password`), and each session remembers when its user
 * last proved who they are (`sessions.authenticated_at`; for existing sessions, their sign-in).
 */
export class AccountAdministration1764820000000 implements MigrationInterface {
  name = 'AccountAdministration1764820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
      ALTER TABLE sessions ADD COLUMN authenticated_at timestamptz;
      UPDATE sessions SET authenticated_at = created_at;
      ALTER TABLE sessions ALTER COLUMN authenticated_at SET NOT NULL, ALTER COLUMN authenticated_at SET DEFAULT now();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE sessions DROP COLUMN authenticated_at;
      ALTER TABLE users DROP COLUMN must_change_password;
    `);
  }
}
