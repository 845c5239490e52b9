import { approvedPlan, createPlan, errorOf, gqlData, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every participating agency's lead signs the same revision: an agency without an active agency
 * lead (an oversight office, whose people are never leads, or an agency whose lead was disabled or
 * lost the role) could never sign, so it blocks submission (AGENCY_WITHOUT_LEAD). A change of who
 * leads an agency is announced on its plans with READINESS_CHANGED, as agreements and training are.
 */
describe('readiness: an agency lead who can sign, for every participating agency', () => {
  let t: TestApp;
  let force: TaskForce;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    admin = force.tokens.ncshpAdmin;
  });
  afterAll(() => t.close());

  const READINESS = `query($id: ID!) { plan(id: $id) { revision contentHash readiness { ready blockers { code message entityId } accountabilityBlockers { code entityId } } } }`;
  const readiness = async (planId: string) => (await gqlData(t, READINESS, { id: planId }, force.tokens.ncshpPlanner)).plan;
  const signerBlockers = async (planId: string) =>
    (await readiness(planId)).readiness.blockers.filter((b: { code: string }) => b.code === 'AGENCY_WITHOUT_LEAD').map((b: { entityId: string; message: string }) => [b.entityId, b.message]);
  const readinessEvents = async (planId: string) =>
    (await t.db.query(`SELECT seq, actor_id, data->'cause' AS cause FROM plan_events WHERE plan_id = $1 AND type = 'READINESS_CHANGED' ORDER BY seq`, [planId])) as Array<{ seq: number; actor_id: string; cause: { kind: string; id: string } }>;

  it('Agency.hasAgencyLead tells the planner choosing agencies which could sign (the same test as the blocker)', async () => {
    const { agencies } = await gqlData(t, `{ agencies { id hasAgencyLead } }`, {}, force.tokens.ncshpPlanner);
    const led = Object.fromEntries(agencies.map((agency: { id: string; hasAgencyLead: boolean }) => [agency.id, agency.hasAgencyLead]));
    expect(led).toMatchObject({ [force.agencies.ncshp]: true, [force.agencies.cbp]: true, [force.agencies.wcso]: false, [force.agencies.oversight]: false });
  });

  it('Approval.signers names the active agency leads who may sign each approval', async () => {
    const plan = await readyPlan(t, force, { title: 'Operation Who Signs' });
    await submitPlan(t, force, plan.id);
    const { plan: read } = await gqlData(t, `query($id: ID!) { plan(id: $id) { approvals { agency { id } signers { id } } } }`, { id: plan.id }, force.tokens.ncshpPlanner);
    const signers = Object.fromEntries(read.approvals.map((approval: { agency: { id: string }; signers: Array<{ id: string }> }) => [approval.agency.id, approval.signers.map((user) => user.id)]));
    expect(signers).toEqual({ [force.agencies.ncshp]: [force.users.ncshpLead], [force.agencies.cbp]: [force.users.cbpLead] });
    // A disabled lead signs for nobody.
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [force.users.cbpLead]);
    try {
      const { plan: after } = await gqlData(t, `query($id: ID!) { plan(id: $id) { approvals { agency { id } signers { id } } } }`, { id: plan.id }, force.tokens.ncshpPlanner);
      expect(after.approvals.find((approval: { agency: { id: string } }) => approval.agency.id === force.agencies.cbp).signers).toEqual([]);
    } finally {
      await t.db.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [force.users.cbpLead]);
    }
  });

  it('names the oversight office added to a plan, and refuses submission with it, writing nothing', async () => {
    const plan = await readyPlan(t, force, { title: 'Operation Overseen' });
    await gqlData(t, `mutation($p: ID!, $a: ID!) { addPlanAgency(planId: $p, agencyId: $a) { id } }`, { p: plan.id, a: force.agencies.oversight }, force.tokens.ncshpPlanner);
    expect(await signerBlockers(plan.id)).toEqual([[force.agencies.oversight, 'OLEO has no agency lead to sign the plan.']]);
    const { readiness: after } = await readiness(plan.id);
    expect(after.accountabilityBlockers.map((b: { code: string }) => b.code)).toContain('AGENCY_WITHOUT_LEAD');

    const before = await t.db.query(`SELECT status, last_seq FROM plans WHERE id = $1`, [plan.id]);
    const error = errorOf(await t.gql(`mutation($p: ID!) { submitPlanForReview(planId: $p) { status } }`, { p: plan.id }, force.tokens.ncshpPlanner));
    expect(error.extensions?.code).toBe('INVALID_STATE');
    expect((error.extensions?.blockers as Array<{ code: string; entityId: string }>).filter((b) => b.code === 'AGENCY_WITHOUT_LEAD')).toEqual([expect.objectContaining({ entityId: force.agencies.oversight })]);
    expect(await t.db.query(`SELECT status, last_seq FROM plans WHERE id = $1`, [plan.id])).toEqual(before);
  });

  it('clears when the agency gains a lead and comes back when the lead is disabled or loses the role, each announced once with READINESS_CHANGED', async () => {
    // WCSO takes part through its planner: no lead yet.
    const plan = await createPlan(t, force, { title: 'Operation County Line', agencyIds: [force.agencies.cbp, force.agencies.wcso] });
    expect(await signerBlockers(plan.id)).toEqual([[force.agencies.wcso, 'WCSO has no agency lead to sign the plan.']]);
    const { revision, contentHash } = await readiness(plan.id);

    const created = await gqlData(
      t,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { email: 'new.lead@wcso.example', displayName: 'Wanda Reyes', agencyId: force.agencies.wcso, roles: ['AGENCY_LEAD'], password: 'a-temporary-passphrase-2026' } },
      admin,
    );
    const lead = created.createUser.id as string;
    expect(await signerBlockers(plan.id)).toEqual([]);
    expect(await readinessEvents(plan.id)).toEqual([expect.objectContaining({ actor_id: force.users.ncshpAdmin, cause: { kind: 'AGENCY_LEAD', id: lead } })]);
    // Readiness changed without a content edit: revision and content hash stay.
    expect(await readiness(plan.id)).toMatchObject({ revision, contentHash });

    await gqlData(t, `mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }`, { id: lead }, admin);
    expect(await signerBlockers(plan.id)).toHaveLength(1);
    await gqlData(t, `mutation($id: ID!) { setUserActive(id: $id, active: true) { active } }`, { id: lead }, admin);
    expect(await signerBlockers(plan.id)).toEqual([]);
    await gqlData(t, `mutation($id: ID!) { updateUser(id: $id, patch: { roles: [PLANNER] }) { roles } }`, { id: lead }, admin);
    expect(await signerBlockers(plan.id)).toHaveLength(1);
    expect((await readinessEvents(plan.id)).map((event) => event.cause.kind)).toEqual(['AGENCY_LEAD', 'AGENCY_LEAD', 'AGENCY_LEAD', 'AGENCY_LEAD']);

    // A change that leaves who can sign as it was (a name) announces nothing.
    await gqlData(t, `mutation($id: ID!) { updateUser(id: $id, patch: { displayName: "Wanda Reyes-Cole" }) { id } }`, { id: lead }, admin);
    expect(await readinessEvents(plan.id)).toHaveLength(4);
  });

  it('in review, an agency that loses its lead blocks the approvals to come; once approved, nothing is judged', async () => {
    const disableCbpLeads = (disabled: boolean) => t.db.query(`UPDATE users SET disabled_at = ${disabled ? 'now()' : 'NULL'} WHERE agency_id = $1 AND 'AGENCY_LEAD' = ANY(roles)`, [force.agencies.cbp]);
    const inReview = await readyPlan(t, force, { title: 'Operation In Review' });
    await submitPlan(t, force, inReview.id);
    try {
      await disableCbpLeads(true);
      expect(await signerBlockers(inReview.id)).toEqual([[force.agencies.cbp, 'CBP has no agency lead to sign the plan.']]);
    } finally {
      await disableCbpLeads(false);
    }
    expect(await signerBlockers(inReview.id)).toEqual([]);

    const approved = await approvedPlan(t, force, { title: 'Operation Signed' });
    try {
      await disableCbpLeads(true);
      expect((await readiness(approved.id)).readiness.blockers).toEqual([]);
    } finally {
      await disableCbpLeads(false);
    }
  });
});
