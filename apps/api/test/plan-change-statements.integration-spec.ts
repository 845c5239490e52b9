import { statementsDuring, withoutBackgroundWrites } from './support/sql-statements';
import { createPlan, gqlData, MISSING_ID, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const ADD = `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Keep I-40 moving", successCriteria: "No closures" }) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "Keep I-95 moving" }) { id version title } }`;

/**
 * Issue 14 (concurrent edits): a change to a plan's part finds the part's plan in the statement
 * that locks it, inside the transaction, instead of a lookup before it: one round trip fewer on
 * every edit of an objective, role, checklist item, event, resource, channel or place.
 */
describe('the statements of a change to a part of a plan', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('looks the part up only inside the transaction, in the locking statement', async () => {
    const plan = await createPlan(t, force);
    const added = (await gqlData(t, ADD, { p: plan.id }, force.tokens.ncshpPlanner)).addObjective;
    const { result: updated, statements } = await statementsDuring(async () => (await gqlData(t, UPDATE, { id: added.id, v: added.version }, force.tokens.ncshpPlanner)).updateObjective);
    expect(updated).toMatchObject({ id: added.id, version: added.version + 1, title: 'Keep I-95 moving' });

    const sent = withoutBackgroundWrites(statements);
    const begin = sent.findIndex((sql) => /^(START TRANSACTION|BEGIN)/i.test(sql.trim()));
    expect(begin).toBeGreaterThan(-1);
    const commit = sent.findIndex((sql) => /^COMMIT/i.test(sql.trim()));
    // Under the lock: the lock with the update in it (the part's plan looked up there too), the
    // events with the plan's log head, COMMIT. Nothing touches the objective before BEGIN.
    const locked = sent.slice(begin + 1, commit + 1);
    expect(locked).toHaveLength(3);
    expect(locked[0]).toMatch(/FOR UPDATE OF plan/);
    expect(locked[0]).toMatch(/UPDATE "objectives" SET/);
    expect(locked[1]).toMatch(/INSERT INTO plan_events/);
    expect(sent.slice(0, begin).some((sql) => /\bobjectives\b/.test(sql))).toBe(false);
  });

  it('an update sent with the lock is undone when the caller may not make it, and bad input is judged after the caller', async () => {
    const plan = await createPlan(t, force);
    const added = (await gqlData(t, ADD, { p: plan.id }, force.tokens.ncshpPlanner)).addObjective;
    const state = async () => {
      const [row] = (await t.db.query(`SELECT o.version, o.title, p.last_seq FROM objectives o JOIN plans p ON p.id = o.plan_id WHERE o.id = $1`, [added.id])) as Array<Record<string, unknown>>;
      return row;
    };
    const before = await state();
    const code = async (token: string, patch: string) => (await t.gql(`mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: ${patch}) { id } }`, { id: added.id, v: added.version }, token)).errors?.[0]?.extensions;
    // Not a member: the plan does not exist for them, whatever the patch.
    expect((await code(force.tokens.wcsoPlanner, '{ title: "Taken over" }'))?.code).toBe('NOT_FOUND');
    expect((await code(force.tokens.wcsoPlanner, '{ title: "" }'))?.code).toBe('NOT_FOUND');
    // A member who may read but not edit (an officer): FORBIDDEN, also for bad input.
    expect((await code(force.tokens.ncshpOfficer, '{ title: "Taken over" }'))?.code).toBe('FORBIDDEN');
    expect((await code(force.tokens.ncshpOfficer, '{ title: "" }'))?.code).toBe('FORBIDDEN');
    // A planner: bad input names the field.
    expect(await code(force.tokens.ncshpPlanner, '{ title: "" }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.title' });
    expect(await state()).toEqual(before);
    // A stale version: CONFLICT with the objective as it is now, nothing written.
    await gqlData(t, UPDATE, { id: added.id, v: added.version }, force.tokens.ncshpPlanner);
    const moved = await state();
    const stale = await t.gql(UPDATE, { id: added.id, v: added.version }, force.tokens.ncshpPlanner);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: added.version + 1 });
    expect(await state()).toEqual(moved);
  });

  it('still answers NOT_FOUND naming the part for a missing or malformed id, with nothing written', async () => {
    const plan = await createPlan(t, force);
    const before = (await gqlData(t, `query($id: ID!) { plan(id: $id) { lastSeq } }`, { id: plan.id }, force.tokens.ncshpPlanner)).plan.lastSeq;
    for (const id of [MISSING_ID, 'not-a-uuid']) {
      const response = await t.gql(UPDATE, { id, v: 1 }, force.tokens.ncshpPlanner);
      expect(response.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Objective/), extensions: { code: 'NOT_FOUND' } });
    }
    expect((await gqlData(t, `query($id: ID!) { plan(id: $id) { lastSeq } }`, { id: plan.id }, force.tokens.ncshpPlanner)).plan.lastSeq).toBe(before);
  });
});
