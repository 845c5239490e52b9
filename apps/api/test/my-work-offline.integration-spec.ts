import { asAt } from './support/clock';
import { activePlan } from './support/operation';
import { gqlData, seedTaskForce, type PersonKey, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const ASSIGNED = `{ myWork { assignedOperations { id status } } }`;
const HOUR = 3_600_000;

/**
 * Issue 19: My work names the operations whose offline copy a device keeps: ACTIVE plans, and
 * plans completed within the last 24 hours, in which the caller holds a role.
 */
describe('myWork.assignedOperations: what a device keeps offline', () => {
  let t: TestApp;
  let force: TaskForce;
  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  const assigned = async (token: string): Promise<string[]> => (await gqlData(t, ASSIGNED, {}, token)).myWork.assignedOperations.map((plan: { id: string }) => plan.id);

  it('lists an ACTIVE plan to the members a role names, not to other members; a completed one for 24 hours', async () => {
    const { planId } = await activePlan(t, force);
    const roles = (await gqlData(t, `query($id: ID!) { plan(id: $id) { roles { assignee { id } } } }`, { id: planId }, force.tokens.ncshpLead)).plan.roles;
    const holders = new Set(roles.map((role: { assignee: { id: string } | null }) => role.assignee?.id));
    const people = Object.keys(force.users) as PersonKey[];
    const holder = people.find((person) => holders.has(force.users[person]))!;
    const other = people.find((person) => !holders.has(force.users[person]) && person !== 'oversight')!;
    expect(holder).toBeDefined();
    expect(other).toBeDefined();
    expect(await assigned(force.tokens[holder])).toContain(planId);
    expect(await assigned(force.tokens[other])).not.toContain(planId);

    await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p: planId }, force.tokens.ncshpLead);
    expect(await assigned(force.tokens[holder])).toContain(planId);
    const [completed] = await t.db.query(`SELECT max(at) AS at FROM plan_events WHERE plan_id = $1 AND type = 'PLAN_COMPLETED'`, [planId]);
    const completedAt = new Date(completed.at).getTime();
    expect(await asAt(t, new Date(completedAt + 23 * HOUR), () => assigned(force.tokens[holder]))).toContain(planId);
    expect(await asAt(t, new Date(completedAt + 25 * HOUR), () => assigned(force.tokens[holder]))).not.toContain(planId);
  });
});
