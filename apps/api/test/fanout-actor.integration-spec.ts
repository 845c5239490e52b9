import { statementsDuring } from './support/sql-statements';
import { createPlan, gqlData, planHead, seedTaskForce, type TaskForce } from './support/task-force';
import { record, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 14 (fan-out): live delivery reads each event's actor with the event, in the statement
 * that reads the log, so an event costs an instance one round trip and its shared execution runs
 * in one turn. The actor shown is as the instance first read the event: a renamed person shows
 * renamed from the next event on, and a subscriber replaying gets what live subscribers got.
 */
const SUBSCRIBE = `subscription($p: ID!, $after: Int) { planEvents(planId: $p, afterSeq: $after) { seq actor { id displayName } } }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`;

interface Event {
  seq: number;
  actor: { id: string; displayName: string };
}

describe('live delivery reads the actor with the event', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  const subscribe = (token: string, planId: string, after: number) => record<Event>(t.wsClient(token, { lazy: false }), SUBSCRIBE, { p: planId, after }, (data) => data.planEvents);

  it('sends every subscriber the actor without a lookup of users per event', async () => {
    const plan = await createPlan(t, force);
    const from = (await planHead(t, plan.id, force.tokens.ncshpPlanner)).lastSeq;
    const subscribers = [subscribe(force.tokens.ncshpLead, plan.id, from), subscribe(force.tokens.cbpPlanner, plan.id, from)];
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Warm-up' }, force.tokens.ncshpPlanner);
    await Promise.all(subscribers.map((events) => events.until((values) => values.length === 1)));

    const { statements } = await statementsDuring(async () => {
      await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Keep the ramp clear' }, force.tokens.ncshpPlanner);
      await Promise.all(subscribers.map((events) => events.until((values) => values.length === 2)));
    });
    for (const events of subscribers) {
      expect(events.values.map((event) => event.actor)).toEqual([0, 1].map(() => ({ id: force.users.ncshpPlanner, displayName: expect.any(String) })));
    }
    const reads = statements.filter((sql) => /FROM "?plan_events"?/.test(sql));
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) {
      expect(read).toMatch(/LEFT JOIN "?users"?/);
      // What never leaves the server is not read either.
      expect(read).not.toMatch(/password_hash/);
    }
    // Sessions are read with their user; nothing else asks for users by id.
    expect(statements.filter((sql) => /\busers\b/.test(sql) && !/FROM "?plan_events"?/.test(sql) && !/sessions/.test(sql))).toEqual([]);
    subscribers.forEach((events) => events.stop());
  });

  it('shows a renamed actor from the next event on, and replays what live subscribers got', async () => {
    const plan = await createPlan(t, force);
    const from = (await planHead(t, plan.id, force.tokens.ncshpPlanner)).lastSeq;
    const live = subscribe(force.tokens.ncshpLead, plan.id, from);
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Before the rename' }, force.tokens.ncshpPlanner);
    await live.until((values) => values.length === 1);
    const [{ display_name: before }] = await t.db.query(`SELECT display_name FROM users WHERE id = $1`, [force.users.ncshpPlanner]);
    try {
      await t.db.query(`UPDATE users SET display_name = 'Planner Renamed' WHERE id = $1`, [force.users.ncshpPlanner]);
      await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'After the rename' }, force.tokens.ncshpPlanner);
      await live.until((values) => values.length === 2);
      expect(live.values.map((event) => event.actor.displayName)).toEqual([before, 'Planner Renamed']);

      const replaying = subscribe(force.tokens.cbpPlanner, plan.id, from);
      await replaying.until((values) => values.length === 2);
      expect(replaying.values.map((event) => event.actor.displayName)).toEqual([before, 'Planner Renamed']);
      replaying.stop();
    } finally {
      await t.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [force.users.ncshpPlanner, before]);
      live.stop();
    }
  });
});
