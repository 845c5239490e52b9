import { approvedPlan, createPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const PLAN = `query($id: ID!) { plan(id: $id) { id timeZone version revision lastSeq status contentHash approvals { status } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: PlanPatch!) { updatePlan(id: $id, expectedVersion: $v, patch: $patch) { id timeZone version revision contentHash } }`;
const CREATE = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id timeZone revision } }`;

describe('Plan.timeZone', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  const read = async (id: string) => (await gqlData(t, PLAN, { id }, force.tokens.ncshpPlanner)).plan;

  it('is America/New_York when the creator picks none, and the zone picked otherwise (spelled canonically)', async () => {
    expect((await createPlan(t, force, { title: 'Default zone' })).id).toBeTruthy();
    const plain = await gqlData(t, CREATE, { input: { title: 'No zone given' } }, force.tokens.ncshpPlanner);
    expect(plain.createPlan.timeZone).toBe('America/New_York');
    const chicago = await gqlData(t, CREATE, { input: { title: 'Chicago plan', timeZone: 'America/Chicago' } }, force.tokens.ncshpPlanner);
    expect(chicago.createPlan.timeZone).toBe('America/Chicago');
    const lowercase = await gqlData(t, CREATE, { input: { title: 'Lower-case zone', timeZone: 'america/los_angeles' } }, force.tokens.ncshpPlanner);
    expect(lowercase.createPlan.timeZone).toBe('America/Los_Angeles');
    const [row] = await t.db.query(`SELECT time_zone FROM plans WHERE id = $1`, [chicago.createPlan.id]);
    expect(row.time_zone).toBe('America/Chicago');
    // The creation event carries the zone, so the log says in which zone the plan was made.
    const events = (await gqlData(t, `query($id: ID!) { plan(id: $id) { events(limit: 1) { type node { ... on Plan { timeZone } } } } }`, { id: chicago.createPlan.id }, force.tokens.ncshpPlanner)).plan.events;
    expect(events[0]).toEqual({ type: 'PLAN_CREATED', node: { timeZone: 'America/Chicago' } });
  });

  it.each(['Eastern', 'America/Atlantis', '+05:00', '', 'x'.repeat(300)])('refuses to create a plan in %j as BAD_USER_INPUT naming input.timeZone, and creates nothing', async (timeZone) => {
    const [{ count: before }] = await t.db.query(`SELECT count(*)::int AS count FROM plans`);
    const result = await t.gql(CREATE, { input: { title: 'Nowhere plan', timeZone } }, force.tokens.ncshpPlanner);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    expect(result.errors?.[0].message).toMatch(/IANA time zone/);
    const [{ count: after }] = await t.db.query(`SELECT count(*)::int AS count FROM plans`);
    expect(after).toBe(before);
  });

  it('is plan content: a new zone bumps version and revision, changes the content hash, is logged, and shows in the plan diff', async () => {
    const plan = await createPlan(t, force, { title: 'Moving plan' });
    const before = await read(plan.id);
    const updated = (await gqlData(t, UPDATE, { id: plan.id, v: before.version, patch: { timeZone: 'America/Chicago' } }, force.tokens.ncshpPlanner)).updatePlan;
    expect(updated).toMatchObject({ timeZone: 'America/Chicago', version: before.version + 1, revision: before.revision + 1 });
    expect(updated.contentHash).not.toBe(before.contentHash);

    const events = (await gqlData(t, `query($id: ID!) { plan(id: $id) { events(limit: 100) { type revision actor { id } node { ... on Plan { timeZone } } } } }`, { id: plan.id }, force.tokens.ncshpPlanner)).plan.events;
    expect(events.at(-1)).toEqual({ type: 'PLAN_UPDATED', revision: before.revision + 1, actor: { id: force.users.ncshpPlanner }, node: { timeZone: 'America/Chicago' } });

    const diff = (await gqlData(t, `query($p: ID!, $from: Int!) { planDiff(planId: $p, fromRevision: $from) { entityType kind field before after } }`, { p: plan.id, from: before.revision }, force.tokens.ncshpPlanner)).planDiff;
    expect(diff).toEqual([{ entityType: 'PLAN', kind: 'UPDATED', field: 'timeZone', before: 'America/New_York', after: 'America/Chicago' }]);

    // Back in New York the content is what it was, and so is its hash.
    const back = (await gqlData(t, UPDATE, { id: plan.id, v: updated.version, patch: { timeZone: 'America/New_York' } }, force.tokens.ncshpPlanner)).updatePlan;
    expect(back.revision).toBe(before.revision + 2);
    expect(back.contentHash).toBe(before.contentHash);
  });

  it('leaves the zone alone when a patch does not name it', async () => {
    const created = (await gqlData(t, CREATE, { input: { title: 'Keeps its zone', timeZone: 'Pacific/Honolulu' } }, force.tokens.ncshpPlanner)).createPlan;
    const updated = (await gqlData(t, UPDATE, { id: created.id, v: 1, patch: { title: 'Keeps its zone still' } }, force.tokens.ncshpPlanner)).updatePlan;
    expect(updated.timeZone).toBe('Pacific/Honolulu');
  });

  it('refuses an unknown zone in a patch naming patch.timeZone, and changes nothing', async () => {
    const plan = await createPlan(t, force, { title: 'Zone validation plan' });
    const before = await read(plan.id);
    const result = await t.gql(UPDATE, { id: plan.id, v: before.version, patch: { timeZone: 'Mars/Olympus_Mons' } }, force.tokens.ncshpPlanner);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.timeZone' });
    expect(await read(plan.id)).toEqual(before);
  });

  it('turns the sign-offs of an approved plan stale when its zone changes, and sends it back to review', async () => {
    const plan = await approvedPlan(t, force, { title: 'Approved then moved' });
    const approved = await read(plan.id);
    expect(approved.status).toBe('APPROVED');
    await gqlData(t, UPDATE, { id: plan.id, v: approved.version, patch: { timeZone: 'America/Denver' } }, force.tokens.ncshpPlanner);
    const after = await read(plan.id);
    expect(after).toMatchObject({ status: 'IN_REVIEW', timeZone: 'America/Denver', revision: approved.revision + 1 });
    expect(after.approvals.map((approval: { status: string }) => approval.status).sort()).toEqual(['STALE', 'STALE']);
  });

  it('may not be changed by someone who may not edit the plan', async () => {
    const plan = await createPlan(t, force, { title: 'Officer cannot move it' });
    const result = await t.gql(UPDATE, { id: plan.id, v: 1, patch: { timeZone: 'America/Chicago' } }, force.tokens.ncshpOfficer);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await read(plan.id)).timeZone).toBe('America/New_York');
  });
});
