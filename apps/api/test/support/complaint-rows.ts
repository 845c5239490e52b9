import type { TestApp } from './test-app';

/**
 * Complaints written straight to the database (a fixture: filing has its own API and specs), `count`
 * of them with this category and status, received at `receivedAt`.
 */
export async function recordComplaints(t: Pick<TestApp, 'db'>, count: number, fields: { category?: string; status?: string; receivedAt: string }): Promise<void> {
  await t.db.query(
    `INSERT INTO complaints (tracking_hash, category, status, occurred_at, location, description, outcome, received_at, updated_at)
     SELECT sha256(gen_random_uuid()::text::bytea), $2, $3, $4, 'Main Street', 'A complaint for the published figures.', CASE WHEN $3 = 'CLOSED' THEN 'Closed after review.' END, $4, $4
       FROM generate_series(1, $1)`,
    [count, fields.category ?? 'USE_OF_FORCE', fields.status ?? 'RECEIVED', fields.receivedAt],
  );
}
