import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on (issue 15): each sign-in started with the identity provider, kept on the server
 * and found again by the `state` the provider hands back (a SameSite=Strict cookie is not sent on
 * the provider's redirect back). Only hashes of the state and of the browser-binding cookie are
 * kept; the nonce and the PKCE verifier are kept as they are, since they are sent later. Single
 * use, for 10 minutes; rows past their expiry are deleted as new sign-ins start.
 */
export class OidcLogins1764920000000 implements MigrationInterface {
  name = 'OidcLogins1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE oidc_logins (
        state_hash text PRIMARY KEY,
        browser_hash text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        redirect_uri text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX oidc_logins_expires ON oidc_logins (expires_at);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE oidc_logins;`);
  }
}
