import { NotificationKind } from '@jointops/domain';
import { LiveStats } from '../src/core/events/live-stats';
import { NotificationWriter } from '../src/modules/notifications/notification-writer';
import { DataSource } from 'typeorm';
import { activePlan, closeOperation } from './support/operation';
import { approveAs, gqlData, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { record, startTestApp, type TestApp } from './support/test-app';

const ADDED = `subscription { notificationAdded { id kind text link readAt plan { id } } }`;
type Added = { id: string; kind: string; text: string; link: string; plan: { id: string } | null };

async function kindsFor(t: TestApp, userId: string, planId: string): Promise<string[]> {
  const rows: Array<{ kind: string }> = await t.db.query(`SELECT kind FROM notifications WHERE user_id = $1 AND plan_id = $2 ORDER BY created_at, kind`, [userId, planId]);
  return rows.map((row) => row.kind);
}

/** Waits until `count` notificationAdded streams are open on the instance (the subscription is live). */
async function streamsOpen(t: TestApp, count: number): Promise<void> {
  const stats = t.app.get(LiveStats);
  for (let i = 0; i < 500 && stats.notificationStreams < count; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(stats.notificationStreams).toBeGreaterThanOrEqual(count);
}

const transports: Array<[string, string | null]> = [['postgres LISTEN/NOTIFY', null]];
if (process.env.REDIS_URL) transports.push(['redis pub/sub', process.env.REDIS_URL]);

describe.each(transports)('notifications live over %s', (_name, redisUrl) => {
  let one: TestApp;
  let two: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    one = await startTestApp({ redisUrl });
    two = await startTestApp({ redisUrl }, { sameDatabaseAs: one });
    force = await seedTaskForce(one);
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('reaches the lead subscribed on the other instance when a planner submits, and nobody else', async () => {
    const plan = await readyPlan(one, force);
    const lead = record<Added>(two.wsClient(force.tokens.cbpLead), ADDED, {}, (data) => data.notificationAdded);
    const officer = record<Added>(two.wsClient(force.tokens.ncshpOfficer), ADDED, {}, (data) => data.notificationAdded);
    await streamsOpen(two, 2);
    await submitPlan(one, force, plan.id);
    const [added] = await lead.until((values) => values.length > 0);
    expect(added).toMatchObject({ kind: 'REVIEW_REQUESTED', link: `/plans/${plan.id}/approvals`, plan: { id: plan.id } });
    // The officer is told nothing of a review, even after the lead heard of it.
    await gqlData(one, `{ me { id } }`, {}, force.tokens.ncshpOfficer);
    expect(officer.values).toEqual([]);
    lead.stop();
    officer.stop();
  });

  it('ends the stream at logout', async () => {
    const token = await one.login('lead@cbp.example');
    const stream = record<Added>(two.wsClient(token), ADDED, {}, (data) => data.notificationAdded);
    const before = two.app.get(LiveStats).notificationStreams;
    await streamsOpen(two, 1);
    await gqlData(one, `mutation { logout }`, {}, token);
    for (let i = 0; i < 500 && !(stream.completed || stream.errors.length > 0); i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stream.completed || stream.errors.length > 0).toBe(true);
    expect(two.app.get(LiveStats).notificationStreams).toBeLessThan(Math.max(before, 1));
  });
});

describe('notifications of the plan lifecycle', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('tells the planners and the lead agency lead when every agency approved, not the approver', async () => {
    const plan = await readyPlan(t, force);
    await submitPlan(t, force, plan.id);
    await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    expect(await kindsFor(t, force.users.ncshpPlanner, plan.id)).toContain('PLAN_APPROVED');
    expect(await kindsFor(t, force.users.ncshpLead, plan.id)).toContain('PLAN_APPROVED');
    expect(await kindsFor(t, force.users.cbpLead, plan.id)).not.toContain('PLAN_APPROVED');
    // CBP's planner is not one of "the plan's planners" (lead agency's planners and the creator).
    expect(await kindsFor(t, force.users.cbpPlanner, plan.id)).not.toContain('PLAN_APPROVED');
  });

  it('tells every member of completion, and the owning agency leads of a corrective action', async () => {
    const { planId } = await activePlan(t, force);
    await closeOperation(t, force, planId);
    for (const key of ['ncshpOfficer', 'cbpPlanner', 'cbpLead', 'ncshpPlanner'] as const) expect(await kindsFor(t, force.users[key], planId)).toContain('PLAN_COMPLETED');
    expect(await kindsFor(t, force.users.cbpLead, planId)).toContain('CORRECTIVE_ACTION_ASSIGNED');
    expect(await kindsFor(t, force.users.ncshpLead, planId)).not.toContain('CORRECTIVE_ACTION_ASSIGNED');
    const [assigned] = await t.db.query(`SELECT text, link FROM notifications WHERE user_id = $1 AND plan_id = $2 AND kind = 'CORRECTIVE_ACTION_ASSIGNED'`, [force.users.cbpLead, planId]);
    expect(assigned).toEqual({ text: expect.stringContaining('Stage interpreters'), link: `/plans/${planId}/report` });

    // Handed to NCSHP: its lead is told; a later edit that keeps the owner tells nobody again.
    const [{ version }] = await t.db.query(`SELECT version FROM corrective_actions WHERE plan_id = $1`, [planId]);
    const [{ id }] = await t.db.query(`SELECT id FROM corrective_actions WHERE plan_id = $1`, [planId]);
    const update = `mutation($id: ID!, $v: Int!, $patch: CorrectiveActionPatch!) { updateCorrectiveAction(id: $id, expectedVersion: $v, patch: $patch) { version } }`;
    const moved = await gqlData(t, update, { id, v: version, patch: { ownerAgencyId: force.agencies.ncshp } }, force.tokens.ncshpPlanner);
    expect(await kindsFor(t, force.users.ncshpLead, planId)).toContain('CORRECTIVE_ACTION_ASSIGNED');
    await gqlData(t, update, { id, v: moved.updateCorrectiveAction.version, patch: { notes: 'Template drafted' } }, force.tokens.ncshpPlanner);
    expect((await kindsFor(t, force.users.ncshpLead, planId)).filter((kind) => kind === 'CORRECTIVE_ACTION_ASSIGNED')).toHaveLength(1);
  });

  it('writes no notification when the transaction that wrote it rolls back (the outbox)', async () => {
    const writer = t.app.get(NotificationWriter);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM notifications`);
    await expect(
      t.app.get(DataSource).transaction(async (manager) => {
        const messages = await writer.write(manager, [{ kind: NotificationKind.PLAN_APPROVED, userIds: [force.users.ncshpPlanner], subject: { planTitle: 'Rolled back' } }]);
        expect(messages).toHaveLength(1);
        throw new Error('the change failed after writing');
      }),
    ).rejects.toThrow('the change failed after writing');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM notifications`)).toEqual(before);
  });
});
