import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NC_BASELINE_TEMPLATE } from '../seed/checklist-templates';

/**
 * Plans and everything in them, the checklist templates (data, versioned), and the per-plan
 * event log: gapless seq, hash chain, append-only.
 */
export class PlansAndEventLog1764400000000 implements MigrationInterface {
  name = 'PlansAndEventLog1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE checklist_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        jurisdiction text NOT NULL,
        version integer NOT NULL,
        effective_from timestamptz NOT NULL,
        items jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (name, version)
      );

      CREATE TABLE plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        summary text NOT NULL DEFAULT '' CHECK (length(summary) <= 20000),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CLOSED', 'CANCELLED')),
        version integer NOT NULL DEFAULT 1,
        revision integer NOT NULL DEFAULT 0,
        last_seq integer NOT NULL DEFAULT 0,
        last_hash text NOT NULL DEFAULT repeat('0', 64),
        last_changed_by uuid REFERENCES users (id),
        lead_agency_id uuid NOT NULL REFERENCES agencies (id),
        starts_at timestamptz,
        ends_at timestamptz,
        cancel_reason text,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
      );
      CREATE INDEX plans_newest_idx ON plans (created_at DESC, id DESC);

      CREATE TABLE plan_agencies (
        plan_id uuid NOT NULL REFERENCES plans (id),
        agency_id uuid NOT NULL REFERENCES agencies (id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, agency_id)
      );
      CREATE INDEX plan_agencies_agency_idx ON plan_agencies (agency_id, plan_id);

      CREATE TABLE objectives (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        position integer NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        success_criteria text NOT NULL DEFAULT '',
        priority text NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX objectives_plan_idx ON objectives (plan_id, position);

      CREATE TABLE role_assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        agency_id uuid NOT NULL REFERENCES agencies (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        responsibilities text NOT NULL DEFAULT '',
        assignee_id uuid REFERENCES users (id),
        objective_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX role_assignments_plan_idx ON role_assignments (plan_id, created_at);

      CREATE TABLE checklist_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        position integer NOT NULL,
        category text NOT NULL CHECK (category IN ('LEGAL_AUTHORITY', 'AGREEMENTS', 'SEARCH_AND_SEIZURE', 'CIVIL_RIGHTS',
          'DATA_PRIVACY', 'LANGUAGE_ACCESS', 'USE_OF_FORCE', 'SAFETY_MEDICAL', 'COMMUNITY_IMPACT', 'OTHER')),
        text text NOT NULL CHECK (length(text) >= 1),
        required boolean NOT NULL DEFAULT true,
        citation text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'SATISFIED', 'NOT_APPLICABLE')),
        note text NOT NULL DEFAULT '',
        reviewed_by uuid REFERENCES users (id),
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'OPEN' OR length(note) > 0)
      );
      CREATE INDEX checklist_items_plan_idx ON checklist_items (plan_id, position);

      CREATE TABLE timeline_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        phase text NOT NULL CHECK (phase IN ('PREPARATION', 'BRIEFING', 'EXECUTION', 'DEMOBILIZATION', 'DEBRIEF')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        agency_id uuid REFERENCES agencies (id),
        depends_on_ids uuid[] NOT NULL DEFAULT '{}',
        notes text NOT NULL DEFAULT '',
        actual_starts_at timestamptz,
        actual_ends_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at >= starts_at)
      );
      CREATE INDEX timeline_events_plan_idx ON timeline_events (plan_id, starts_at);

      CREATE TABLE resource_commitments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        agency_id uuid NOT NULL REFERENCES agencies (id),
        kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 200),
        quantity integer NOT NULL CHECK (quantity >= 0),
        notes text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX resource_commitments_plan_idx ON resource_commitments (plan_id, created_at);

      CREATE TABLE comms_channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id),
        version integer NOT NULL DEFAULT 1,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        details text NOT NULL,
        purpose text NOT NULL DEFAULT '',
        agency_id uuid REFERENCES agencies (id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX comms_channels_plan_idx ON comms_channels (plan_id, created_at);

      CREATE TABLE plan_events (
        plan_id uuid NOT NULL REFERENCES plans (id),
        seq integer NOT NULL CHECK (seq >= 1),
        at timestamptz NOT NULL,
        actor_id uuid NOT NULL REFERENCES users (id),
        type text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        data jsonb,
        revision integer NOT NULL,
        hash text NOT NULL,
        prev_hash text NOT NULL,
        PRIMARY KEY (plan_id, seq)
      );
      CREATE TRIGGER plan_events_append_only BEFORE UPDATE OR DELETE ON plan_events
        FOR EACH ROW EXECUTE FUNCTION jointops_refuse_change();
      CREATE TRIGGER plan_events_no_truncate BEFORE TRUNCATE ON plan_events
        FOR EACH STATEMENT EXECUTE FUNCTION jointops_refuse_change();
    `);
    await queryRunner.query(
      `INSERT INTO checklist_templates (name, jurisdiction, version, effective_from, items) VALUES ($1, $2, $3, $4, $5)`,
      [
        NC_BASELINE_TEMPLATE.name,
        NC_BASELINE_TEMPLATE.jurisdiction,
        NC_BASELINE_TEMPLATE.version,
        NC_BASELINE_TEMPLATE.effectiveFrom,
        JSON.stringify(NC_BASELINE_TEMPLATE.items),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE plan_events;
      DROP TABLE comms_channels;
      DROP TABLE resource_commitments;
      DROP TABLE timeline_events;
      DROP TABLE checklist_items;
      DROP TABLE role_assignments;
      DROP TABLE objectives;
      DROP TABLE plan_agencies;
      DROP TABLE plans;
      DROP TABLE checklist_templates;
    `);
  }
}
