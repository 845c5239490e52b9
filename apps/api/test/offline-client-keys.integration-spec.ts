import { randomUUID } from 'node:crypto';
import { activePlan, SAVE_DEBRIEF } from './support/operation';
import { errorOf, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const LOG = `mutation($p: ID!, $text: String!, $at: DateTime, $k: ID) { logActivity(planId: $p, text: $text, at: $at, clientKey: $k) { id at text } }`;
const ACTUALS = `mutation($id: ID!, $v: Int!, $s: DateTime, $k: ID) { recordTimelineActuals(id: $id, expectedVersion: $v, actualStartsAt: $s, clientKey: $k) { id version actualStartsAt } }`;
const SAVE = SAVE_DEBRIEF.replace('$v: Int)', '$v: Int, $k: ID)').replace('expectedVersion: $v)', 'expectedVersion: $v, clientKey: $k)');
/** Everything a write leaves behind: the log's length and head, entries, debriefs, the client keys. */
const FOOTPRINT = `SELECT p.last_seq, p.revision,
  (SELECT count(*)::int FROM activity_entries a WHERE a.plan_id = p.id) AS entries,
  (SELECT coalesce(string_agg(d.id || ':' || d.version, ',' ORDER BY d.id), '') FROM debriefs d WHERE d.plan_id = p.id) AS debriefs,
  (SELECT coalesce(string_agg(t.id || ':' || t.version, ',' ORDER BY t.id), '') FROM timeline_events t WHERE t.plan_id = p.id) AS events,
  (SELECT count(*)::int FROM client_writes c WHERE c.plan_id = p.id) AS keys
  FROM plans p WHERE p.id = $1`;

/**
 * Issue 19: a write queued on a device without signal carries a client key; sending it twice (the
 * answer was lost, two tabs, a retry after sign-in) makes one entry.
 */
describe('offline writes: client keys', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;
  let objectiveId: string;
  let officer: string;
  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    ({ planId, objectiveId } = await activePlan(t, force));
    officer = force.tokens.ncshpOfficer;
  });
  afterAll(() => t.close());

  const footprint = async (p = planId) => (await t.db.query(FOOTPRINT, [p]))[0];
  const activityOf = async (p = planId) => (await gqlData(t, `query($id: ID!) { plan(id: $id) { activityLog { id text at } } }`, { id: p }, officer)).plan.activityLog;

  it('logs an activity entry once for one key, however often it is sent, and keeps the time it was written', async () => {
    const key = randomUUID();
    const writtenAt = new Date();
    writtenAt.setSeconds(0, 0);
    const first = await gqlData(t, LOG, { p: planId, text: 'Checkpoint Alpha open', at: writtenAt.toISOString(), k: key }, officer);
    const after = await footprint();
    const again = await gqlData(t, LOG, { p: planId, text: 'Checkpoint Alpha open', at: writtenAt.toISOString(), k: key }, officer);
    expect(again.logActivity).toEqual(first.logActivity);
    expect(first.logActivity.at).toBe(writtenAt.toISOString());
    expect(await footprint()).toEqual(after);
    expect((await activityOf()).filter((entry: { id: string }) => entry.id === first.logActivity.id)).toHaveLength(1);
  });

  it('makes one entry when two sends of one key race (two tabs)', async () => {
    const before = await footprint();
    const key = randomUUID();
    const [a, b] = await Promise.all([0, 1].map(() => gqlData(t, LOG, { p: planId, text: 'Vehicle stopped at mile 12', k: key }, officer)));
    expect(a.logActivity.id).toBe(b.logActivity.id);
    const after = await footprint();
    expect(after.entries).toBe(before.entries + 1);
    expect(after.last_seq).toBe(before.last_seq + 1);
    expect(after.keys).toBe(before.keys + 1);
  });

  it('keys belong to their user: the same key from another member makes that member their own entry', async () => {
    const key = randomUUID();
    const mine = await gqlData(t, LOG, { p: planId, text: 'Mine', k: key }, officer);
    const theirs = await gqlData(t, LOG, { p: planId, text: 'Theirs', k: key }, force.tokens.cbpPlanner);
    expect(theirs.logActivity.id).not.toBe(mine.logActivity.id);
    expect(theirs.logActivity.text).toBe('Theirs');
  });

  it('refuses a malformed key, or a key used for another write or plan, naming clientKey and changing nothing', async () => {
    const used = randomUUID();
    await gqlData(t, LOG, { p: planId, text: 'First use', k: used }, officer);
    const other = await activePlan(t, force);
    const timeline = (await gqlData(t, `query($id: ID!) { plan(id: $id) { timeline { id version } } }`, { id: planId }, officer)).plan.timeline;
    const before = [await footprint(), await footprint(other.planId)];
    const refusals = [
      await t.gql(LOG, { p: planId, text: 'Bad key', k: 'short' }, officer),
      await t.gql(LOG, { p: planId, text: 'Bad key', k: 'has spaces in it' }, officer),
      await t.gql(LOG, { p: other.planId, text: 'Same key, other plan', k: used }, officer),
      await t.gql(ACTUALS, { id: timeline[0].id, v: timeline[0].version, s: new Date(Date.now() - 60_000).toISOString(), k: used }, officer),
    ];
    for (const result of refusals) {
      const error = errorOf(result);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.field).toBe('clientKey');
    }
    expect([await footprint(), await footprint(other.planId)]).toEqual(before);
  });

  it('does not spend a key on a refused write: corrected, the same key goes through', async () => {
    const key = randomUUID();
    const before = await footprint();
    const refused = await t.gql(LOG, { p: planId, text: '   ', k: key }, officer);
    expect(errorOf(refused).extensions?.field).toBe('text');
    expect(await footprint()).toEqual(before);
    const accepted = await gqlData(t, LOG, { p: planId, text: 'Corrected entry', k: key }, officer);
    expect(accepted.logActivity.text).toBe('Corrected entry');
  });

  it('records actual times once for one key: the second send with the version it was written against answers with the event, not CONFLICT', async () => {
    const [event] = (await gqlData(t, `query($id: ID!) { plan(id: $id) { timeline { id version } } }`, { id: planId }, officer)).plan.timeline;
    const key = randomUUID();
    // Now: actual times are recorded from the operation's activation on.
    const started = new Date().toISOString();
    const first = (await gqlData(t, ACTUALS, { id: event.id, v: event.version, s: started, k: key }, officer)).recordTimelineActuals;
    expect(first.version).toBe(event.version + 1);
    const after = await footprint();
    const again = (await gqlData(t, ACTUALS, { id: event.id, v: event.version, s: started, k: key }, officer)).recordTimelineActuals;
    expect(again).toEqual(first);
    expect(await footprint()).toEqual(after);
    // Without a key, the same stale version is a conflict as before.
    expect(errorOf(await t.gql(ACTUALS, { id: event.id, v: event.version, s: started }, officer)).extensions?.code).toBe('CONFLICT');
  });

  it('saves a debrief draft once for one key; a new key over a version changed elsewhere is a CONFLICT', async () => {
    const input = { outcomes: [{ objectiveId, outcome: 'MET' }], narrative: 'Written on the ramp, offline' };
    const key = randomUUID();
    const first = (await gqlData(t, SAVE, { p: planId, input, v: null, k: key }, officer)).saveDebrief;
    const after = await footprint();
    const again = (await gqlData(t, SAVE, { p: planId, input, v: null, k: key }, officer)).saveDebrief;
    expect(again).toEqual(first);
    expect(await footprint()).toEqual(after);
    // Saved again from another device: the offline copy's version is stale.
    await gqlData(t, SAVE, { p: planId, input: { ...input, narrative: 'From the office' }, v: first.version, k: randomUUID() }, officer);
    const stale = await t.gql(SAVE, { p: planId, input: { ...input, narrative: 'Offline text' }, v: first.version, k: randomUUID() }, officer);
    const error = errorOf(stale);
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.extensions?.currentVersion).toBe(first.version + 1);
  });

  it('answers a replay after the plan completed with the entry it made; a new entry is refused; completedAt is set', async () => {
    const plan = await activePlan(t, force);
    const key = randomUUID();
    const first = (await gqlData(t, LOG, { p: plan.planId, text: 'Last entry before completion', k: key }, officer)).logActivity;
    expect((await gqlData(t, `query($id: ID!) { plan(id: $id) { completedAt } }`, { id: plan.planId }, officer)).plan.completedAt).toBeNull();
    await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p: plan.planId }, force.tokens.ncshpLead);
    const again = (await gqlData(t, LOG, { p: plan.planId, text: 'Last entry before completion', k: key }, officer)).logActivity;
    expect(again).toEqual(first);
    expect(errorOf(await t.gql(LOG, { p: plan.planId, text: 'Too late', k: randomUUID() }, officer)).extensions?.code).toBe('INVALID_STATE');
    const completedAt = (await gqlData(t, `query($id: ID!) { plan(id: $id) { completedAt } }`, { id: plan.planId }, officer)).plan.completedAt;
    const [event] = await t.db.query(`SELECT at FROM plan_events WHERE plan_id = $1 AND type = 'PLAN_COMPLETED'`, [plan.planId]);
    expect(completedAt).toBe(new Date(event.at).toISOString());
  });
});
