import { approveAs, errorOf, gqlData, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Security test finding 4 (issue 11): the lead of an agency outside an operation asked
 * transparencyReport for a one-second window and learned that one CLOSED operation had one
 * USE_OF_FORCE incident. The exact figures are for OVERSIGHT only.
 */

const REPORT = `query($from: DateTime!, $to: DateTime!) { transparencyReport(from: $from, to: $to) {
  operations byStatus { status count } incidents { type count } correctiveActionsOpen correctiveActionsDone } }`;
/** One second inside the operation's window. */
const ONE_SECOND = { from: '2026-03-01T09:00:00Z', to: '2026-03-01T09:00:01Z' };

describe('transparencyReport is OVERSIGHT only (finding 4)', () => {
  let t: TestApp;
  let force: TaskForce;
  let outsiderLead: { id: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    const sbi = await t.createAgency('SBI');
    outsiderLead = { id: await t.createUser('lead@sbi.example', sbi, ['AGENCY_LEAD']), token: '' };
    outsiderLead.token = await t.login('lead@sbi.example');

    // One operation, taken to CLOSED, whose only debrief reports one use of force.
    const plan = await readyPlan(t, force, { title: 'Operation Quiet Harbor', startsAt: '2026-03-01T06:00:00Z', endsAt: '2026-03-01T18:00:00Z' });
    const p = plan.id as string;
    const lead = force.tokens.ncshpLead;
    await submitPlan(t, force, p);
    await approveAs(t, p, [lead, force.tokens.cbpLead]);
    await gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { id } }`, { p }, lead);
    const objectiveId = (await gqlData(t, `query($p: ID!) { plan(id: $p) { objectives { id } } }`, { p }, lead)).plan.objectives[0].id;
    const saved = (
      await gqlData(
        t,
        `mutation($p: ID!, $input: DebriefInput!) { saveDebrief(planId: $p, input: $input) { id version } }`,
        {
          p,
          input: {
            outcomes: [{ objectiveId, outcome: 'MET' }],
            strengths: ['Clear briefing'],
            improvements: [],
            incidents: [{ type: 'USE_OF_FORCE', occurredAt: '2026-03-01T09:00:00Z', description: 'Handcuffs applied during a stop' }],
          },
        },
        force.tokens.ncshpOfficer,
      )
    ).saveDebrief;
    await gqlData(t, `mutation($id: ID!, $v: Int!) { submitDebrief(id: $id, expectedVersion: $v) { id } }`, { id: saved.id, v: saved.version }, force.tokens.ncshpOfficer);
    await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { id } }`, { p }, lead);
    const report = (await gqlData(t, `mutation($p: ID!) { draftAfterActionReport(planId: $p) { id version } }`, { p }, force.tokens.ncshpPlanner)).draftAfterActionReport;
    const summarized = (await gqlData(t, `mutation($id: ID!, $v: Int!) { updateAfterActionReport(id: $id, expectedVersion: $v, summary: "Done as planned.") { version } }`, { id: report.id, v: report.version }, force.tokens.ncshpPlanner)).updateAfterActionReport;
    await gqlData(t, `mutation($id: ID!, $v: Int!) { finalizeAfterActionReport(id: $id, expectedVersion: $v) { id } }`, { id: report.id, v: summarized.version }, force.tokens.ncshpPlanner);
    expect((await gqlData(t, `query($p: ID!) { plan(id: $p) { status } }`, { p }, lead)).plan.status).toBe('CLOSED');
  });
  afterAll(() => t.close());

  it('answers FORBIDDEN to the lead of an agency outside the operation asking for a one-second window, with no figures, and logs the refusal', async () => {
    const refused = await t.gql(REPORT, ONE_SECOND, outsiderLead.token);
    expect(errorOf(refused).extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.transparencyReport ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toMatch(/USE_OF_FORCE|CLOSED/);
    const denied = await t.db.query(`SELECT detail FROM security_events WHERE type = 'ACCESS_DENIED' AND user_id = $1`, [outsiderLead.id]);
    expect(denied.map((row: { detail: { operation: string } }) => row.detail.operation)).toEqual(['transparencyReport']);
  });

  it.each(['ncshpLead', 'cbpLead'] as const)('answers FORBIDDEN to %s, a lead of a participating agency, too', async (who) => {
    const refused = await t.gql(REPORT, ONE_SECOND, force.tokens[who]);
    expect(errorOf(refused).extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.transparencyReport ?? null).toBeNull();
  });

  it('gives OVERSIGHT the exact figures, small counts included', async () => {
    const report = (await gqlData(t, REPORT, ONE_SECOND, force.tokens.oversight)).transparencyReport;
    expect(report.operations).toBe(1);
    expect(report.byStatus.find((row: { status: string }) => row.status === 'CLOSED').count).toBe(1);
    expect(report.incidents.find((row: { type: string }) => row.type === 'USE_OF_FORCE').count).toBe(1);
  });
});
