import { GraphqlWsServer } from '../src/core/graphql/graphql-ws.server';
import { SessionRepository } from '../src/modules/auth/session.repository';
import { PlanEventRepository } from '../src/modules/events/plan-event.repository';
import { createPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { record, startTestApp, type Recorder, type TestApp } from './support/test-app';

const SUBSCRIBE = `subscription($p: ID!, $after: Int) { planEvents(planId: $p, afterSeq: $after) { seq type } }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`;
const CLIENTS = 120;

/**
 * Issue 14: clients reconnecting together (after an instance restarts) each resume with afterSeq.
 * Every one must catch up exactly once, and the session and plan-head checks of the storm are
 * batched: a few statements for the whole storm, not one per socket and one per subscription.
 */
describe('a resubscribe storm (issue 14)', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it(`catches ${CLIENTS} resuming clients up exactly once, with batched session and head lookups`, async () => {
    const plan = await createPlan(t, force, { agencyIds: [force.agencies.cbp, force.agencies.wcso] });
    for (let index = 0; index < 5; index++) await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: `Before the restart ${index}` }, force.tokens.ncshpPlanner);
    const head = (await gqlData(t, `query($id: ID!) { plan(id: $id) { lastSeq } }`, { id: plan.id }, force.tokens.ncshpPlanner)).plan.lastSeq as number;
    const tokens = [force.tokens.cbpPlanner, force.tokens.cbpLead, force.tokens.wcsoPlanner, force.tokens.ncshpOfficer];

    const sessions = t.app.get(SessionRepository);
    const touchMany = sessions.touchMany.bind(sessions);
    // As after a restart: the first session lookup is slow (a cold pool), and every socket is
    // already knocking while it runs. The lookups that arrive meanwhile must go in one batch.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const touches = jest.spyOn(sessions, 'touchMany').mockImplementationOnce(async (hashes, idleSeconds) => {
      await gate;
      return touchMany(hashes, idleSeconds);
    });
    const heads = jest.spyOn(t.app.get(PlanEventRepository), 'streamHeads');
    const ws = t.app.get(GraphqlWsServer);
    // Each client last applied a different seq, as after an outage: 1 (just the creation) to head - 1.
    const clients: Array<{ after: number; events: Recorder<{ seq: number; type: string }> }> = Array.from({ length: CLIENTS }, (_, index) => {
      const after = 1 + (index % (head - 1));
      const client = t.wsClient(tokens[index % tokens.length], { lazy: false });
      return { after, events: record(client, SUBSCRIBE, { p: plan.id, after }, (data) => data.planEvents) };
    });
    while (ws.openConnections < CLIENTS) await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all(clients.map(({ after, events }) => events.until((values) => values.length >= head - after, 20_000)));
    // A live event after the catch-up reaches everyone, once.
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'After the restart' }, force.tokens.ncshpPlanner);
    await Promise.all(clients.map(({ events }) => events.until((values) => values.at(-1)?.seq === head + 1, 20_000)));

    for (const { after, events } of clients) {
      expect(events.values.map((event) => event.seq)).toEqual(Array.from({ length: head + 1 - after }, (_, index) => after + 1 + index));
      expect(events.errors).toEqual([]);
    }
    // Each socket's handshake and each subscription looked its session up: 2 × CLIENTS lookups.
    const lookups = touches.mock.calls.reduce((sum, [hashes]) => sum + hashes.length, 0);
    expect(lookups).toBeGreaterThanOrEqual(2 * CLIENTS);
    // The gated first lookup, then the other handshakes together, then the subscriptions in a few batches.
    expect(touches.mock.calls.length).toBeLessThanOrEqual(8);
    expect(heads.mock.calls.reduce((sum, [ids]) => sum + ids.length, 0)).toBe(CLIENTS);
    expect(heads.mock.calls.length).toBeLessThanOrEqual(6);
    for (const { events } of clients) events.stop();
  });
});
