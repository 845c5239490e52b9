import { asAt } from './support/clock';
import { addCommandPost, createPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

describe('after-action smoke: active to closed', () => {
  let t: TestApp;
  let force: TaskForce;
  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('logs activity, records actuals, collects debriefs, drafts and finalizes the report, tracks actions, finds lessons', async () => {
    // A past operation, planned and signed off with the server's clock before its window, as it was.
    const planner = force.tokens.ncshpPlanner;
    const { p, objective, event } = await asAt(t, '2026-02-20T15:00:00Z', async () => {
      const plan = await createPlan(t, force, { startsAt: '2026-03-01T06:00:00Z', endsAt: '2026-03-01T18:00:00Z' });
      const p = plan.id;
      const objective = (await t.gql(`mutation($p: ID!) { addObjective(planId: $p, input: { title: "Secure", successCriteria: "No incidents" }) { id } }`, { p }, planner)).data?.addObjective;
      const event = (await t.gql(`mutation($p: ID!) { addTimelineEvent(planId: $p, input: { title: "Sweep", phase: EXECUTION, startsAt: "2026-03-01T08:00:00Z", endsAt: "2026-03-01T10:00:00Z" }) { id version } }`, { p }, planner)).data?.addTimelineEvent;
      for (const [agency, assignee] of [
        [force.agencies.ncshp, force.users.ncshpOfficer],
        [force.agencies.cbp, force.users.cbpPlanner],
      ]) {
        await gqlData(t, `mutation($p: ID!, $a: ID!, $u: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Lead", assigneeId: $u }) { id } }`, { p, a: agency, u: assignee }, planner);
        await gqlData(t, `mutation($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Officers", quantity: 3 }) { id } }`, { p, a: agency }, planner);
      }
      await gqlData(t, `mutation($p: ID!) { addCommsChannel(planId: $p, input: { name: "Tactical 1", details: "TG 4410" }) { id } }`, { p }, planner);
      await addCommandPost(t, p, planner);
      const submitted = await t.gql(`mutation($p: ID!) { submitPlanForReview(planId: $p) { revision } }`, { p }, planner);
      expect(submitted.errors).toBeUndefined();
      const r = submitted.data?.submitPlanForReview.revision;
      for (const lead of [force.tokens.ncshpLead, force.tokens.cbpLead]) {
        await gqlData(t, `mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: APPROVE) { status } }`, { p, r }, lead);
      }
      return { p, objective, event };
    });
    // Activated at the start of its window; everything after happens now, which is after it.
    const activated = await asAt(t, '2026-03-01T05:55:00Z', () => t.gql(`mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p }, force.tokens.ncshpLead));
    expect(activated.data?.activatePlan.status).toBe('ACTIVE');

    const logged = await t.gql(`mutation($p: ID!) { logActivity(planId: $p, text: "Briefing held") { text author { id } agency { shortName } } }`, { p }, force.tokens.ncshpOfficer);
    expect(logged.data?.logActivity).toMatchObject({ text: 'Briefing held', agency: { shortName: 'NCSHP' } });
    const actuals = await t.gql(
      `mutation($id: ID!, $v: Int!) { recordTimelineActuals(id: $id, expectedVersion: $v, actualStartsAt: "2026-03-01T08:15:00Z", actualEndsAt: "2026-03-01T10:30:00Z") { actualStartsAt } }`,
      { id: event.id, v: event.version },
      force.tokens.ncshpOfficer,
    );
    expect(actuals.errors).toBeUndefined();

    const SAVE = `mutation($p: ID!, $input: DebriefInput!, $v: Int) { saveDebrief(planId: $p, input: $input, expectedVersion: $v) { id version status } }`;
    const input = (strength: string) => ({
      outcomes: [{ objectiveId: objective.id, outcome: 'MET' }],
      strengths: [strength, 'Radio discipline'],
      improvements: ['Interpreter arrived late'],
      incidents: [{ type: 'SAFETY', occurredAt: '2026-03-01T09:00:00Z', description: 'Near miss at the ramp' }],
    });
    for (const [token, strength] of [
      [force.tokens.ncshpOfficer, 'Clear briefing'],
      [force.tokens.cbpPlanner, 'Clear briefing'],
    ]) {
      const savedResult = await t.gql(SAVE, { p, input: input(strength) }, token);
      expect(savedResult.errors).toBeUndefined();
      const saved = savedResult.data?.saveDebrief;
      const done = await t.gql(`mutation($id: ID!, $v: Int!) { submitDebrief(id: $id, expectedVersion: $v) { status } }`, { id: saved.id, v: saved.version }, token);
      expect(done.data?.submitDebrief.status).toBe('SUBMITTED');
    }

    await t.gql(`mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p }, force.tokens.ncshpLead);
    const report = (
      await t.gql(
        `mutation($p: ID!) { draftAfterActionReport(planId: $p) { id version debriefCount strengths improvements objectiveResults { met objective { id } } timelineDeviations { startSlipMinutes endSlipMinutes } incidents { type } } }`,
        { p },
        planner,
      )
    ).data?.draftAfterActionReport;
    expect(report).toMatchObject({
      debriefCount: 2,
      strengths: ['Clear briefing', 'Radio discipline'],
      objectiveResults: [{ met: 2, objective: { id: objective.id } }],
      timelineDeviations: [{ startSlipMinutes: 15, endSlipMinutes: 30 }],
    });
    expect(report.incidents).toHaveLength(2);

    // What the report is still without: whoever owes a debrief and has not submitted it, and drafts.
    // Both who owed one (the NCSHP officer, the CBP planner named in a role) submitted theirs.
    const outstanding = async (token: string) => (await gqlData(t, `query($p: ID!) { plan(id: $p) { afterActionReport { debriefsOutstanding } } }`, { p }, token)).plan.afterActionReport.debriefsOutstanding;
    expect(await outstanding(planner)).toBe(0);
    // A CBP officer joins: officers owe a debrief on every operation of their agency, started or not.
    await t.createUser('officer2@cbp.example', force.agencies.cbp, ['OFFICER']);
    expect(await outstanding(planner)).toBe(1);
    // The NCSHP lead owed none, but saves a draft: it is not in the report either.
    const leadDraft = { outcomes: [{ objectiveId: objective.id, outcome: 'MET' }], strengths: ['Lead view'], improvements: ['Ramp signage'], incidents: [] };
    expect((await gqlData(t, SAVE, { p, input: leadDraft }, force.tokens.ncshpLead)).saveDebrief.status).toBe('DRAFT');
    expect(await outstanding(planner)).toBe(2);
    // Every member who may read the report sees the same count (not whose, nor what: drafts stay with their authors).
    expect(await outstanding(force.tokens.cbpLead)).toBe(2);
    expect(await outstanding(force.tokens.oversight)).toBe(2);
    // The count warns (the web asks before finalizing); finalizing below goes ahead with the two outstanding.
    // Finalizing needs the summary: refused on that field, and nothing changes (still COMPLETED, not finalized, no event).
    const eventsBefore = (await t.db.query(`SELECT count(*)::int AS n FROM plan_events WHERE plan_id = $1`, [p]))[0].n;
    const bare = await t.gql(`mutation($id: ID!, $v: Int!) { finalizeAfterActionReport(id: $id, expectedVersion: $v) { id } }`, { id: report.id, v: report.version }, planner);
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary' });
    expect(bare.errors?.[0]?.message).toBe('Write the summary before finalizing the report.');
    expect((await t.db.query(`SELECT finalized_at, version FROM after_action_reports WHERE id = $1`, [report.id]))[0]).toEqual({ finalized_at: null, version: report.version });
    expect((await t.gql(`query($p: ID!) { plan(id: $p) { status } }`, { p }, planner)).data?.plan.status).toBe('COMPLETED');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM plan_events WHERE plan_id = $1`, [p]))[0].n).toBe(eventsBefore);
    const summary = (await t.gql(`mutation($id: ID!, $v: Int!) { updateAfterActionReport(id: $id, expectedVersion: $v, summary: "Interpreters must be staged early") { version } }`, { id: report.id, v: report.version }, planner)).data?.updateAfterActionReport;
    const action = await t.gql(`mutation($id: ID!, $a: ID!) { addCorrectiveAction(reportId: $id, input: { title: "Stage interpreters", ownerAgencyId: $a, dueDate: "2026-06-01T00:00:00Z" }) { id version status } }`, { id: report.id, a: force.agencies.cbp }, planner);
    expect(action.data?.addCorrectiveAction.status).toBe('OPEN');
    const final = await t.gql(`mutation($id: ID!, $v: Int!) { finalizeAfterActionReport(id: $id, expectedVersion: $v) { finalizedAt finalizedBy { id } } }`, { id: report.id, v: summary.version }, planner);
    expect(final.errors).toBeUndefined();
    expect((await t.gql(`query($p: ID!) { plan(id: $p) { status } }`, { p }, planner)).data?.plan.status).toBe('CLOSED');

    const update = await t.gql(`mutation($id: ID!) { updateCorrectiveAction(id: $id, expectedVersion: 1, patch: { status: DONE }) { status } }`, { id: action.data?.addCorrectiveAction.id }, force.tokens.cbpPlanner);
    expect(update.data?.updateCorrectiveAction.status).toBe('DONE');
    const tracked = await t.gql(`{ correctiveActions { title status plan { id } ownerAgency { shortName } } }`, {}, force.tokens.cbpLead);
    expect(tracked.data?.correctiveActions).toEqual([{ title: 'Stage interpreters', status: 'DONE', plan: { id: p }, ownerAgency: { shortName: 'CBP' } }]);

    const hits = await t.gql(`{ lessons(search: "interpreter") { kind text plan { id } } }`, {}, force.tokens.cbpPlanner);
    expect(hits.data?.lessons.map((hit: { kind: string }) => hit.kind).sort()).toEqual(['IMPROVEMENT', 'SUMMARY']);
    expect((await t.gql(`{ lessons(search: "interpreter") { kind } }`, {}, force.tokens.wcsoPlanner)).data?.lessons).toEqual([]);

    const transparency = await t.gql(`{ transparencyReport(from: "2026-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z") { operations incidents { type count } correctiveActionsOpen correctiveActionsDone } }`, {}, force.tokens.oversight);
    expect(transparency.data?.transparencyReport).toMatchObject({ operations: 1, correctiveActionsOpen: 0, correctiveActionsDone: 1 });
    expect(transparency.data?.transparencyReport.incidents.find((i: { type: string }) => i.type === 'SAFETY').count).toBe(2);
  });
});
