import { Clock } from '../src/core/clock/clock';
import { asAt } from './support/clock';
import { approveAs, errorOf, gqlData, planFootprint, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 13 item 2: readiness blocks on no window, a window that has started (at submission and
 * approval, never at activation), no timeline, no comms, an agency that commits no resources and
 * a role nobody holds. Each is shown present (submission refused with its code and entity, nothing
 * written) and then fixed (submission passes).
 */
describe('readiness: window, timeline, comms, resources and assignees', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planner = force.tokens.ncshpPlanner;
  });
  afterAll(() => t.close());

  const SUBMIT = `mutation($p: ID!) { submitPlanForReview(planId: $p) { status } }`;
  const DECIDE = `mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: APPROVE, comment: "ok") { status } }`;
  const ACTIVATE = `mutation($p: ID!) { activatePlan(planId: $p) { status } }`;

  const items = async (planId: string) =>
    (
      await gqlData(
        t,
        `query($id: ID!) { plan(id: $id) { version status revision readiness { ready blockers { code entityId } }
           roles { id version agency { id } } resources { id version agency { id } } timeline { id version } comms { id version } approvals { status } } }`,
        { id: planId },
        planner,
      )
    ).plan;

  /** Submitting is refused with exactly these blockers (code and entity), the plan's readiness shows them, and nothing is written. */
  async function expectSubmitRefused(planId: string, blockers: Array<{ code: string; entityId: string | null }>): Promise<void> {
    const before = await planFootprint(t, planId);
    const refused = errorOf(await t.gql(SUBMIT, { p: planId }, planner));
    expect(refused.extensions?.code).toBe('INVALID_STATE');
    expect(refused.extensions?.blockers.map(({ code, entityId }: { code: string; entityId: string | null }) => ({ code, entityId }))).toEqual(blockers);
    expect((await items(planId)).readiness).toEqual({ ready: false, blockers });
    expect(await planFootprint(t, planId)).toEqual(before);
  }

  async function expectSubmitted(planId: string): Promise<void> {
    expect((await items(planId)).readiness).toEqual({ ready: true, blockers: [] });
    expect((await gqlData(t, SUBMIT, { p: planId }, planner)).submitPlanForReview.status).toBe('IN_REVIEW');
  }

  it('NO_WINDOW: a plan without a start or an end cannot be submitted until it has both', async () => {
    const plan = await readyPlan(t, force, { title: 'No window' });
    // Clearing the window also takes away what its timeline could fall outside of.
    const cleared = (await gqlData(t, `mutation($id: ID!, $v: Int!) { updatePlan(id: $id, expectedVersion: $v, patch: { startsAt: null, endsAt: null }) { version } }`, { id: plan.id, v: plan.version }, planner)).updatePlan;
    await expectSubmitRefused(plan.id, [{ code: 'NO_WINDOW', entityId: null }]);
    await gqlData(
      t,
      `mutation($id: ID!, $v: Int!) { updatePlan(id: $id, expectedVersion: $v, patch: { startsAt: "2027-03-01T06:00:00Z", endsAt: "2027-03-01T18:00:00Z" }) { version } }`,
      { id: plan.id, v: cleared.version },
      planner,
    );
    await expectSubmitted(plan.id);
  });

  it('NO_TIMELINE: names no entity, and clears when an event is added', async () => {
    const plan = await readyPlan(t, force, { title: 'No timeline' });
    const [event] = (await items(plan.id)).timeline;
    await gqlData(t, `mutation($id: ID!, $v: Int!) { removeTimelineEvent(id: $id, expectedVersion: $v) }`, { id: event.id, v: event.version }, planner);
    await expectSubmitRefused(plan.id, [{ code: 'NO_TIMELINE', entityId: null }]);
    await gqlData(t, `mutation($p: ID!) { addTimelineEvent(planId: $p, input: { title: "Briefing", phase: BRIEFING, startsAt: "2027-03-01T06:00:00Z", endsAt: "2027-03-01T07:00:00Z" }) { id } }`, { p: plan.id }, planner);
    await expectSubmitted(plan.id);
  });

  it('NO_COMMS: names no entity, and clears when a channel is added', async () => {
    const plan = await readyPlan(t, force, { title: 'No comms' });
    const [channel] = (await items(plan.id)).comms;
    await gqlData(t, `mutation($id: ID!, $v: Int!) { removeCommsChannel(id: $id, expectedVersion: $v) }`, { id: channel.id, v: channel.version }, planner);
    await expectSubmitRefused(plan.id, [{ code: 'NO_COMMS', entityId: null }]);
    await gqlData(t, `mutation($p: ID!) { addCommsChannel(planId: $p, input: { name: "Tactical 2", details: "TG 4411" }) { id } }`, { p: plan.id }, planner);
    await expectSubmitted(plan.id);
  });

  it('AGENCY_WITHOUT_RESOURCE: names the agency that commits nothing (a quantity of 0 included), and clears when it commits something', async () => {
    const plan = await readyPlan(t, force, { title: 'No CBP resources' });
    const resource = (await items(plan.id)).resources.find((r: { agency: { id: string } }) => r.agency.id === force.agencies.cbp);
    await gqlData(t, `mutation($id: ID!, $v: Int!) { removeResource(id: $id, expectedVersion: $v) }`, { id: resource.id, v: resource.version }, planner);
    await expectSubmitRefused(plan.id, [{ code: 'AGENCY_WITHOUT_RESOURCE', entityId: force.agencies.cbp }]);
    // A quantity of 0 commits nothing.
    const none = (await gqlData(t, `mutation($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Canine team", quantity: 0 }) { id version } }`, { p: plan.id, a: force.agencies.cbp }, planner)).addResource;
    await expectSubmitRefused(plan.id, [{ code: 'AGENCY_WITHOUT_RESOURCE', entityId: force.agencies.cbp }]);
    await gqlData(t, `mutation($id: ID!, $v: Int!) { updateResource(id: $id, expectedVersion: $v, patch: { quantity: 1 }) { id } }`, { id: none.id, v: none.version }, planner);
    await expectSubmitted(plan.id);
  });

  it('ROLE_WITHOUT_ASSIGNEE: names the role nobody holds, and clears when someone is assigned', async () => {
    const plan = await readyPlan(t, force, { title: 'Unassigned role' });
    const role = (await items(plan.id)).roles.find((r: { agency: { id: string } }) => r.agency.id === force.agencies.cbp);
    const emptied = (await gqlData(t, `mutation($id: ID!, $v: Int!) { updateRole(id: $id, expectedVersion: $v, patch: { assigneeId: null }) { version } }`, { id: role.id, v: role.version }, planner)).updateRole;
    await expectSubmitRefused(plan.id, [{ code: 'ROLE_WITHOUT_ASSIGNEE', entityId: role.id }]);
    await gqlData(t, `mutation($id: ID!, $v: Int!, $u: ID!) { updateRole(id: $id, expectedVersion: $v, patch: { assigneeId: $u }) { id } }`, { id: role.id, v: emptied.version, u: force.users.cbpLead }, planner);
    await expectSubmitted(plan.id);
  });

  it('WINDOW_STARTED at submission: a window in 2020 is refused; the same plan moved to the future is submitted', async () => {
    // Built as it would have been in April 2020 (ready then), submitted now.
    const plan = await readyPlan(t, force, { title: 'Window in 2020', startsAt: '2020-05-01T06:00:00Z', endsAt: '2020-05-01T18:00:00Z' });
    await expectSubmitRefused(plan.id, [{ code: 'WINDOW_STARTED', entityId: null }]);
    // Judged at the time the server's clock tells: before the window it passes.
    const head = await items(plan.id);
    const moved = (
      await gqlData(t, `mutation($id: ID!, $v: Int!) { updatePlan(id: $id, expectedVersion: $v, patch: { startsAt: "2027-05-01T06:00:00Z", endsAt: "2027-05-01T18:00:00Z" }) { version } }`, { id: plan.id, v: head.version }, planner)
    ).updatePlan;
    expect(moved.version).toBe(head.version + 1);
    const [event] = head.timeline;
    await gqlData(t, `mutation($id: ID!, $v: Int!) { updateTimelineEvent(id: $id, expectedVersion: $v, patch: { startsAt: "2027-05-01T06:00:00Z", endsAt: "2027-05-01T07:00:00Z" }) { id } }`, { id: event.id, v: event.version }, planner);
    await expectSubmitted(plan.id);
  });

  it('WINDOW_STARTED at approval (nothing is decided), never at activation', async () => {
    // Submitted in April 2020 (the helpers plan a past operation with the clock before its window).
    const plan = await readyPlan(t, force, { title: 'Approved too late', startsAt: '2020-05-01T06:00:00Z', endsAt: '2020-05-01T18:00:00Z' });
    const revision = await submitPlan(t, force, plan.id);
    expect((await items(plan.id)).status).toBe('IN_REVIEW');

    const before = await planFootprint(t, plan.id);
    const refused = errorOf(await t.gql(DECIDE, { p: plan.id, r: revision }, force.tokens.ncshpLead));
    expect(refused.extensions).toMatchObject({ code: 'INVALID_STATE', blockers: [{ code: 'WINDOW_STARTED', entityId: null }] });
    expect(refused.extensions?.blockers).toHaveLength(1);
    expect(await planFootprint(t, plan.id)).toEqual(before);
    expect((await items(plan.id)).approvals.map((a: { status: string }) => a.status)).toEqual(['PENDING', 'PENDING']);

    // Approved before the window opened, the plan is activated after it did: activation never checks it.
    await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    const approved = await items(plan.id);
    expect(approved.status).toBe('APPROVED');
    expect(approved.readiness).toEqual({ ready: true, blockers: [] });
    expect((await gqlData(t, ACTIVATE, { p: plan.id }, force.tokens.ncshpLead)).activatePlan.status).toBe('ACTIVE');
  });

  it('WINDOW_STARTED follows the clock: a plan in review whose window opens is refused approval; once approved it activates', async () => {
    const plan = await readyPlan(t, force, { title: 'Window opens during review', startsAt: '2027-06-01T06:00:00Z', endsAt: '2027-06-01T18:00:00Z' });
    const revision = await submitPlan(t, force, plan.id);
    const refused = await asAt(t, '2027-06-01T06:00:00Z', async () => errorOf(await t.gql(DECIDE, { p: plan.id, r: revision }, force.tokens.cbpLead)));
    expect(refused.extensions).toMatchObject({ code: 'INVALID_STATE', blockers: [{ code: 'WINDOW_STARTED' }] });
    const inReview = await asAt(t, '2027-06-01T07:00:00Z', () => items(plan.id));
    expect(inReview.readiness.blockers).toEqual([{ code: 'WINDOW_STARTED', entityId: null }]);

    await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    const activated = await asAt(t, '2027-06-01T07:00:00Z', () => gqlData(t, ACTIVATE, { p: plan.id }, force.tokens.ncshpLead));
    expect(activated.activatePlan.status).toBe('ACTIVE');
  });

  describe('the Clock', () => {
    it('dates what the API does by the time it is set to, then tells the real time again', async () => {
      const made = await asAt(t, '2026-02-02T09:30:00Z', () => readyPlan(t, force, { title: 'Planned in February', startsAt: '2026-03-01T06:00:00Z', endsAt: '2026-03-01T18:00:00Z' }));
      const [row] = await t.db.query(`SELECT created_at, updated_at FROM plans WHERE id = $1`, [made.id]);
      expect(row.created_at.toISOString()).toBe('2026-02-02T09:30:00.000Z');
      expect(row.updated_at.toISOString()).toBe('2026-02-02T09:30:00.000Z');
      const times: Array<{ at: Date }> = await t.db.query(`SELECT DISTINCT at FROM plan_events WHERE plan_id = $1`, [made.id]);
      expect(times.map((e) => e.at.toISOString())).toEqual(['2026-02-02T09:30:00.000Z']);

      await asAt(t, '2026-02-03T10:00:00Z', () => submitPlan(t, force, made.id));
      await asAt(t, '2026-02-04T11:00:00Z', () => approveAs(t, made.id, [force.tokens.cbpLead]));
      const decided: Array<{ decided_at: Date }> = await t.db.query(`SELECT decided_at FROM approvals WHERE plan_id = $1 AND decided_at IS NOT NULL`, [made.id]);
      expect(decided.map((a) => a.decided_at.toISOString())).toEqual(['2026-02-04T11:00:00.000Z']);
      const [submitted] = await t.db.query(`SELECT at FROM plan_events WHERE plan_id = $1 AND type = 'PLAN_SUBMITTED'`, [made.id]);
      expect(submitted.at.toISOString()).toBe('2026-02-03T10:00:00.000Z');

      expect(Math.abs(t.app.get(Clock).now().getTime() - Date.now())).toBeLessThan(5000);
      const later = await readyPlan(t, force, { title: 'Planned now' });
      const [now] = await t.db.query(`SELECT max(at) AS at FROM plan_events WHERE plan_id = $1`, [later.id]);
      expect(Math.abs(now.at.getTime() - Date.now())).toBeLessThan(60_000);
    });

    it('can be set in tests, never in production', () => {
      expect(t.app.get(Clock).isSettable).toBe(true);
    });
  });
});
