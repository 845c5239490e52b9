import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts reserve a slot before the password is checked, so parallel guesses cannot
 * outrun the lockout: `in_flight` counts the checks under way for an email, `in_flight_at` is the
 * latest reservation (slots older than a minute are taken as abandoned, e.g. by a crashed replica).
 */
export class LoginAttemptSlots1764700000000 implements MigrationInterface {
  name = 'LoginAttemptSlots1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE login_throttle
        ADD COLUMN in_flight integer NOT NULL DEFAULT 0 CHECK (in_flight >= 0),
        ADD COLUMN in_flight_at timestamptz;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE login_throttle DROP COLUMN in_flight_at, DROP COLUMN in_flight;`);
  }
}
