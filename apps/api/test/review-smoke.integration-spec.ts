import { addCommandPost, createPlan, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

describe('review smoke: draft to active with two agencies', () => {
  let t: TestApp;
  let force: TaskForce;
  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('submits a ready plan, collects both approvals, voids them on an edit, and activates', async () => {
    const plan = await createPlan(t, force);
    const p = plan.id;
    const planner = force.tokens.ncshpPlanner;
    await t.gql(`mutation($p: ID!) { addObjective(planId: $p, input: { title: "Secure", successCriteria: "No incidents" }) { id } }`, { p }, planner);
    for (const [agency, assignee] of [
      [force.agencies.ncshp, force.users.ncshpOfficer],
      [force.agencies.cbp, force.users.cbpPlanner],
    ]) {
      await t.gql(`mutation($p: ID!, $a: ID!, $u: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Lead", assigneeId: $u }) { id } }`, { p, a: agency, u: assignee }, planner);
      await t.gql(`mutation($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Officers", quantity: 2 }) { id } }`, { p, a: agency }, planner);
    }
    await t.gql(`mutation($p: ID!) { addTimelineEvent(planId: $p, input: { title: "Briefing", phase: BRIEFING, startsAt: "2027-03-01T06:00:00Z", endsAt: "2027-03-01T07:00:00Z" }) { id } }`, { p }, planner);
    await t.gql(`mutation($p: ID!) { addCommsChannel(planId: $p, input: { name: "Command net", details: "TG 4400" }) { id } }`, { p }, planner);
    await addCommandPost(t, p, planner);
    const submitted = await t.gql(`mutation($p: ID!) { submitPlanForReview(planId: $p) { status revision approvals { status agency { shortName } } } }`, { p }, planner);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitPlanForReview.status).toBe('IN_REVIEW');
    const revision = submitted.data?.submitPlanForReview.revision;

    const DECIDE = `mutation($p: ID!, $r: Int!, $d: Decision!) { decideApproval(planId: $p, revision: $r, decision: $d, comment: "ok") { status revision contentHash } }`;
    const first = await t.gql(DECIDE, { p, r: revision, d: 'APPROVE' }, force.tokens.ncshpLead);
    expect(first.data?.decideApproval).toMatchObject({ status: 'APPROVED', revision });
    const second = await t.gql(DECIDE, { p, r: revision, d: 'APPROVE' }, force.tokens.cbpLead);
    expect(second.errors).toBeUndefined();
    const approved = await t.gql(`query($p: ID!) { plan(id: $p) { status revision approvals { status } } }`, { p }, planner);
    expect(approved.data?.plan).toMatchObject({ status: 'APPROVED', revision });

    await t.gql(`mutation($p: ID!) { addObjective(planId: $p, input: { title: "Late", successCriteria: "x" }) { id } }`, { p }, force.tokens.cbpPlanner);
    const voided = await t.gql(`query($p: ID!) { plan(id: $p) { status revision approvals { status } } }`, { p }, planner);
    expect(voided.data?.plan.status).toBe('IN_REVIEW');
    expect(voided.data?.plan.approvals.map((a: { status: string }) => a.status)).toEqual(['STALE', 'STALE']);

    const diff = await t.gql(`query($p: ID!, $r: Int!) { planDiff(planId: $p, fromRevision: $r) { entityType kind after } }`, { p, r: revision }, force.tokens.ncshpLead);
    expect(diff.data?.planDiff).toEqual([{ entityType: 'OBJECTIVE', kind: 'ADDED', after: 'Late' }]);

    const newRevision = voided.data?.plan.revision;
    await t.gql(DECIDE, { p, r: newRevision, d: 'APPROVE' }, force.tokens.ncshpLead);
    await t.gql(DECIDE, { p, r: newRevision, d: 'APPROVE' }, force.tokens.cbpLead);
    const active = await t.gql(`mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p }, force.tokens.ncshpLead);
    expect(active.data?.activatePlan.status).toBe('ACTIVE');
    const frozen = await t.gql(`mutation($p: ID!) { addObjective(planId: $p, input: { title: "Too late" }) { id } }`, { p }, planner);
    expect(frozen.errors?.[0].extensions?.code).toBe('INVALID_STATE');

    const verify = await t.gql(`query($p: ID!) { verifyPlanLog(planId: $p) { ok checked firstBrokenSeq } }`, { p }, force.tokens.oversight);
    expect(verify.data?.verifyPlanLog).toMatchObject({ ok: true, firstBrokenSeq: null });
    const log = await t.gql(`query($p: ID!) { accessLog(planId: $p) { action user { id } } }`, { p }, force.tokens.oversight);
    expect(log.data?.accessLog.some((r: { action: string }) => r.action === 'VIEW')).toBe(true);
  });
});
