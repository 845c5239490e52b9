import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agreements and training (issue 16): a plan's operation type; agreements between agencies, with
 * their parties, an append-only history and the signed PDF (kept in PostgreSQL so backups carry
 * it); courses and the training records of people.
 */
export class AgreementsAndTraining1764940000000 implements MigrationInterface {
  name = 'AgreementsAndTraining1764940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE plans ADD COLUMN operation_type text
        CHECK (operation_type IN ('CARGO_INSPECTION', 'CHECKPOINT', 'WARRANT_SERVICE', 'INVESTIGATION_SUPPORT', 'SURVEILLANCE', 'TRANSPORT', 'TRAINING_EXERCISE', 'OTHER'));

      CREATE TABLE agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('MOU', 'MOA', 'TASK_FORCE_AGREEMENT', 'DATA_SHARING_AGREEMENT')),
        scope text[] NOT NULL CHECK (cardinality(scope) > 0),
        data_sharing_terms text NOT NULL,
        reporting_requirements text NOT NULL,
        effective_from timestamptz NOT NULL,
        -- The last instant the agreement is in force; null: open-ended.
        expires_on timestamptz,
        terminated_at timestamptz,
        termination_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid NOT NULL REFERENCES users(id),
        CHECK (expires_on IS NULL OR expires_on >= effective_from),
        CHECK ((terminated_at IS NULL) = (termination_reason IS NULL))
      );

      CREATE TABLE agreement_agencies (
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        PRIMARY KEY (agreement_id, agency_id)
      );
      CREATE INDEX agreement_agencies_agency ON agreement_agencies (agency_id);

      -- Append-only: who changed what, when and why (CREATED, UPDATED, DOCUMENT_UPLOADED, TERMINATED).
      CREATE TABLE agreement_changes (
        id bigserial PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        by_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('CREATED', 'UPDATED', 'DOCUMENT_UPLOADED', 'TERMINATED')),
        field text,
        before text,
        after text,
        reason text
      );
      CREATE INDEX agreement_changes_agreement ON agreement_changes (agreement_id, id);

      -- The signed document: one per agreement; a new upload replaces it (the history keeps the record).
      CREATE TABLE agreement_documents (
        agreement_id uuid PRIMARY KEY REFERENCES agreements(id) ON DELETE CASCADE,
        name text NOT NULL,
        content bytea NOT NULL,
        size integer NOT NULL CHECK (size > 0 AND size <= 20971520),
        sha256 text NOT NULL,
        uploaded_at timestamptz NOT NULL,
        uploaded_by_id uuid NOT NULL REFERENCES users(id)
      );

      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        title text NOT NULL,
        -- Months a completion stays current; null: it never lapses.
        validity_months integer CHECK (validity_months IS NULL OR validity_months > 0),
        required_for text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX courses_code ON courses (lower(code));

      CREATE TABLE training_records (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses(id),
        completed_on timestamptz NOT NULL,
        -- completed_on plus the course's validity when recorded; null: never lapses.
        expires_on timestamptz,
        evidence text NOT NULL,
        recorded_by_id uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX training_records_user_course ON training_records (user_id, course_id);
      CREATE INDEX training_records_course ON training_records (course_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE training_records;
      DROP TABLE courses;
      DROP TABLE agreement_documents;
      DROP TABLE agreement_changes;
      DROP TABLE agreement_agencies;
      DROP TABLE agreements;
      ALTER TABLE plans DROP COLUMN operation_type;
    `);
  }
}
