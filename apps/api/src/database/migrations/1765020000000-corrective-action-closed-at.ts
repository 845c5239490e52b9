import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a corrective action was closed, for oversight and the figures on closing on time. Until now
 * it was derived from the plan's log at every read; existing DONE actions take it from there once:
 * the first logged change that made the action DONE after the last one that left it not DONE
 * (reopened and closed again: the second closing counts).
 */
export class CorrectiveActionClosedAt1765020000000 implements MigrationInterface {
  name = 'CorrectiveActionClosedAt1765020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE corrective_actions ADD COLUMN closed_at timestamptz;
      WITH changes AS (
        SELECT e.entity_id AS action_id, e.seq, e.at, (e.data->>'status') = 'DONE' AS done
          FROM plan_events e
         WHERE e.entity_type = 'CORRECTIVE_ACTION' AND e.data IS NOT NULL
      ),
      last_open AS (SELECT action_id, max(seq) AS seq FROM changes WHERE NOT done GROUP BY action_id),
      completed AS (
        SELECT c.action_id, (array_agg(c.at ORDER BY c.seq))[1] AS at
          FROM changes c LEFT JOIN last_open o ON o.action_id = c.action_id
         WHERE c.done AND (o.seq IS NULL OR c.seq > o.seq)
         GROUP BY c.action_id
      )
      UPDATE corrective_actions a SET closed_at = completed.at
        FROM completed
       WHERE completed.action_id = a.id AND a.status = 'DONE';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE corrective_actions DROP COLUMN closed_at`);
  }
}
