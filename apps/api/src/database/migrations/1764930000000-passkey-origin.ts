import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Passkeys (issue 15, item 2): a WebAuthn challenge remembers the browser origin it was issued to
 * (the page's Origin when the server answers it, else the server's own), so the response is checked
 * against that origin and its host as the relying party ID, whichever address the server is
 * reached at.
 */
export class PasskeyOrigin1764930000000 implements MigrationInterface {
  name = 'PasskeyOrigin1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE auth_challenges ADD COLUMN origin text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE auth_challenges DROP COLUMN origin`);
  }
}
