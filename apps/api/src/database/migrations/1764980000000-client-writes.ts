import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offline writes (issue 19). A write the web queued on a device without signal carries a
 * client-generated key; the first time a user's key is used the write is applied and the key is
 * remembered here with what it made, in the same transaction. The same key again answers with that
 * same entity and changes nothing, so a retry after a lost answer never makes a second entry.
 */
export class ClientWrites1764980000000 implements MigrationInterface {
  name = 'ClientWrites1764980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE client_writes (
        user_id uuid NOT NULL REFERENCES users(id),
        client_key text NOT NULL CHECK (client_key ~ '^[A-Za-z0-9_-]{8,64}$'),
        operation text NOT NULL CHECK (operation IN ('logActivity', 'recordTimelineActuals', 'saveDebrief')),
        plan_id uuid NOT NULL REFERENCES plans(id),
        entity_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, client_key)
      )`);
    await queryRunner.query(`CREATE INDEX client_writes_plan ON client_writes (plan_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE client_writes`);
  }
}
