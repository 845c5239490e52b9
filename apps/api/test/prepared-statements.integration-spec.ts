import { preparedQuery } from '../src/core/database/prepared-query';
import { sentDuring } from './support/sql-statements';
import { createPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const ADD = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t, successCriteria: "No closures" }) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $t: String!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: $t }) { id version title } }`;

/**
 * Issue 14 (concurrent edits): the statements every change sends (the session check, the plan's
 * lock, the lock with a part's update, the log append) are named prepared statements, parsed and
 * planned once per connection. A migration run by a newer replica must not break them on a
 * replica that is still running.
 */
describe('prepared statements on the change path', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('sends the session check, the lock with the update and the append by name', async () => {
    const plan = await createPlan(t, force);
    const added = (await gqlData(t, ADD, { p: plan.id, t: 'Keep I-40 moving' }, force.tokens.ncshpPlanner)).addObjective;
    const { sent } = await sentDuring(() => gqlData(t, UPDATE, { id: added.id, v: added.version, t: 'Keep I-95 moving' }, force.tokens.ncshpPlanner));
    const nameOf = (pattern: RegExp) => sent.find((s) => pattern.test(s.text))?.name;
    expect(nameOf(/UPDATE sessions\s+SET last_seen_at/)).toMatch(/^jo_[0-9a-f]{20}$/);
    expect(nameOf(/FOR UPDATE OF plan/)).toMatch(/^jo_[0-9a-f]{20}$/);
    expect(nameOf(/INSERT INTO plan_events/)).toMatch(/^jo_[0-9a-f]{20}$/);
    // The same text is the same statement every time: a second update sends the same names.
    const { sent: again } = await sentDuring(() => gqlData(t, UPDATE, { id: added.id, v: added.version + 1, t: 'Keep I-85 moving' }, force.tokens.ncshpPlanner));
    expect(again.find((s) => /FOR UPDATE OF plan/.test(s.text))?.name).toBe(nameOf(/FOR UPDATE OF plan/));
  });

  it('keeps working after a migration adds columns to plans and to a part while it runs', async () => {
    const plan = await createPlan(t, force);
    const added = (await gqlData(t, ADD, { p: plan.id, t: 'Before the migration' }, force.tokens.ncshpPlanner)).addObjective;
    // Prepare the statements on the pool's connections first (several requests at once).
    let version = added.version;
    const warm = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => (await gqlData(t, ADD, { p: plan.id, t: `Warm-up ${i}` }, force.tokens.ncshpPlanner)).addObjective),
    );
    version = (await gqlData(t, UPDATE, { id: added.id, v: version, t: 'Prepared' }, force.tokens.ncshpPlanner)).updateObjective.version;
    await t.db.query(`ALTER TABLE plans ADD COLUMN jointops_test_extra integer`);
    await t.db.query(`ALTER TABLE objectives ADD COLUMN jointops_test_extra integer`);
    try {
      // With `SELECT plan.*` or `RETURNING *` answered as columns, PostgreSQL would refuse these:
      // "cached plan must not change result type".
      for (let i = 0; i < 3; i++) {
        const updated = (await gqlData(t, UPDATE, { id: added.id, v: version, t: `After the migration ${i}` }, force.tokens.ncshpPlanner)).updateObjective;
        expect(updated).toMatchObject({ id: added.id, version: version + 1, title: `After the migration ${i}` });
        version = updated.version;
      }
      const more = await Promise.all(warm.map(async (o, i) => (await gqlData(t, UPDATE, { id: o.id, v: o.version, t: `Moved ${i}` }, force.tokens.ncshpPlanner)).updateObjective));
      expect(more.map((o) => o.version)).toEqual(warm.map((o) => o.version + 1));
      expect((await gqlData(t, ADD, { p: plan.id, t: 'Added after the migration' }, force.tokens.ncshpPlanner)).addObjective.version).toBe(1);
    } finally {
      await t.db.query(`ALTER TABLE objectives DROP COLUMN jointops_test_extra`);
      await t.db.query(`ALTER TABLE plans DROP COLUMN jointops_test_extra`);
    }
  });

  it('gives a pool connection back after a statement outside a transaction, also when it fails', async () => {
    // Three times the pool's size, at once: a connection kept would leave the last ones waiting.
    const rows = await Promise.all(Array.from({ length: 60 }, (_, i) => preparedQuery<{ n: number }>(t.db.manager, 'SELECT $1::int AS n', [i])));
    expect(rows.map(([row]) => row.n)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    const failures = await Promise.allSettled(Array.from({ length: 60 }, () => preparedQuery(t.db.manager, 'SELECT 1 / $1::int AS n', [0])));
    expect(failures.every((f) => f.status === 'rejected' && /division by zero/.test(String(f.reason)))).toBe(true);
    expect((await preparedQuery<{ n: number }>(t.db.manager, 'SELECT $1::int AS n', [7]))[0].n).toBe(7);
  });

  it('runs in the transaction it is given, on its connection', async () => {
    await t.db.transaction(async (manager) => {
      await manager.query(`CREATE TEMPORARY TABLE jointops_prepared_probe (n int) ON COMMIT DROP`);
      await preparedQuery(manager, 'INSERT INTO jointops_prepared_probe (n) VALUES ($1)', [41]);
      const [row] = await preparedQuery<{ n: number }>(manager, 'SELECT n + 1 AS n FROM jointops_prepared_probe', []);
      expect(row.n).toBe(42);
    });
  });
});
