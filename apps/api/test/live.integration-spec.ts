import Redis from 'ioredis';
import { LiveStats } from '../src/core/events/live-stats';
import { LIVE_TRANSPORT, type LiveTransport } from '../src/core/events/transports/live-transport';
import { createPlan, seedTaskForce, type TaskForce } from './support/task-force';
import type { Client as WsClient } from 'graphql-ws';
import { record, startTestApp, type Recorder, type TestApp } from './support/test-app';

const EVENTS = `subscription($planId: ID!, $afterSeq: Int) {
  planEvents(planId: $planId, afterSeq: $afterSeq) { seq type entityType entityId revision actor { id } node { __typename ... on Objective { id title version } } }
}`;
const PRESENCE = `subscription($planId: ID!) { planPresence(planId: $planId) { focus user { id } } }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`;

type Event = { seq: number; type: string; node: { title?: string } | null };
const pickEvent = (data: any): Event => data.planEvents;
const seqs = (events: Event[]) => events.map((event) => event.seq);

/**
 * Subscribes from the start of the plan's log and resolves once the replay has delivered its first
 * event. The stream listens for new events before it replays, so from then on it is live: no sleep
 * is needed to know the subscription is in place.
 */
async function subscribed(client: WsClient, planId: string): Promise<Recorder<Event>> {
  const events = record(client, EVENTS, { planId, afterSeq: 0 }, pickEvent);
  await events.until((values) => values.length > 0);
  return events;
}

/** The events after the replayed plan creation (seq 1). */
const afterCreation = (events: Event[]) => events.filter((event) => event.seq > 1);

/** The transports to prove: LISTEN/NOTIFY always, Redis when REDIS_URL is set (CI sets it). */
const transports: Array<[string, string | null]> = [['postgres LISTEN/NOTIFY', null]];
if (process.env.REDIS_URL) transports.push(['redis pub/sub', process.env.REDIS_URL]);

describe.each(transports)('live collaboration over %s', (_name, redisUrl) => {
  let one: TestApp;
  let two: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    one = await startTestApp({ redisUrl, socketSweepMs: 200 });
    two = await startTestApp({ redisUrl, socketSweepMs: 200 }, { sameDatabaseAs: one });
    force = await seedTaskForce(one);
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('delivers, in order, to a subscriber on instance one the events of mutations made on instance two', async () => {
    const plan = await createPlan(one, force);
    const events = await subscribed(one.wsClient(force.tokens.cbpPlanner), plan.id);
    for (let i = 0; i < 10; i++) await two.gql(ADD_OBJECTIVE, { p: plan.id, t: `Objective ${i}` }, force.tokens.ncshpPlanner);
    await events.until((values) => afterCreation(values).length === 10);
    const added = afterCreation(events.values);
    expect(seqs(added)).toEqual(Array.from({ length: 10 }, (_, i) => i + 2));
    expect(added.map((event) => event.node?.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Objective ${i}`));
    expect(added[0]).toMatchObject({ type: 'OBJECTIVE_ADDED', node: { __typename: 'Objective', version: 1 } });
    events.stop();
  });

  it('after a disconnect and 50 changes, resubscribing with afterSeq delivers exactly those 50, in order, then goes live', async () => {
    const plan = await createPlan(one, force);
    const before = record(two.wsClient(force.tokens.cbpPlanner), EVENTS, { planId: plan.id, afterSeq: 0 }, pickEvent);
    await before.until((values) => values.length === 1);
    before.stop();
    const lastSeen = before.values.at(-1)!.seq;

    for (let i = 0; i < 50; i++) await one.gql(ADD_OBJECTIVE, { p: plan.id, t: `While away ${i}` }, force.tokens.ncshpPlanner);
    const after = record(two.wsClient(force.tokens.cbpPlanner), EVENTS, { planId: plan.id, afterSeq: lastSeen }, pickEvent);
    await after.until((values) => values.length === 50);
    expect(seqs(after.values)).toEqual(Array.from({ length: 50 }, (_, i) => lastSeen + i + 1));

    await one.gql(ADD_OBJECTIVE, { p: plan.id, t: 'Live again' }, force.tokens.ncshpPlanner);
    await after.until((values) => values.length === 51);
    expect(after.values.at(-1)?.node?.title).toBe('Live again');
    // Nothing is delivered twice: the next event arrives right after, with nothing in between.
    await one.gql(ADD_OBJECTIVE, { p: plan.id, t: 'Sentinel' }, force.tokens.ncshpPlanner);
    await after.until((values) => values.at(-1)?.node?.title === 'Sentinel');
    expect(seqs(after.values)).toEqual(Array.from({ length: 52 }, (_, i) => lastSeen + i + 1));
    after.stop();
  });

  it('refuses to subscribe to a plan the caller may not see, like one that does not exist', async () => {
    const plan = await createPlan(one, force);
    const hidden = record(one.wsClient(force.tokens.wcsoPlanner), EVENTS, { planId: plan.id }, pickEvent);
    const missing = record(one.wsClient(force.tokens.wcsoPlanner), EVENTS, { planId: '00000000-0000-4000-8000-000000000000' }, pickEvent);
    await hidden.until(() => hidden.completed);
    await missing.until(() => missing.completed);
    expect(hidden.errors).toEqual(missing.errors);
    expect((hidden.errors[0] as { extensions: { code: string } }).extensions.code).toBe('NOT_FOUND');
  });

  it('stops delivering to members of an agency removed from the plan, on every instance', async () => {
    const plan = await createPlan(one, force, { agencyIds: [force.agencies.cbp, force.agencies.wcso] });
    const wcso = await subscribed(two.wsClient(force.tokens.wcsoPlanner), plan.id);
    const cbp = await subscribed(two.wsClient(force.tokens.cbpPlanner), plan.id);
    await one.gql(ADD_OBJECTIVE, { p: plan.id, t: 'Seen by both' }, force.tokens.ncshpPlanner);
    await wcso.until((values) => values.some((event) => event.node?.title === 'Seen by both'));

    const removed = await one.gql(`mutation($p: ID!, $a: ID!) { removePlanAgency(planId: $p, agencyId: $a) { id } }`, { p: plan.id, a: force.agencies.wcso }, force.tokens.ncshpLead);
    expect(removed.errors).toBeUndefined();
    await wcso.until(() => wcso.completed);
    expect((wcso.errors[0] as { extensions: { code: string } }).extensions.code).toBe('NOT_FOUND');

    await one.gql(ADD_OBJECTIVE, { p: plan.id, t: 'CBP only' }, force.tokens.ncshpPlanner);
    await cbp.until((values) => values.some((event) => event.node?.title === 'CBP only'));
    expect(wcso.values.filter((event) => event.type === 'OBJECTIVE_ADDED').map((event) => event.node?.title)).toEqual(['Seen by both']);
  });

  it('closes the sockets of a session that logs out on another instance, and of one that expires', async () => {
    const plan = await createPlan(one, force);
    const token = await one.login('planner@cbp.example');
    const client = one.wsClient(token, { lazy: false });
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    const events = await subscribed(client, plan.id);
    await two.gql(`mutation { logout }`, {}, token);
    expect(await closed).toBe(4403);
    events.stop();

    const idle = await one.login('planner@cbp.example');
    const idleClient = one.wsClient(idle, { lazy: false });
    const idleClosed = new Promise<number>((resolve) => idleClient.on('closed', (event) => resolve((event as { code: number }).code)));
    await subscribed(idleClient, plan.id);
    await one.db.query(`UPDATE sessions SET idle_expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [idle]);
    expect(await idleClosed).toBe(4403);
  });

  it('shows presence across instances, with focus, and drops an entry when its socket closes', async () => {
    const plan = await createPlan(one, force);
    const ncshp = one.wsClient(force.tokens.ncshpPlanner, { lazy: false });
    const watcher = record(ncshp, PRESENCE, { planId: plan.id }, (data) => data.planPresence as Array<{ focus: string | null; user: { id: string } }>);
    await watcher.until((lists) => lists.some((list) => list.length === 1));

    const cbp = two.wsClient(force.tokens.cbpPlanner, { lazy: false });
    const cbpWatch = record(cbp, PRESENCE, { planId: plan.id }, (data) => data.planPresence);
    await watcher.until((lists) => lists.at(-1)?.length === 2);
    await cbpWatch.until((lists) => lists.at(-1)?.length === 2);

    const focus = `objective:${plan.id}`;
    await new Promise<void>((resolve, reject) =>
      cbp.subscribe({ query: `mutation($p: ID!, $f: String) { updatePresence(planId: $p, focus: $f) }`, variables: { p: plan.id, f: focus } }, { next: () => undefined, error: reject, complete: resolve }),
    );
    await watcher.until((lists) => lists.at(-1)?.some((entry) => entry.user.id === force.users.cbpPlanner && entry.focus === focus) ?? false);
    expect((await one.gql(`query($p: ID!) { presence(planId: $p) { user { id } focus } }`, { p: plan.id }, force.tokens.oversight)).data?.presence).toHaveLength(2);

    await cbp.dispose();
    await watcher.until((lists) => lists.at(-1)?.length === 1);
    expect(watcher.values.at(-1)?.[0].user.id).toBe(force.users.ncshpPlanner);
    watcher.stop();
  });

  it('survives losing the transport connection: a wake-up missed meanwhile is caught up on reconnect', async () => {
    const plan = await createPlan(one, force);
    const events = await subscribed(one.wsClient(force.tokens.cbpPlanner), plan.id);
    if (redisUrl) {
      const admin = new Redis(redisUrl);
      await admin.client('KILL', 'TYPE', 'pubsub');
      await admin.quit();
    } else {
      await one.db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'jointops-live' AND datname = current_database()`);
    }
    await two.gql(ADD_OBJECTIVE, { p: plan.id, t: 'During the outage' }, force.tokens.ncshpPlanner);
    await events.until((values) => values.some((event) => event.node?.title === 'During the outage'), 10_000);
    await two.gql(ADD_OBJECTIVE, { p: plan.id, t: 'After the outage' }, force.tokens.ncshpPlanner);
    await events.until((values) => values.length === 3, 10_000);
    expect(seqs(events.values)).toEqual([1, 2, 3]);
    events.stop();
  });

  if (!redisUrl) {
    it('sends the wake-up with the commit: another instance hears a change even if the one that made it publishes nothing afterwards', async () => {
      const plan = await createPlan(one, force);
      const events = await subscribed(one.wsClient(force.tokens.cbpPlanner), plan.id);
      // As if instance two stopped right after its commit: nothing it publishes reaches anyone.
      const publish = jest.spyOn(two.app.get<LiveTransport>(LIVE_TRANSPORT), 'publish').mockResolvedValue(undefined);
      try {
        await two.gql(ADD_OBJECTIVE, { p: plan.id, t: 'Committed' }, force.tokens.ncshpPlanner);
        await events.until((values) => values.some((event) => event.node?.title === 'Committed'));
        expect(publish.mock.calls.filter(([message]) => message.kind === 'plan-log')).toEqual([]);
      } finally {
        publish.mockRestore();
      }
      expect(seqs(events.values)).toEqual([1, 2]);
      events.stop();
    });
  }

  it('refuses a presence focus over 200 characters', async () => {
    const plan = await createPlan(one, force);
    const result = await one.gql(`mutation($p: ID!, $f: String) { updatePresence(planId: $p, focus: $f) }`, { p: plan.id, f: 'x'.repeat(201) }, force.tokens.ncshpPlanner);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'focus' });
  });

  it('releases every stream and listener when 200 subscriptions are opened and dropped', async () => {
    // A replica of its own, so nothing another test left open or is closing moves the counters.
    const three = await startTestApp({ redisUrl, socketSweepMs: 200 }, { sameDatabaseAs: one });
    const plan = await createPlan(three, force);
    const stats = three.app.get(LiveStats);
    const baseline = { ...stats };
    const clients = Array.from({ length: 20 }, () => three.wsClient(force.tokens.cbpPlanner, { lazy: false }));
    const recorders = clients.flatMap((client) =>
      Array.from({ length: 10 }, (_, i) =>
        i % 2 ? record(client, EVENTS, { planId: plan.id, afterSeq: 0 }, pickEvent) : record(client, PRESENCE, { planId: plan.id }, (data) => data),
      ),
    );
    await Promise.all(recorders.map((recorder) => recorder.until((values) => values.length >= 1, 20_000)));
    expect(stats.eventStreams - baseline.eventStreams).toBe(100);
    expect(stats.presenceStreams - baseline.presenceStreams).toBe(100);

    await Promise.all(clients.map((client) => client.dispose()));
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && (stats.eventStreams !== baseline.eventStreams || stats.sockets !== baseline.sockets)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect({ ...stats }).toEqual(baseline);
    await three.close();
  }, 60_000);
});
