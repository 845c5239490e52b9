import { GraphqlWsServer } from '../src/core/graphql/graphql-ws.server';
import { activePlan, saveDebrief, submitDebrief } from './support/operation';
import { createPlan, gqlData, PEOPLE, seedTaskForce, type PersonKey, type TaskForce } from './support/task-force';
import { record, startTestApp, type Recorder, type TestApp } from './support/test-app';

/**
 * Issue 14: subscribers of one plan with the same document share one execution and one serialized
 * payload per audience. These tests hold the promises that sharing must keep while events flow:
 * each subscriber sees only what it may see, and a removed agency, a logout or an expired session
 * ends that subscriber's stream alone.
 */
const FIELDS = `seq type entityType node { __typename ... on Debrief { id status narrative } ... on Objective { id title } ... on ActivityEntry { id text } }`;
const SUBSCRIBE = `subscription($p: ID!, $after: Int) { planEvents(planId: $p, afterSeq: $after) { ${FIELDS} } }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`;
const LOG = `mutation($p: ID!, $text: String!) { logActivity(planId: $p, text: $text) { id } }`;

interface Event {
  seq: number;
  type: string;
  entityType: string;
  node: { __typename: string; narrative?: string; title?: string; text?: string } | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seqs = (recorder: Recorder<Event>) => recorder.values.map((event) => event.seq);
const gapless = (values: number[], from: number, to: number) => expect(values).toEqual(Array.from({ length: to - from }, (_, index) => from + 1 + index));

async function lastSeq(t: TestApp, planId: string, token: string): Promise<number> {
  return (await gqlData(t, `query($id: ID!) { plan(id: $id) { lastSeq } }`, { id: planId }, token)).plan.lastSeq;
}

/** A subscriber on its own socket and its own session, live from `after` on. */
function subscribe(t: TestApp, token: string, planId: string, after: number) {
  const client = t.wsClient(token, { lazy: false });
  const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
  const events = record<Event>(client, SUBSCRIBE, { p: planId, after }, (data) => data.planEvents);
  return { events, closed };
}

describe('fan-out shares one execution per audience and keeps every promise (issue 14)', () => {
  let t: TestApp;
  let force: TaskForce;
  let ws: GraphqlWsServer;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    ws = t.app.get(GraphqlWsServer);
  });
  afterAll(() => t.close());

  const counts = () => ({ executions: ws.sharedResponses.executions, reuses: ws.sharedResponses.reuses });
  /** A fresh session of one of the task force's people. */
  const login = (who: PersonKey) => t.login(PEOPLE.find(([key]) => key === who)?.[1] ?? who);

  it('two audiences on one plan: a draft debrief reaches its author and oversight, everyone else gets its event without content; neutral events run once', async () => {
    const { planId, objectiveId } = await activePlan(t, force);
    const from = await lastSeq(t, planId, force.tokens.ncshpLead);
    const authors = [0, 1, 2].map(() => subscribe(t, force.tokens.cbpPlanner, planId, from));
    const readers = (['ncshpLead', 'ncshpOfficer', 'cbpLead', 'ncshpPlanner'] as const).map((who) => subscribe(t, force.tokens[who], planId, from));
    const overseers = [0, 1].map(() => subscribe(t, force.tokens.oversight, planId, from));
    const everyone = [...authors, ...readers, ...overseers];
    // Wait until every subscription is live: one event everyone receives.
    await gqlData(t, LOG, { p: planId, text: 'Warm-up' }, force.tokens.ncshpOfficer);
    await Promise.all(everyone.map(({ events }) => events.until((values) => values.length === 1)));

    const before = counts();
    await gqlData(t, LOG, { p: planId, text: 'Checkpoint open at 06:10' }, force.tokens.ncshpOfficer);
    await Promise.all(everyone.map(({ events }) => events.until((values) => values.length === 2)));
    // Nothing in this event depends on who reads it: one execution for nine subscribers.
    expect(counts()).toEqual({ executions: before.executions + 1, reuses: before.reuses + everyone.length - 1 });

    const draft = await saveDebrief(t, planId, objectiveId, force.tokens.cbpPlanner, 'Draft: CBP left the ramp early');
    const submitted = await submitDebrief(t, await saveDebrief(t, planId, objectiveId, force.tokens.ncshpOfficer, 'Submitted: smooth checkpoint'), force.tokens.ncshpOfficer);
    await Promise.all(everyone.map(({ events }) => events.until((values) => values.length === 5)));
    const last = await lastSeq(t, planId, force.tokens.ncshpLead);
    for (const { events } of everyone) gapless(seqs(events), from, last);

    const draftNodes = (events: Recorder<Event>) => events.values.filter((event) => event.entityType === 'DEBRIEF' && event.seq <= from + 3).map((event) => event.node?.narrative ?? null);
    for (const { events } of [...authors, ...overseers]) expect(draftNodes(events)).toEqual(['Draft: CBP left the ramp early']);
    for (const { events } of readers) {
      expect(draftNodes(events)).toEqual([null]);
      expect(JSON.stringify(events.values)).not.toContain('CBP left');
      // The submitted debrief is everyone's.
      expect(events.values.at(-1)?.node).toMatchObject({ __typename: 'Debrief', status: 'SUBMITTED', narrative: 'Submitted: smooth checkpoint' });
    }
    expect(draft.status).toBe('DRAFT');
    expect(submitted.status).toBe('SUBMITTED');
    // One execution per audience, never one per subscriber: the log entry and the submission are
    // everyone's (1 each); each draft splits into those who may read it and those who may not (2 each).
    const after = counts();
    expect(after.executions - before.executions).toBe(1 + 2 + 2 + 1);
    expect(after.reuses - before.reuses).toBe(everyone.length * 4 - 6);
    for (const { events } of everyone) events.stop();
  });

  it('an agency removed while events flow: its members get NOT_FOUND and nothing after; the others miss nothing', async () => {
    const plan = await createPlan(t, force, { agencyIds: [force.agencies.cbp, force.agencies.wcso] });
    const from = await lastSeq(t, plan.id, force.tokens.ncshpPlanner);
    const staying = [0, 1].map(() => subscribe(t, force.tokens.cbpPlanner, plan.id, from));
    const leaving = [0, 1].map(() => subscribe(t, force.tokens.wcsoPlanner, plan.id, from));
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Warm-up' }, force.tokens.ncshpPlanner);
    await Promise.all([...staying, ...leaving].map(({ events }) => events.until((values) => values.length === 1)));

    const writes = (async () => {
      for (let index = 0; index < 12; index++) await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: `Objective ${index}` }, force.tokens.ncshpPlanner);
    })();
    await sleep(50);
    await gqlData(t, `mutation($p: ID!, $a: ID!) { removePlanAgency(planId: $p, agencyId: $a) { id } }`, { p: plan.id, a: force.agencies.wcso }, force.tokens.ncshpLead);
    await writes;
    const last = await lastSeq(t, plan.id, force.tokens.ncshpPlanner);

    await Promise.all(staying.map(({ events }) => events.until((values) => values.at(-1)?.seq === last)));
    for (const { events } of staying) gapless(seqs(events), from, last);
    for (const { events } of leaving) {
      await events.until(() => events.completed);
      expect(events.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
      expect(seqs(events).at(-1)).toBeLessThan(last);
      expect(events.values.filter((event) => event.type === 'OBJECTIVE_ADDED').length).toBeLessThan(13);
    }
    for (const { events } of [...staying, ...leaving]) events.stop();
  });

  it('a logout while events flow closes that session with 4403 alone; another session of the same user misses nothing', async () => {
    const plan = await createPlan(t, force, { agencyIds: [force.agencies.cbp] });
    const from = await lastSeq(t, plan.id, force.tokens.ncshpPlanner);
    const leavingToken = await login('cbpPlanner');
    const leaving = subscribe(t, leavingToken, plan.id, from);
    const staying = subscribe(t, await login('cbpPlanner'), plan.id, from);
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Warm-up' }, force.tokens.ncshpPlanner);
    await Promise.all([leaving, staying].map(({ events }) => events.until((values) => values.length === 1)));

    const writes = (async () => {
      for (let index = 0; index < 10; index++) await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: `Objective ${index}` }, force.tokens.ncshpPlanner);
    })();
    await sleep(50);
    await gqlData(t, `mutation { logout }`, {}, leavingToken);
    const atLogout = await lastSeq(t, plan.id, force.tokens.ncshpPlanner);
    expect(await leaving.closed).toBe(4403);
    await writes;
    const last = await lastSeq(t, plan.id, force.tokens.ncshpPlanner);
    await staying.events.until((values) => values.at(-1)?.seq === last);
    gapless(seqs(staying.events), from, last);
    expect(seqs(leaving.events).every((seq) => seq <= atLogout)).toBe(true);
    staying.events.stop();
  });
});

describe('fan-out: a session that expires while events flow (issue 14)', () => {
  const IDLE_SECONDS = 3;
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp({ sessionIdleSeconds: IDLE_SECONDS });
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('closes the idle session with 4403 before its next delivery; a subscriber kept alive in the same audience misses nothing', async () => {
    const plan = await createPlan(t, force, { agencyIds: [force.agencies.cbp] });
    const writer = () => t.login('planner@ncshp.example');
    const from = await lastSeq(t, plan.id, await writer());
    const idleToken = await t.login('planner@cbp.example');
    const aliveToken = await t.login('lead@cbp.example');
    const idle = subscribe(t, idleToken, plan.id, from);
    const alive = subscribe(t, aliveToken, plan.id, from);
    let idleClosedAt = 0;
    void idle.closed.then(() => (idleClosedAt = Date.now()));

    const ws = t.app.get(GraphqlWsServer);
    const before = ws.sharedResponses.reuses;
    const deadline = Date.now() + (IDLE_SECONDS + 1.5) * 1000;
    let index = 0;
    while (Date.now() < deadline) {
      await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: `Objective ${index++}` }, await writer());
      await gqlData(t, `query { me { id } }`, {}, aliveToken);
      await sleep(250);
    }
    expect(await idle.closed).toBe(4403);
    const last = await lastSeq(t, plan.id, await writer());
    await alive.events.until((values) => values.at(-1)?.seq === last);
    gapless(seqs(alive.events), from, last);
    // Two users of one agency and role are one audience until the idle one's session ends.
    expect(ws.sharedResponses.reuses).toBeGreaterThan(before);
    expect(seqs(idle.events).length).toBeLessThan(seqs(alive.events).length);
    expect(idleClosedAt).toBeGreaterThan(0);
    alive.events.stop();
  });
});
