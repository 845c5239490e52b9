import { createPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Security test finding 8 (issue 11): verifyPlanLog answered ok: false (tampering) in 21 of 200
 * calls while a planner was editing, because it read the plan's head and the events at different
 * moments. A log nobody tampered with verifies, whatever is committed meanwhile.
 */

const VERIFY = `query($p: ID!) { verifyPlanLog(planId: $p) { ok checked firstBrokenSeq } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $title: String!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: $title }) { id version } }`;

describe('verifyPlanLog while the plan is being edited (finding 8)', () => {
  let t: TestApp;
  let force: TaskForce;
  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('answers ok for every one of 200 verifications made while edits commit, each counting a whole prefix of the log', async () => {
    const plan = await createPlan(t, force, { title: 'Verified while edited' });
    const planner = force.tokens.ncshpPlanner;
    let objective = (await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Edit 0" }) { id version } }`, { p: plan.id }, planner)).addObjective;
    const [{ last_seq: startSeq }] = await t.db.query(`SELECT last_seq FROM plans WHERE id = $1`, [plan.id]);

    let editing = true;
    let edits = 0;
    const editor = (async () => {
      while (editing) {
        edits++;
        objective = (await gqlData(t, UPDATE, { id: objective.id, v: objective.version, title: `Edit ${edits}` }, planner)).updateObjective;
      }
    })();

    const results: Array<{ ok: boolean; checked: number; firstBrokenSeq: number | null }> = [];
    try {
      // Four callers at a time, as an oversight dashboard polling several panes would.
      for (let round = 0; round < 50; round++) {
        const batch = await Promise.all([0, 1, 2, 3].map(() => gqlData(t, VERIFY, { p: plan.id }, force.tokens.oversight)));
        results.push(...batch.map((data) => data.verifyPlanLog));
      }
    } finally {
      editing = false;
      await editor;
    }

    expect(results).toHaveLength(200);
    // The edits really overlapped the verifications: the log grew while they ran.
    expect(edits).toBeGreaterThan(20);
    expect(new Set(results.map((result) => result.checked)).size).toBeGreaterThan(5);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(results.every((result) => result.firstBrokenSeq === null && result.checked >= startSeq)).toBe(true);

    const [{ last_seq: endSeq }] = await t.db.query(`SELECT last_seq FROM plans WHERE id = $1`, [plan.id]);
    expect((await gqlData(t, VERIFY, { p: plan.id }, force.tokens.oversight)).verifyPlanLog).toEqual({ ok: true, checked: endSeq, firstBrokenSeq: null });
  }, 120_000);
});
