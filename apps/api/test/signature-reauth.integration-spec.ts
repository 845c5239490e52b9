import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { Secret, TOTP } from 'otpauth';
import { REAUTH_REQUIRED_MESSAGE, SIGNATURE_OPERATIONS } from '@jointops/domain';
import { gqlData, readyPlan, seedTaskForce, signInWcsoLead, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, TEST_PASSWORD, wsRequest, type GqlResponse, type TestApp } from './support/test-app';

const WINDOW_SECONDS = 30;
const DECIDE = `mutation($p: ID!, $r: Int!, $d: Decision!, $c: String) {
  decideApproval(planId: $p, revision: $r, decision: $d, comment: $c) { id status revision contentHash meaning secondFactor decidedBy { id } agency { shortName } }
}`;
const ACTIVATE = `mutation($p: ID!) { activatePlan(planId: $p) { status } }`;
const FINALIZE = `mutation($id: ID!, $v: Int!) { finalizeAfterActionReport(id: $id, expectedVersion: $v) { id finalizedAt } }`;
const REAUTH = `mutation($pw: String!, $code: String) { reauthenticate(password: $pw, code: $code) { authenticatedAt } }`;

/**
 * Signatures re-authenticate (issue 15, DESIGN.md section 8): approve, reject, activate and
 * finalize need a proof of presence within JOINTOPS_SIGNATURE_WINDOW_S (here 30 s), checked at the
 * request layer; each approval stores what it meant and whether a second factor was used.
 * A session is aged by moving its authenticated_at back in the database: no waiting.
 */
describe('signatures re-authenticate', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp({ signatureWindowSeconds: WINDOW_SECONDS });
    force = await seedTaskForce(t);
    // A ready plan here has WCSO taking part: it needs an agency lead to sign (AGENCY_WITHOUT_LEAD).
    await signInWcsoLead(t, force);
  });
  afterAll(() => t.close());

  /** The user's sessions last proved presence ten minutes ago. */
  const age = (userId: string) => t.db.query(`UPDATE sessions SET authenticated_at = now() - interval '10 minutes' WHERE user_id = $1`, [userId]);
  /** Setup only: the user's sessions proved presence just now (so a step before the one under test signs). */
  const present = (userId: string) => t.db.query(`UPDATE sessions SET authenticated_at = now() WHERE user_id = $1`, [userId]);
  const authenticatedAt = async (userId: string): Promise<Date[]> =>
    (await t.db.query(`SELECT authenticated_at FROM sessions WHERE user_id = $1 ORDER BY id`, [userId])).map((row: { authenticated_at: Date }) => row.authenticated_at);

  const planState = async (planId: string) => (await t.db.query(`SELECT status, version, revision, last_seq FROM plans WHERE id = $1`, [planId]))[0];
  const approvalRows = (planId: string) =>
    t.db.query(`SELECT id, status, revision, content_hash, decided_by, decided_at, comment, meaning, second_factor FROM approvals WHERE plan_id = $1 ORDER BY id`, [planId]);
  const expectReauthRequired = (result: GqlResponse) => {
    expect(result.data?.decideApproval ?? result.data?.activatePlan ?? result.data?.finalizeAfterActionReport ?? null).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: REAUTH_REQUIRED_MESSAGE, extensions: { code: 'REAUTH_REQUIRED', windowSeconds: WINDOW_SECONDS } });
  };
  const lastEvent = async (planId: string, type: string) =>
    (await t.db.query(`SELECT data FROM plan_events WHERE plan_id = $1 AND type = $2 ORDER BY seq DESC LIMIT 1`, [planId, type]))[0]?.data;

  it('names as signatures only mutations the API serves', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(SIGNATURE_OPERATIONS.filter((name) => !mutations.includes(name))).toEqual([]);
  });

  describe('one plan from review to closed', () => {
    let plan: Record<string, any>;
    let revision: number;

    beforeAll(async () => {
      plan = await readyPlan(t, force, { title: 'Operation Present Signer' });
      revision = await submitPlan(t, force, plan.id);
    });

    it('inside the window the lead signs, and the approval stores and serves what it meant, given with the password only', async () => {
      const token = await t.login('lead@ncshp.example');
      const approval = (await gqlData(t, DECIDE, { p: plan.id, r: revision, d: 'APPROVE', c: 'Reviewed' }, token)).decideApproval;
      expect(approval).toMatchObject({ status: 'APPROVED', revision, secondFactor: false, agency: { shortName: 'NCSHP' } });
      expect(approval.meaning).toBe(`Approved revision ${revision} (content hash ${approval.contentHash.slice(0, 8)}…) on behalf of NCSHP`);
      const [row] = await t.db.query(`SELECT meaning, second_factor FROM approvals WHERE id = $1`, [approval.id]);
      expect(row).toEqual({ meaning: approval.meaning, second_factor: false });
      const served = await gqlData(t, `query($id: ID!) { plan(id: $id) { approvals { id meaning secondFactor } } }`, { id: plan.id }, force.tokens.cbpPlanner);
      expect(served.plan.approvals).toContainEqual({ id: approval.id, meaning: approval.meaning, secondFactor: false });
    });

    it('outside the window: REAUTH_REQUIRED with the window in seconds, over HTTP and WebSocket, and nothing changes', async () => {
      await age(force.users.cbpLead);
      const [approvalsBefore, planBefore] = [await approvalRows(plan.id), await planState(plan.id)];
      expectReauthRequired(await t.gql(DECIDE, { p: plan.id, r: revision, d: 'APPROVE' }, force.tokens.cbpLead));
      expectReauthRequired(await t.gql(DECIDE, { p: plan.id, r: revision, d: 'REJECT', c: 'Not yet' }, force.tokens.cbpLead));
      expectReauthRequired(await wsRequest(t.wsClient(force.tokens.cbpLead), DECIDE, { p: plan.id, r: revision, d: 'APPROVE' }));
      expect(await approvalRows(plan.id)).toEqual(approvalsBefore);
      expect(await planState(plan.id)).toEqual(planBefore);
      // Reading is no signature: the aged session still reads the plan.
      expect((await gqlData(t, `query($id: ID!) { plan(id: $id) { status } }`, { id: plan.id }, force.tokens.cbpLead)).plan.status).toBe('IN_REVIEW');
    });

    it('a wrong password in reauthenticate answers on the password field and changes nothing', async () => {
      const before = await authenticatedAt(force.users.cbpLead);
      const wrong = await t.gql(REAUTH, { pw: 'not-the-password' }, force.tokens.cbpLead);
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect(await authenticatedAt(force.users.cbpLead)).toEqual(before);
      expectReauthRequired(await t.gql(DECIDE, { p: plan.id, r: revision, d: 'APPROVE' }, force.tokens.cbpLead));
      expect((await planState(plan.id)).status).toBe('IN_REVIEW');
    });

    it('after reauthenticate the same session signs', async () => {
      await gqlData(t, REAUTH, { pw: TEST_PASSWORD }, force.tokens.cbpLead);
      const approval = (await gqlData(t, DECIDE, { p: plan.id, r: revision, d: 'APPROVE' }, force.tokens.cbpLead)).decideApproval;
      expect(approval).toMatchObject({ status: 'APPROVED', secondFactor: false, meaning: expect.stringMatching(new RegExp(`^Approved revision ${revision} \\(content hash [0-9a-f]{8}…\\) on behalf of CBP$`)) });
      expect((await planState(plan.id)).status).toBe('APPROVED');
    });

    it('activation is a signature: refused outside the window, then logged with what it meant', async () => {
      await age(force.users.ncshpLead);
      const before = await planState(plan.id);
      expectReauthRequired(await t.gql(ACTIVATE, { p: plan.id }, force.tokens.ncshpLead));
      expect(await planState(plan.id)).toEqual(before);

      await gqlData(t, REAUTH, { pw: TEST_PASSWORD }, force.tokens.ncshpLead);
      expect((await gqlData(t, ACTIVATE, { p: plan.id }, force.tokens.ncshpLead)).activatePlan.status).toBe('ACTIVE');
      const { contentHash } = (await gqlData(t, `query($id: ID!) { plan(id: $id) { contentHash } }`, { id: plan.id }, force.tokens.ncshpLead)).plan;
      expect((await lastEvent(plan.id, 'PLAN_ACTIVATED')).signature).toEqual({
        meaning: `Activated revision ${revision} (content hash ${contentHash.slice(0, 8)}…) on behalf of NCSHP`,
        secondFactor: false,
      });
      // The signature is the log's, not the plan's content: no change names it.
      const diff = await gqlData(t, `query($p: ID!, $from: Int!) { planDiff(planId: $p, fromRevision: $from) { field } }`, { p: plan.id, from: revision - 1 }, force.tokens.ncshpLead);
      expect(diff.planDiff.map((change: { field: string | null }) => change.field)).not.toContain('signature');
    });

    it('finalizing the report is a signature: refused outside the window, then logged with what it meant', async () => {
      await present(force.users.ncshpLead);
      await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p: plan.id }, force.tokens.ncshpLead);
      const drafted = (await gqlData(t, `mutation($p: ID!) { draftAfterActionReport(planId: $p) { id version } }`, { p: plan.id }, force.tokens.ncshpPlanner)).draftAfterActionReport;
      const report = { id: drafted.id, ...(await gqlData(t, `mutation($id: ID!, $v: Int!) { updateAfterActionReport(id: $id, expectedVersion: $v, summary: "Done as planned.") { version } }`, { id: drafted.id, v: drafted.version }, force.tokens.ncshpPlanner)).updateAfterActionReport };

      await age(force.users.ncshpPlanner);
      expectReauthRequired(await t.gql(FINALIZE, { id: report.id, v: report.version }, force.tokens.ncshpPlanner));
      expect((await planState(plan.id)).status).toBe('COMPLETED');
      expect((await t.db.query(`SELECT finalized_at FROM after_action_reports WHERE id = $1`, [report.id]))[0].finalized_at).toBeNull();

      await gqlData(t, REAUTH, { pw: TEST_PASSWORD }, force.tokens.ncshpPlanner);
      expect((await gqlData(t, FINALIZE, { id: report.id, v: report.version }, force.tokens.ncshpPlanner)).finalizeAfterActionReport.finalizedAt).not.toBeNull();
      expect((await planState(plan.id)).status).toBe('CLOSED');
      expect((await lastEvent(plan.id, 'AFTER_ACTION_REPORT_FINALIZED')).signature).toEqual({
        meaning: expect.stringMatching(new RegExp(`^Finalized the after-action report of revision ${revision} \\(content hash [0-9a-f]{8}…\\) on behalf of NCSHP$`)),
        secondFactor: false,
      });
    });
  });

  it('a signature given with a second factor says so; re-authenticating such an account takes a code too', async () => {
    // WCSO takes part too: after NCSHP's and CBP's approvals the plan is still in review, so CBP may still reject.
    const plan = await readyPlan(t, force, { title: 'Operation Second Factor', agencyIds: [force.agencies.cbp, force.agencies.wcso] });
    const revision = await submitPlan(t, force, plan.id);
    await present(force.users.ncshpLead);
    await gqlData(t, DECIDE, { p: plan.id, r: revision, d: 'APPROVE' }, force.tokens.ncshpLead);

    // A second CBP lead enrolls an authenticator app: the session has proved a second factor.
    const leadId = await t.createUser('second-lead@cbp.example', force.agencies.cbp, ['AGENCY_LEAD']);
    const token = await t.login('second-lead@cbp.example');
    const { secret } = (await gqlData(t, `mutation { beginTotpEnrollment { secret } }`, {}, token)).beginTotpEnrollment;
    const code = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
    const { codes } = (await gqlData(t, `mutation($c: String!) { confirmTotpEnrollment(code: $c) { codes } }`, { c: code }, token)).confirmTotpEnrollment;

    const approved = (await gqlData(t, DECIDE, { p: plan.id, r: revision, d: 'APPROVE' }, token)).decideApproval;
    expect(approved).toMatchObject({ status: 'APPROVED', secondFactor: true, decidedBy: { id: leadId } });
    expect(approved.meaning).toMatch(/ on behalf of CBP$/);

    await age(leadId);
    const passwordOnly = await t.gql(REAUTH, { pw: TEST_PASSWORD }, token);
    expect(passwordOnly.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expectReauthRequired(await t.gql(DECIDE, { p: plan.id, r: revision, d: 'REJECT', c: 'Counsel withdrew' }, token));

    await gqlData(t, REAUTH, { pw: TEST_PASSWORD, code: codes[0] }, token);
    const rejected = (await gqlData(t, DECIDE, { p: plan.id, r: revision, d: 'REJECT', c: 'Counsel withdrew' }, token)).decideApproval;
    expect(rejected).toMatchObject({ status: 'REJECTED', secondFactor: true, meaning: `Rejected revision ${revision} (content hash ${rejected.contentHash.slice(0, 8)}…) on behalf of CBP` });
    // The rejection resets the other sign-offs (NCSHP's): theirs no longer means anything.
    const others = (await approvalRows(plan.id)).filter((row: { id: string }) => row.id !== rejected.id);
    expect(others).toEqual([
      expect.objectContaining({ status: 'PENDING', meaning: null, second_factor: null, decided_at: null }),
      expect.objectContaining({ status: 'PENDING', meaning: null, second_factor: null, decided_at: null }),
    ]);
  });
});
