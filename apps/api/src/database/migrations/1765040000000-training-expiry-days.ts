import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A training completion stays current through the whole of the day it lapses where the task force
 * works (libs/domain `trainingExpiresOn`), not to midnight UTC of that day (7 or 8 PM the evening
 * before in the Eastern zone). Completion days become midnight UTC of their calendar date (the
 * form's date field; the demo data held 14:00 UTC), and each stored expiry becomes the last instant
 * of its day in America/New_York, the deployment's zone when this ran (TASK_FORCE_TIME_ZONE).
 */
export class TrainingExpiryDays1765040000000 implements MigrationInterface {
  name = 'TrainingExpiryDays1765040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE training_records SET completed_on = ((completed_on AT TIME ZONE 'UTC')::date)::timestamp AT TIME ZONE 'UTC'`);
    // An expiry already at the end of its day there (recorded by a newer replica) is left alone.
    await queryRunner.query(`
      UPDATE training_records
         SET expires_on = (((expires_on AT TIME ZONE 'UTC')::date + 1)::timestamp AT TIME ZONE 'America/New_York') - interval '1 millisecond'
       WHERE expires_on IS NOT NULL
         AND expires_on <> (((expires_on AT TIME ZONE 'America/New_York')::date + 1)::timestamp AT TIME ZONE 'America/New_York') - interval '1 millisecond'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE training_records
         SET expires_on = ((expires_on AT TIME ZONE 'America/New_York')::date)::timestamp AT TIME ZONE 'UTC'
       WHERE expires_on IS NOT NULL`);
  }
}
