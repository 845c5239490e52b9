import { Client, type Notification } from 'pg';
import { LIVE_CHANNEL } from '../src/core/events/live-message';
import { LIVE_TRANSPORT, type LiveTransport } from '../src/core/events/transports/live-transport';
import { LiveBus } from '../src/core/events/live-bus';
import { PlanLogWriter } from '../src/modules/plans/plan-log.writer';
import { PlanRepository } from '../src/modules/plans/plan.repository';
import { DataSource } from 'typeorm';
import { createPlan, gqlData, planHead, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 14 (fan-out): over LISTEN/NOTIFY, the other instances' wake-up for a plan's log goes with
 * the append's own statement, so PostgreSQL sends it as the change commits (as the bare push
 * does), not one round trip after it; and only if it commits.
 */
const ADD_OBJECTIVE = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`;

describe('a plan log wake-up sent with the commit', () => {
  let t: TestApp;
  let force: TaskForce;
  let listener: Client;
  const heard: Notification[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    listener = new Client({ connectionString: t.databaseUrl });
    await listener.connect();
    listener.on('notification', (notification) => heard.push(notification));
    await listener.query(`LISTEN ${LIVE_CHANNEL}`);
  });
  afterAll(async () => {
    await listener.end();
    await t.close();
  });

  const wakeUpsFor = (planId: string) =>
    heard.filter((n) => n.channel === LIVE_CHANNEL).map((n) => JSON.parse(n.payload ?? '{}') as Record<string, unknown>).filter((m) => m['kind'] === 'plan-log' && m['planId'] === planId);
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  it('reaches another listener once per change, with the new head, without a publish after the commit', async () => {
    const plan = await createPlan(t, force);
    const transport = t.app.get<LiveTransport>(LIVE_TRANSPORT);
    const publish = jest.spyOn(transport, 'publish');
    try {
      await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Hold the north ramp' }, force.tokens.ncshpPlanner);
      await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Hold the south ramp' }, force.tokens.ncshpPlanner);
      const { lastSeq } = await planHead(t, plan.id, force.tokens.ncshpPlanner);
      await until(() => wakeUpsFor(plan.id).some((m) => m['seq'] === lastSeq));
      const instanceId = t.app.get(LiveBus).instanceId;
      expect(wakeUpsFor(plan.id).slice(-2)).toEqual([
        { kind: 'plan-log', planId: plan.id, seq: lastSeq - 1, origin: instanceId },
        { kind: 'plan-log', planId: plan.id, seq: lastSeq, origin: instanceId },
      ]);
      expect(publish.mock.calls.filter(([message]) => message.kind === 'plan-log')).toEqual([]);
    } finally {
      publish.mockRestore();
    }
  });

  it('sends nothing for an append whose transaction rolls back', async () => {
    const plan = await createPlan(t, force);
    const before = wakeUpsFor(plan.id).length;
    const writer = t.app.get(PlanLogWriter);
    const plans = t.app.get(PlanRepository);
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        const locked = await plans.lockForChange(manager, plan.id);
        await writer.append(manager, locked!.plan, force.users.ncshpPlanner, [{ type: 'OBJECTIVE_ADDED', entityType: 'OBJECTIVE', entityId: plan.id, data: {} }], { content: true });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    // A commit afterwards is heard, so the listener was listening all along.
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'After the rollback' }, force.tokens.ncshpPlanner);
    const { lastSeq } = await planHead(t, plan.id, force.tokens.ncshpPlanner);
    await until(() => wakeUpsFor(plan.id).length > before);
    expect(wakeUpsFor(plan.id).slice(before).map((m) => m['seq'])).toEqual([lastSeq]);
  });
});
