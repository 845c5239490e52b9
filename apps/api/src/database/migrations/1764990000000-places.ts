import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Places on a map (issue 20): a plan part like the others (versioned rows, events, content hash).
 * `coordinates` is a GeoJSON coordinate list, [[lon, lat]] for a point and 2–500 pairs for a route;
 * the API checks it with the schema the web's form uses, and the table keeps its shape. Timeline
 * events and roles may name a place: a place they name cannot be removed (NO ACTION, so a plan's
 * rows could still go together).
 */
export class Places1764990000000 implements MigrationInterface {
  name = 'Places1764990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE places (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('COMMAND_POST', 'STAGING_AREA', 'CHECKPOINT', 'INSPECTION_SITE', 'HOLDING_FACILITY', 'MEDICAL', 'ROUTE', 'OTHER')),
        coordinates jsonb NOT NULL CHECK (
          jsonb_typeof(coordinates) = 'array'
          AND jsonb_array_length(coordinates) BETWEEN 1 AND 500
          AND (kind = 'ROUTE') = (jsonb_array_length(coordinates) >= 2)
        ),
        address text NOT NULL DEFAULT '',
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX places_plan_idx ON places (plan_id, created_at)`);
    await queryRunner.query(`ALTER TABLE timeline_events ADD COLUMN place_id uuid REFERENCES places (id)`);
    await queryRunner.query(`ALTER TABLE role_assignments ADD COLUMN place_id uuid REFERENCES places (id)`);
    await queryRunner.query(`CREATE INDEX timeline_events_place_idx ON timeline_events (place_id) WHERE place_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX role_assignments_place_idx ON role_assignments (place_id) WHERE place_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE role_assignments DROP COLUMN place_id`);
    await queryRunner.query(`ALTER TABLE timeline_events DROP COLUMN place_id`);
    await queryRunner.query(`DROP TABLE places`);
  }
}
