import { ChecklistCategory, INCIDENT_TYPES, OUTCOMES } from '@jointops/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Over WebSocket, validation once let values outside the enums into JSON columns (an incident of
 * type "use of force (not reported)", an outcome "TOTALLY_MET"); a stored one breaks every read of
 * that debrief, the after-action report and the published figures. Debriefs and the event log are
 * records of an audit trail, so nothing is rewritten here: `jointops_report_enum_findings` lists
 * every stored value outside its enum in `stored_value_findings` (and as a WARNING in the server
 * log) for a person to correct through the application, where the correction is itself logged.
 * It can be run again at any time with the enums of the day.
 */
export class StoredEnumFindings1764710000000 implements MigrationInterface {
  name = 'StoredEnumFindings1764710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stored_value_findings (
        id bigserial PRIMARY KEY,
        found_at timestamptz NOT NULL DEFAULT now(),
        table_name text NOT NULL,
        row_key text NOT NULL,
        path text NOT NULL,
        value jsonb,
        expected text[] NOT NULL,
        UNIQUE (table_name, row_key, path)
      );

      CREATE FUNCTION jointops_json_items(value jsonb) RETURNS TABLE (item jsonb, idx bigint)
      LANGUAGE sql IMMUTABLE AS $$
        SELECT e.item, e.idx - 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END)
          WITH ORDINALITY AS e(item, idx)
      $$;

      CREATE FUNCTION jointops_report_enum_findings(p_incident_types text[], p_outcomes text[], p_checklist_categories text[]) RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE
        finding record;
        total integer := 0;
      BEGIN
        FOR finding IN
          WITH candidates (table_name, row_key, path, value, expected) AS (
            SELECT 'debriefs', d.id::text, format('incidents[%s].type', i.idx), i.item -> 'type', p_incident_types
              FROM debriefs d, jointops_json_items(d.incidents) i
            UNION ALL
            SELECT 'debriefs', d.id::text, format('outcomes[%s].outcome', o.idx), o.item -> 'outcome', p_outcomes
              FROM debriefs d, jointops_json_items(d.outcomes) o
            UNION ALL
            SELECT 'after_action_reports', r.id::text, format('aggregates.incidents[%s].type', i.idx), i.item -> 'type', p_incident_types
              FROM after_action_reports r, jointops_json_items(r.aggregates -> 'incidents') i
            UNION ALL
            SELECT 'checklist_templates', t.id::text, format('items[%s].category', i.idx), i.item -> 'category', p_checklist_categories
              FROM checklist_templates t, jointops_json_items(t.items) i
            UNION ALL
            SELECT 'plan_events', e.plan_id || '#' || e.seq, format('data.incidents[%s].type', i.idx), i.item -> 'type', p_incident_types
              FROM plan_events e, jointops_json_items(e.data -> 'incidents') i WHERE e.entity_type = 'DEBRIEF'
            UNION ALL
            SELECT 'plan_events', e.plan_id || '#' || e.seq, format('data.outcomes[%s].outcome', o.idx), o.item -> 'outcome', p_outcomes
              FROM plan_events e, jointops_json_items(e.data -> 'outcomes') o WHERE e.entity_type = 'DEBRIEF'
            UNION ALL
            SELECT 'plan_events', e.plan_id || '#' || e.seq, format('data.aggregates.incidents[%s].type', i.idx), i.item -> 'type', p_incident_types
              FROM plan_events e, jointops_json_items(e.data -> 'aggregates' -> 'incidents') i WHERE e.entity_type = 'AFTER_ACTION_REPORT'
          )
          SELECT * FROM candidates c
           WHERE c.value IS NULL OR jsonb_typeof(c.value) <> 'string' OR NOT ((c.value #>> '{}') = ANY (c.expected))
        LOOP
          total := total + 1;
          INSERT INTO stored_value_findings (table_name, row_key, path, value, expected)
          VALUES (finding.table_name, finding.row_key, finding.path, finding.value, finding.expected)
          ON CONFLICT (table_name, row_key, path) DO UPDATE SET value = EXCLUDED.value, expected = EXCLUDED.expected;
          RAISE WARNING 'JointOps: %.% of row % holds %, which is not one of %; recorded in stored_value_findings, not changed',
            finding.table_name, finding.path, finding.row_key, coalesce(finding.value::text, 'nothing'), finding.expected;
        END LOOP;
        RETURN total;
      END
      $$;
    `);
    const [{ found }]: Array<{ found: number }> = await queryRunner.query(`SELECT jointops_report_enum_findings($1, $2, $3) AS found`, [
      [...INCIDENT_TYPES],
      [...OUTCOMES],
      Object.values(ChecklistCategory),
    ]);
    if (found > 0) {
      // Migrations run before the application's logger exists; a process warning reaches stderr.
      process.emitWarning(`${found} stored value(s) lie outside their enums; see the table stored_value_findings. Nothing was changed.`, 'JointOpsDataWarning');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION jointops_report_enum_findings(text[], text[], text[]);
      DROP FUNCTION jointops_json_items(jsonb);
      DROP TABLE stored_value_findings;
    `);
  }
}
