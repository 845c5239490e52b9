import { statementsDuring } from './support/sql-statements';
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

    const begin = statements.findIndex((sql) => /^(START TRANSACTION|BEGIN)/i.test(sql.trim()));
    expect(begin).toBeGreaterThan(-1);
    const touchingObjectives = statements.map((sql, index) => ({ sql, index })).filter(({ sql }) => /\bobjectives\b/.test(sql));
    // The lock (with the part's plan looked up in it) and the update; nothing before BEGIN.
    expect(touchingObjectives.map(({ index }) => index > begin)).toEqual([true, true]);
    expect(touchingObjectives[0]!.sql).toMatch(/FOR UPDATE/);
    expect(touchingObjectives[1]!.sql).toMatch(/^UPDATE "objectives"/);
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
