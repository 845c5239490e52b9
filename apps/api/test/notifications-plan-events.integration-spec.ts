import { activePlan } from './support/operation';
import { approveAs, errorOf, gqlData, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const PAGE = `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) { unreadCount nodes { id kind text link readAt plan { id title } } } }`;

async function page(t: TestApp, token: string) {
  return (await gqlData(t, PAGE, {}, token)).notifications as { unreadCount: number; nodes: Array<{ id: string; kind: string; text: string; link: string; readAt: string | null; plan: { id: string } | null }> };
}

async function kindsOf(t: TestApp, userId: string): Promise<string[]> {
  const rows: Array<{ kind: string }> = await t.db.query(`SELECT kind FROM notifications WHERE user_id = $1 ORDER BY created_at, kind`, [userId]);
  return rows.map((row) => row.kind);
}

describe('notifications of plan changes (outbox)', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('tells every participating agency lead that a plan awaits review, and links to its approvals', async () => {
    const plan = await readyPlan(t, force);
    await submitPlan(t, force, plan.id);
    const cbp = await page(t, force.tokens.cbpLead);
    const review = cbp.nodes.find((node) => node.plan?.id === plan.id && node.kind === 'REVIEW_REQUESTED');
    expect(review).toMatchObject({ link: `/plans/${plan.id}/approvals`, readAt: null });
    expect(review!.text).toContain(plan.title);
    expect((await kindsOf(t, force.users.ncshpLead)).filter((kind) => kind === 'REVIEW_REQUESTED').length).toBeGreaterThan(0);
    // Planners and officers are not asked to review.
    expect(await kindsOf(t, force.users.ncshpOfficer)).not.toContain('REVIEW_REQUESTED');
  });

  it('tells the planners of a rejection with its comment, and the lead agency lead of an approval', async () => {
    const plan = await readyPlan(t, force);
    const revision = await submitPlan(t, force, plan.id);
    await gqlData(t, `mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: REJECT, comment: "Add the interpreters") { id } }`, { p: plan.id, r: revision }, force.tokens.cbpLead);
    const planner = await page(t, force.tokens.ncshpPlanner);
    const rejected = planner.nodes.find((node) => node.plan?.id === plan.id && node.kind === 'PLAN_REJECTED');
    expect(rejected!.text).toContain('Add the interpreters');
    expect(rejected!.text).toContain('CBP');
    // The one who rejected is not told of their own act.
    expect((await page(t, force.tokens.cbpLead)).nodes.filter((node) => node.plan?.id === plan.id && node.kind === 'PLAN_REJECTED')).toEqual([]);
    expect(rejected!.readAt).toBeNull();
    // Resubmitted: the rejection was answered, and no longer waits unread.
    await submitPlan(t, force, plan.id);
    const answered = (await page(t, force.tokens.ncshpPlanner)).nodes.find((node) => node.id === rejected!.id);
    expect(answered!.readAt).not.toBeNull();
  });

  it('tells the lead whose approval an edit voided, and only them', async () => {
    const plan = await readyPlan(t, force);
    await submitPlan(t, force, plan.id);
    await approveAs(t, plan.id, [force.tokens.cbpLead]);
    await gqlData(t, `mutation($p: ID!) { updatePlan(id: $p, expectedVersion: 0, patch: {}) { id } }`, { p: plan.id }, force.tokens.ncshpPlanner).catch(() => undefined);
    const objectives = await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id version } } }`, { id: plan.id }, force.tokens.ncshpPlanner);
    const objective = objectives.plan.objectives[0];
    await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "Changed after sign-off" }) { id } }`, { id: objective.id, v: objective.version }, force.tokens.ncshpPlanner);
    const stale = (await page(t, force.tokens.cbpLead)).nodes.filter((node) => node.plan?.id === plan.id && node.kind === 'SIGNOFF_STALE');
    expect(stale).toHaveLength(1);
    expect((await page(t, force.tokens.ncshpLead)).nodes.filter((node) => node.plan?.id === plan.id && node.kind === 'SIGNOFF_STALE')).toEqual([]);
  });

  it('marks read what the next step settles: the review request once every agency approved, "can be activated" once an edit sends the plan back', async () => {
    const plan = await readyPlan(t, force);
    await submitPlan(t, force, plan.id);
    const ofPlan = async (token: string, kind: string) => (await page(t, token)).nodes.filter((node) => node.plan?.id === plan.id && node.kind === kind);
    expect((await ofPlan(force.tokens.cbpLead, 'REVIEW_REQUESTED')).map((node) => node.readAt)).toEqual([null]);

    await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    // Both leads decided: nothing waits on them any more, read or not.
    for (const token of [force.tokens.cbpLead, force.tokens.ncshpLead]) {
      const [request] = await ofPlan(token, 'REVIEW_REQUESTED');
      expect(request!.readAt).not.toBeNull();
    }
    const [approved] = await ofPlan(force.tokens.ncshpPlanner, 'PLAN_APPROVED');
    expect(approved).toMatchObject({ readAt: null });
    const unreadBefore = (await page(t, force.tokens.ncshpPlanner)).unreadCount;

    // Another agency's planner edits: the plan is back in review, "it can be activated" no longer holds.
    const { plan: parts } = await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id version } } }`, { id: plan.id }, force.tokens.cbpPlanner);
    await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "Changed after approval" }) { id } }`, { id: parts.objectives[0].id, v: parts.objectives[0].version }, force.tokens.cbpPlanner);
    const [settled] = await ofPlan(force.tokens.ncshpPlanner, 'PLAN_APPROVED');
    expect(settled!.readAt).not.toBeNull();
    expect((await page(t, force.tokens.ncshpPlanner)).unreadCount).toBe(unreadBefore - 1);
    // What the edit asks for is new and unread: each lead signs again.
    expect((await ofPlan(force.tokens.cbpLead, 'SIGNOFF_STALE')).map((node) => node.readAt)).toEqual([null]);
  });

  it('tells every member when the operation starts, and nobody outside it', async () => {
    const { planId } = await activePlan(t, force);
    for (const key of ['ncshpOfficer', 'cbpPlanner', 'ncshpPlanner'] as const) {
      expect((await page(t, force.tokens[key])).nodes.some((node) => node.plan?.id === planId && node.kind === 'PLAN_ACTIVATED')).toBe(true);
    }
    expect((await page(t, force.tokens.wcsoPlanner)).nodes.some((node) => node.plan?.id === planId)).toBe(false);
    expect((await page(t, force.tokens.oversight)).nodes).toEqual([]);
  });

  it('writes nothing when the change rolls back', async () => {
    const before = Number((await t.db.query(`SELECT count(*) FROM notifications`))[0].count);
    const plan = await readyPlan(t, force);
    const revision = await submitPlan(t, force, plan.id);
    const after = Number((await t.db.query(`SELECT count(*) FROM notifications`))[0].count);
    // A rejection without a comment is refused after the plan is locked: no PLAN_REJECTED is written.
    const refused = await t.gql(`mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: REJECT, comment: "") { id } }`, { p: plan.id, r: revision }, force.tokens.cbpLead);
    expect(errorOf(refused).extensions?.field).toBe('comment');
    expect(Number((await t.db.query(`SELECT count(*) FROM notifications`))[0].count)).toBe(after);
    expect(after).toBeGreaterThan(before);
  });

  it('marks read: some, unknown ids counted out, then all', async () => {
    const before = await page(t, force.tokens.cbpLead);
    expect(before.unreadCount).toBeGreaterThan(1);
    const [first] = before.nodes;
    const marked = await gqlData(t, `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [first.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid'] }, force.tokens.cbpLead);
    expect(marked.markNotificationsRead).toBe(1);
    // Someone else's id changes nothing.
    const others = await page(t, force.tokens.ncshpLead);
    expect((await gqlData(t, `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [others.nodes[0].id] }, force.tokens.cbpLead)).markNotificationsRead).toBe(0);
    const all = await gqlData(t, `mutation { markNotificationsRead }`, {}, force.tokens.cbpLead);
    expect(all.markNotificationsRead).toBe(before.unreadCount - 1);
    expect((await page(t, force.tokens.cbpLead)).unreadCount).toBe(0);
  });

  it('refuses to mute what cannot be muted, naming the field, and keeps the preferences', async () => {
    const refused = await t.gql(`mutation { updateNotificationPreferences(input: { email: false, muted: [REVIEW_REQUESTED, PLAN_ACTIVATED] }) { email muted } }`, {}, force.tokens.cbpLead);
    expect(errorOf(refused).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.muted' });
    expect((await gqlData(t, `{ notificationPreferences { email muted emailConfigured } }`, {}, force.tokens.cbpLead)).notificationPreferences).toEqual({ email: true, muted: [], emailConfigured: false });
    const saved = await gqlData(t, `mutation { updateNotificationPreferences(input: { email: false, muted: [PLAN_ACTIVATED] }) { email muted } }`, {}, force.tokens.cbpLead);
    expect(saved.updateNotificationPreferences).toEqual({ email: false, muted: ['PLAN_ACTIVATED'] });
  });

  it('hides the notifications of a plan the user can no longer see', async () => {
    const plan = await readyPlan(t, force);
    await submitPlan(t, force, plan.id);
    const hasIt = async () => (await page(t, force.tokens.cbpLead)).nodes.some((node) => node.plan?.id === plan.id);
    expect(await hasIt()).toBe(true);
    await t.db.query(`DELETE FROM plan_agencies WHERE plan_id = $1 AND agency_id = $2`, [plan.id, force.agencies.cbp]);
    expect(await hasIt()).toBe(false);
  });
});
