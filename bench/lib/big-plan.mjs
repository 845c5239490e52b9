import pg from 'pg';
import { gql, UPDATE_OBJECTIVE } from './api.mjs';
import { createBenchPlan } from './setup.mjs';

export const PLAN_SIZE = { objectives: 50, roles: 100, checklist: 200, timeline: 500, logEvents: 2000 };
export const QUICK_PLAN_SIZE = { objectives: 50, roles: 100, checklist: 200, timeline: 500, logEvents: 500 };

/**
 * The scenario-4 plan: contents inserted with SQL (as apps/api/test/plan-read.integration-spec.ts
 * does), then a log of `logEvents` events made by real updateObjective mutations (so the hash
 * chain is the API's own), four writers at a time on different objectives.
 */
export async function buildBigPlan({ api, directUrl, token, size, onProgress = () => undefined }) {
  const { planId } = await createBenchPlan(api, token, {
    title: 'Operation Large Scale',
    objectives: 0,
    startsAt: '2027-03-01T00:00:00.000Z',
    endsAt: '2027-03-03T00:00:00.000Z',
  });
  const db = new pg.Client({ connectionString: directUrl });
  await db.connect();
  try {
    const users = Object.fromEntries(
      (await db.query(`SELECT u.email, u.id, u.agency_id FROM users u WHERE u.email IN ('dana.whitfield@ncshp.example', 'maria.lopez@cbp.example', 'marcus.bell@ncshp.example')`)).rows.map((row) => [
        row.email.split('@')[0],
        row,
      ]),
    );
    const ncshp = users['dana.whitfield'].agency_id;
    const cbp = users['maria.lopez'].agency_id;
    await db.query(
      `INSERT INTO objectives (plan_id, position, title, description, success_criteria)
       SELECT $1, i - 1, 'Objective ' || i, 'Description of objective ' || i, 'Criteria ' || i FROM generate_series(1, $2) i`,
      [planId, size.objectives],
    );
    const objectives = (await db.query(`SELECT id FROM objectives WHERE plan_id = $1 ORDER BY position`, [planId])).rows.map((row) => row.id);
    await db.query(
      `INSERT INTO role_assignments (plan_id, agency_id, title, responsibilities, assignee_id, objective_ids, created_at)
       SELECT $1, CASE WHEN i % 2 = 0 THEN $3::uuid ELSE $4::uuid END, 'Role ' || i, 'Responsibilities of role ' || i,
              CASE WHEN i % 2 = 0 THEN $5::uuid ELSE $6::uuid END, $7::uuid[], now() + (i || ' ms')::interval
       FROM generate_series(1, $2) i`,
      [planId, size.roles, cbp, ncshp, users['maria.lopez'].id, users['dana.whitfield'].id, objectives.slice(0, 3)],
    );
    await db.query(
      `INSERT INTO checklist_items (plan_id, position, category, text, citation, status, note, reviewed_by, reviewed_at)
       SELECT $1, i - 1, 'OTHER', 'Checklist item ' || i, 'N.C. Gen. Stat. § 15A-' || i,
              CASE WHEN i % 3 = 0 THEN 'OPEN' ELSE 'SATISFIED' END, CASE WHEN i % 3 = 0 THEN '' ELSE 'Done' END,
              CASE WHEN i % 3 = 0 THEN NULL ELSE $3::uuid END, CASE WHEN i % 3 = 0 THEN NULL ELSE now() END
       FROM generate_series(1, $2) i`,
      [planId, size.checklist, users['marcus.bell'].id],
    );
    await db.query(
      `INSERT INTO timeline_events (plan_id, title, phase, starts_at, ends_at, agency_id, notes)
       SELECT $1, 'Event ' || i,
              (ARRAY['PREPARATION', 'BRIEFING', 'EXECUTION', 'DEMOBILIZATION', 'DEBRIEF'])[1 + (i - 1) * 5 / $2],
              '2027-03-01T06:00:00Z'::timestamptz + (i * 4 || ' minutes')::interval,
              '2027-03-01T06:00:00Z'::timestamptz + ((i * 4 + 30) || ' minutes')::interval,
              CASE WHEN i % 2 = 0 THEN $3::uuid ELSE $4::uuid END, 'Notes ' || i
       FROM generate_series(1, $2) i`,
      [planId, size.timeline, cbp, ncshp],
    );
    // Each event depends on the one before it (a chain of finish-to-start links).
    await db.query(
      `UPDATE timeline_events t SET depends_on_ids = ARRAY[p.prev]
         FROM (SELECT id, lag(id) OVER (ORDER BY starts_at, id) AS prev FROM timeline_events WHERE plan_id = $1) p
        WHERE t.id = p.id AND p.prev IS NOT NULL AND (SELECT count(*) FROM timeline_events WHERE plan_id = $1) > 0`,
      [planId],
    );

    // The log: real mutations, four writers, each on its own objectives (so they never conflict).
    const versions = new Map(objectives.map((id) => [id, 1]));
    let done = 0;
    const writers = 4;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        const own = objectives.filter((_, index) => index % writers === writer);
        for (let k = 0; k * writers + writer < size.logEvents; k++) {
          const id = own[k % own.length];
          const result = await gql(api.url, UPDATE_OBJECTIVE, { id, expectedVersion: versions.get(id), patch: { title: `Objective ${objectives.indexOf(id) + 1} (rev ${versions.get(id)})` } }, token);
          if (result.errors) throw new Error(JSON.stringify(result.errors));
          versions.set(id, result.data.updateObjective.version);
          onProgress(++done);
        }
      }),
    );
    // Statistics as a running database has them (autovacuum analyzes tables that grew), whether
    // or not the autovacuum launcher got round to the new rows before the reads begin.
    await db.query('ANALYZE');
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM plan_events WHERE plan_id = $1`, [planId]);
    return { planId, logEvents: rows[0].n };
  } finally {
    await db.end();
  }
}
