import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The operation and what is learned from it: ICS 214 activity log, debriefs, the AAR / improvement plan. */
export class OperationAndAfterAction1764600000000 implements MigrationInterface {
  name = 'OperationAndAfterAction1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE activity_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        at timestamptz NOT NULL,
        author_id uuid NOT NULL REFERENCES users (id),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX activity_entries_plan_idx ON activity_entries (plan_id, at, created_at);
      CREATE TRIGGER activity_entries_append_only BEFORE UPDATE OR DELETE ON activity_entries
        FOR EACH ROW EXECUTE FUNCTION jointops_refuse_change();

      CREATE TABLE debriefs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        author_id uuid NOT NULL REFERENCES users (id),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        version integer NOT NULL DEFAULT 1,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED')),
        outcomes jsonb NOT NULL DEFAULT '[]',
        strengths jsonb NOT NULL DEFAULT '[]',
        improvements jsonb NOT NULL DEFAULT '[]',
        incidents jsonb NOT NULL DEFAULT '[]',
        narrative text NOT NULL DEFAULT '',
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (plan_id, author_id)
      );

      CREATE TABLE after_action_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL UNIQUE REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        summary text NOT NULL DEFAULT '',
        aggregates jsonb NOT NULL,
        finalized_at timestamptz,
        finalized_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', summary), 'A') ||
          setweight(to_tsvector('english', coalesce(aggregates->>'lessonText', '')), 'B')
        ) STORED
      );
      CREATE INDEX after_action_reports_search_idx ON after_action_reports USING gin (search);

      CREATE TABLE corrective_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES after_action_reports (id),
        plan_id uuid NOT NULL REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        owner_agency_id uuid NOT NULL REFERENCES agencies (id),
        due_date timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX corrective_actions_owner_idx ON corrective_actions (owner_agency_id, status);
      CREATE INDEX corrective_actions_plan_idx ON corrective_actions (plan_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE corrective_actions; DROP TABLE after_action_reports; DROP TABLE debriefs; DROP TABLE activity_entries;`);
  }
}
