import { record, startTestApp, type TestApp } from './support/test-app';

/** A short idle timeout, so a session can run out within a test; the sweep (30 s) never runs here. */
const IDLE_SECONDS = 3;

const EVENTS = `subscription($planId: ID!, $afterSeq: Int) { planEvents(planId: $planId, afterSeq: $afterSeq) { seq type } }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`;

type Event = { seq: number; type: string };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('security: a subscription ends with its session, before the next delivery', () => {
  let t: TestApp;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp({ sessionIdleSeconds: IDLE_SECONDS });
    const ncshp = await t.createAgency('NCSHP');
    const cbp = await t.createAgency('CBP', 'FEDERAL');
    await t.createUser('planner@ncshp.example', ncshp, ['PLANNER']);
    await t.createUser('planner@cbp.example', cbp, ['PLANNER']);
    const token = await t.login('planner@ncshp.example');
    const created = await t.gql(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { title: 'Idle expiry', agencyIds: [cbp] } }, token);
    planId = created.data?.createPlan.id;
    expect(planId).toBeDefined();
  });
  afterAll(() => t.close());

  /** A subscriber of the plan's events whose socket is open and whose catch-up arrived. */
  async function subscriber() {
    const token = await t.login('planner@cbp.example');
    const client = t.wsClient(token, { lazy: false });
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    const events = record<Event>(client, EVENTS, { planId, afterSeq: 0 }, (data) => data.planEvents);
    await events.until((values) => values.length >= 1);
    return { token, closed, events };
  }

  /** A change by another person, on a fresh session of their own. */
  async function change(title: string): Promise<void> {
    const result = await t.gql(ADD_OBJECTIVE, { p: planId, t: title }, await t.login('planner@ncshp.example'));
    expect(result.errors).toBeUndefined();
  }

  it('closes the socket with 4403 and delivers nothing once the session has been idle past its timeout', async () => {
    const { token, closed, events } = await subscriber();
    await sleep(IDLE_SECONDS * 1000 + 500);
    const [session] = await t.db.query(`SELECT idle_expires_at < now() AS expired FROM sessions WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect(session.expired).toBe(true);

    await change('After the subscriber went idle');
    const code = await Promise.race([closed, sleep(2000).then(() => 'still open')]);
    expect(code).toBe(4403);
    await sleep(200);
    expect(events.values.map((event) => event.type)).not.toContain('OBJECTIVE_ADDED');
  });

  it('keeps delivering to a session that HTTP requests kept alive after the socket connected', async () => {
    const { token, closed, events } = await subscriber();
    let socketClosed = false;
    void closed.then(() => (socketClosed = true));
    // Past the expiry the socket learned at connect, the session stays in use over HTTP only.
    for (let i = 0; i < IDLE_SECONDS + 1; i++) {
      await sleep(1000);
      expect((await t.gql(`{ me { id } }`, {}, token)).errors).toBeUndefined();
    }
    await change('While the session is in use');
    await events.until((values) => values.some((event) => event.type === 'OBJECTIVE_ADDED'));
    expect(socketClosed).toBe(false);
    events.stop();
  });
});
