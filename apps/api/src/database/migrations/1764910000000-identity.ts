import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity (issue 15): second factors (a TOTP secret and its recovery codes, passkeys), the
 * one-time challenges between a password and a second factor (and for WebAuthn ceremonies), what
 * each session proved (second factor, restricted to enrollment, how it signed in), and on each
 * approval whether it was signed with a second factor and what it meant.
 */
export class Identity1764910000000 implements MigrationInterface {
  name = 'Identity1764910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- A confirmed secret (with the last time step whose code was accepted: a code is accepted
      -- once) and, while an enrollment is under way, the pending one; a new enrollment replaces
      -- the confirmed secret only when it is confirmed.
      CREATE TABLE totp_factors (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        secret text,
        confirmed_at timestamptz,
        last_step bigint,
        pending_secret text,
        pending_since timestamptz,
        CHECK ((secret IS NULL) = (confirmed_at IS NULL))
      );

      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      );
      CREATE INDEX recovery_codes_user ON recovery_codes (user_id) WHERE used_at IS NULL;

      CREATE TABLE passkeys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        credential_id text NOT NULL UNIQUE,
        public_key bytea NOT NULL,
        counter bigint NOT NULL DEFAULT 0,
        transports text[] NOT NULL DEFAULT '{}',
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz
      );
      CREATE INDEX passkeys_user ON passkeys (user_id);

      -- LOGIN: between a password (or an identity provider without MFA) and a second factor,
      -- found by the hash of the token given to the client. PASSKEY_REGISTRATION and
      -- PASSKEY_REAUTH: a WebAuthn challenge of one session. Single use, short-lived.
      CREATE TABLE auth_challenges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose text NOT NULL CHECK (purpose IN ('LOGIN', 'PASSKEY_REGISTRATION', 'PASSKEY_REAUTH')),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text UNIQUE,
        session_id uuid REFERENCES sessions(id) ON DELETE CASCADE,
        webauthn_challenge text,
        -- How the first step was passed: 'password' or 'oidc'.
        method text NOT NULL DEFAULT 'password',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX auth_challenges_session ON auth_challenges (session_id, purpose) WHERE used_at IS NULL;

      ALTER TABLE sessions
        ADD COLUMN second_factor boolean NOT NULL DEFAULT false,
        ADD COLUMN restricted boolean NOT NULL DEFAULT false,
        ADD COLUMN method text NOT NULL DEFAULT 'password';

      ALTER TABLE approvals
        ADD COLUMN second_factor boolean,
        ADD COLUMN meaning text;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE approvals DROP COLUMN meaning, DROP COLUMN second_factor;
      ALTER TABLE sessions DROP COLUMN method, DROP COLUMN restricted, DROP COLUMN second_factor;
      DROP TABLE auth_challenges;
      DROP TABLE passkeys;
      DROP TABLE recovery_codes;
      DROP TABLE totp_factors;
    `);
  }
}
