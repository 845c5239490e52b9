import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan row carries its participating agencies (`agency_ids`, in the order they joined), kept by
 * a trigger on plan_agencies, which stays the table every join reads.
 *
 * Why: a change authorizes against the agencies it reads in its locking statement. Read with a
 * subquery on plan_agencies, they came from the statement's snapshot, taken before it waited for
 * the lock: a change that waited while an agency was removed saw the agency still there and let
 * its member make one more edit. A row locked FOR UPDATE is read as committed after the wait, so a
 * list on the row itself is current.
 */
export class PlanAgencyIds1765000000000 implements MigrationInterface {
  name = 'PlanAgencyIds1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE plans ADD COLUMN agency_ids uuid[] NOT NULL DEFAULT '{}';
      UPDATE plans p SET agency_ids = ARRAY(SELECT pa.agency_id FROM plan_agencies pa WHERE pa.plan_id = p.id ORDER BY pa.added_at, pa.agency_id);
      -- OLD is null on INSERT and NEW on DELETE: the plan (or, if a row ever moved, both plans) the row was in.
      CREATE FUNCTION jointops_plan_agency_ids() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE plans SET agency_ids = ARRAY(SELECT pa.agency_id FROM plan_agencies pa WHERE pa.plan_id = plans.id ORDER BY pa.added_at, pa.agency_id)
         WHERE id IN (OLD.plan_id, NEW.plan_id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER plan_agencies_keep_plan_agency_ids AFTER INSERT OR UPDATE OR DELETE ON plan_agencies
        FOR EACH ROW EXECUTE FUNCTION jointops_plan_agency_ids();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER plan_agencies_keep_plan_agency_ids ON plan_agencies;
      DROP FUNCTION jointops_plan_agency_ids();
      ALTER TABLE plans DROP COLUMN agency_ids;
    `);
  }
}
