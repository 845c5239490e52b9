import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public side (issue 17): complaints anyone may file, looked up by a tracking code of which
 * only a hash is kept; their append-only handling history (who changed what, and when); and the
 * filings per client address for the rate limit, kept only as a keyed hash and for 30 days; and
 * who read complaint text (oversight), append-only like the plan access log.
 */
export class Complaints1764960000000 implements MigrationInterface {
  name = 'Complaints1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- SHA-256 of the tracking code's characters: the code itself is the complainant's alone.
        tracking_hash bytea NOT NULL UNIQUE,
        category text NOT NULL CHECK (category IN ('RACIAL_PROFILING', 'USE_OF_FORCE', 'UNLAWFUL_SEARCH_OR_SEIZURE', 'LANGUAGE_ACCESS', 'DISCOURTESY', 'PROPERTY', 'DATA_PRIVACY', 'OTHER')),
        status text NOT NULL DEFAULT 'RECEIVED' CHECK (status IN ('RECEIVED', 'UNDER_REVIEW', 'REFERRED', 'CLOSED')),
        occurred_at timestamptz NOT NULL,
        location text NOT NULL,
        description text NOT NULL,
        contact text,
        agency_id uuid REFERENCES agencies(id),
        plan_id uuid REFERENCES plans(id),
        outcome text,
        received_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (status <> 'CLOSED' OR outcome IS NOT NULL)
      );
      CREATE INDEX complaints_status ON complaints (status, received_at DESC);
      CREATE INDEX complaints_plan ON complaints (plan_id) WHERE plan_id IS NOT NULL;
      CREATE INDEX complaints_received ON complaints (received_at);

      CREATE TABLE complaint_history (
        id bigserial PRIMARY KEY,
        complaint_id uuid NOT NULL REFERENCES complaints(id),
        -- Null for the filing itself (anonymous).
        actor_id uuid REFERENCES users(id),
        at timestamptz NOT NULL DEFAULT now(),
        -- { field: { from, to } } for each changed field; {} for the filing.
        changes jsonb NOT NULL
      );
      CREATE INDEX complaint_history_complaint ON complaint_history (complaint_id, at, id);
      CREATE TRIGGER complaint_history_append_only BEFORE UPDATE OR DELETE ON complaint_history
        FOR EACH ROW EXECUTE FUNCTION jointops_refuse_change();
      CREATE TRIGGER complaint_history_no_truncate BEFORE TRUNCATE ON complaint_history
        FOR EACH STATEMENT EXECUTE FUNCTION jointops_refuse_change();

      CREATE TABLE complaint_filings (
        -- HMAC of the client address under the server's key: never the address itself.
        address_hash bytea NOT NULL,
        filed_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX complaint_filings_address ON complaint_filings (address_hash, filed_at);
      CREATE INDEX complaint_filings_filed ON complaint_filings (filed_at);

      -- A complaint's text and contact are read by oversight alone; each read is recorded here.
      CREATE TABLE complaint_access_log (
        id bigserial PRIMARY KEY,
        complaint_id uuid NOT NULL,
        user_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('VIEW')),
        request_id text,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX complaint_access_log_complaint ON complaint_access_log (complaint_id, at DESC, id DESC);
      CREATE TRIGGER complaint_access_log_append_only BEFORE UPDATE OR DELETE ON complaint_access_log
        FOR EACH ROW EXECUTE FUNCTION jointops_refuse_change();
      CREATE TRIGGER complaint_access_log_no_truncate BEFORE TRUNCATE ON complaint_access_log
        FOR EACH STATEMENT EXECUTE FUNCTION jointops_refuse_change();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE complaint_access_log; DROP TABLE complaint_filings; DROP TABLE complaint_history; DROP TABLE complaints;`);
  }
}
