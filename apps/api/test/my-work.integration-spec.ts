import { accessRecordedBy, activePlan, closeOperation, saveDebrief, submitDebrief } from './support/operation';
import { createPlan, gqlData, planHead, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const MY_WORK = `{
  myWork {
    awaitingDecision { plan { id title } approval { status revision agency { shortName } } }
    staleSignOffs { plan { id } approval { status revision decidedBy { id } } }
    debriefsOwed { plan { id status } draft { id status } }
    correctiveActions { overdue plan { id } action { id title dueDate status ownerAgency { shortName } } }
    editing { id title status }
    reportsToFinish { id status }
  }
}`;

type MyWork = {
  awaitingDecision: Array<{ plan: { id: string; title: string }; approval: { status: string; revision: number | null; agency: { shortName: string } } }>;
  staleSignOffs: Array<{ plan: { id: string }; approval: { status: string; revision: number; decidedBy: { id: string } } }>;
  debriefsOwed: Array<{ plan: { id: string; status: string }; draft: { id: string; status: string } | null }>;
  correctiveActions: Array<{ overdue: boolean; plan: { id: string }; action: { id: string; title: string; ownerAgency: { shortName: string } } }>;
  editing: Array<{ id: string; title: string; status: string }>;
  reportsToFinish: Array<{ id: string; status: string }>;
};

const DAY = 24 * 60 * 60 * 1000;
const ADD_ACTION = `mutation($r: ID!, $a: ID!, $title: String!, $due: DateTime!) { addCorrectiveAction(reportId: $r, input: { title: $title, ownerAgencyId: $a, dueDate: $due }) { id } }`;

describe('myWork: what waits for the signed-in user', () => {
  let t: TestApp;
  let force: TaskForce;
  let wcsoLead: string;
  let wcsoOfficer: string;
  let admin: string;
  const myWork = async (token: string): Promise<MyWork> => (await gqlData<{ myWork: MyWork }>(t, MY_WORK, {}, token)).myWork;
  const planIds = (work: MyWork) =>
    new Set([...work.awaitingDecision, ...work.staleSignOffs, ...work.debriefsOwed, ...work.correctiveActions].map((item) => item.plan.id).concat([...work.editing, ...work.reportsToFinish].map((plan) => plan.id)));

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    await t.createUser('lead@wcso.example', force.agencies.wcso, ['AGENCY_LEAD']);
    await t.createUser('officer@wcso.example', force.agencies.wcso, ['OFFICER']);
    wcsoLead = await t.login('lead@wcso.example');
    wcsoOfficer = await t.login('officer@wcso.example');
    admin = force.tokens.ncshpAdmin;
  });
  afterAll(() => t.close());

  describe('decisions', () => {
    let planId: string;
    beforeAll(async () => {
      planId = (await readyPlan(t, force, { title: 'Awaiting decision' })).id;
      await submitPlan(t, force, planId);
    });

    it("lists an IN_REVIEW plan for each participating agency's lead until their agency decides on the current revision", async () => {
      for (const token of [force.tokens.ncshpLead, force.tokens.cbpLead]) {
        const work = await myWork(token);
        expect(work.awaitingDecision.filter((item) => item.plan.id === planId)).toEqual([
          { plan: { id: planId, title: 'Awaiting decision' }, approval: expect.objectContaining({ status: 'PENDING', revision: null }) },
        ]);
        expect(work.staleSignOffs).toEqual([]);
      }
      // Not a lead: nothing to decide.
      expect((await myWork(force.tokens.ncshpPlanner)).awaitingDecision).toEqual([]);

      const { revision } = await planHead(t, planId, force.tokens.ncshpLead);
      await gqlData(t, `mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: APPROVE, comment: "ok") { id } }`, { p: planId, r: revision }, force.tokens.ncshpLead);
      expect((await myWork(force.tokens.ncshpLead)).awaitingDecision.map((item) => item.plan.id)).not.toContain(planId);
      expect((await myWork(force.tokens.cbpLead)).awaitingDecision.map((item) => item.plan.id)).toContain(planId);
    });

    it("moves the lead's approval to stale sign-offs once the plan changes, and keeps the other lead's pending one awaiting", async () => {
      const approvedAt = (await planHead(t, planId, force.tokens.ncshpLead)).revision;
      await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Late addition", successCriteria: "Done" }) { id } }`, { p: planId }, force.tokens.ncshpPlanner);

      const lead = await myWork(force.tokens.ncshpLead);
      expect(lead.awaitingDecision.map((item) => item.plan.id)).not.toContain(planId);
      expect(lead.staleSignOffs).toEqual([{ plan: { id: planId }, approval: { status: 'STALE', revision: approvedAt, decidedBy: { id: force.users.ncshpLead } } }]);
      const cbp = await myWork(force.tokens.cbpLead);
      expect(cbp.awaitingDecision.map((item) => item.plan.id)).toContain(planId);
      expect(cbp.staleSignOffs).toEqual([]);
    });
  });

  describe('debriefs and corrective actions', () => {
    let planId: string;
    let objectiveId: string;
    beforeAll(async () => {
      ({ planId, objectiveId } = await activePlan(t, force, { title: 'Debrief due' }));
    });

    it('lists an ACTIVE operation for an OFFICER of a participating agency until their debrief is submitted; a draft links to itself', async () => {
      expect((await myWork(force.tokens.ncshpOfficer)).debriefsOwed).toEqual([{ plan: { id: planId, status: 'ACTIVE' }, draft: null }]);

      const draft = await saveDebrief(t, planId, objectiveId, force.tokens.ncshpOfficer, 'Half written');
      expect((await myWork(force.tokens.ncshpOfficer)).debriefsOwed).toEqual([{ plan: { id: planId, status: 'ACTIVE' }, draft: { id: draft.id, status: 'DRAFT' } }]);

      await submitDebrief(t, draft, force.tokens.ncshpOfficer);
      expect((await myWork(force.tokens.ncshpOfficer)).debriefsOwed).toEqual([]);
    });

    it('counts any member\'s draft as owed, and a role assignee owes one', async () => {
      const draft = await saveDebrief(t, planId, objectiveId, force.tokens.cbpPlanner, 'Started');
      expect((await myWork(force.tokens.cbpPlanner)).debriefsOwed).toEqual([{ plan: { id: planId, status: 'ACTIVE' }, draft: { id: draft.id, status: 'DRAFT' } }]);

      const owedBefore = (await myWork(force.tokens.cbpLead)).debriefsOwed.map((item) => item.plan.id);
      await t.db.query(`UPDATE role_assignments SET assignee_id = $1 WHERE plan_id = $2 AND agency_id = $3`, [force.users.cbpLead, planId, force.agencies.cbp]);
      expect(owedBefore).not.toContain(planId);
      expect((await myWork(force.tokens.cbpLead)).debriefsOwed).toContainEqual({ plan: { id: planId, status: 'ACTIVE' }, draft: null });
    });

    it("lists the open corrective actions the caller's agency owns that are overdue or due within 14 days, by due date", async () => {
      const { reportId } = await closeOperation(t, force, planId);
      const add = async (title: string, agencyId: string, dueInDays: number) =>
        (await gqlData(t, ADD_ACTION, { r: reportId, a: agencyId, title, due: new Date(Date.now() + dueInDays * DAY).toISOString() }, force.tokens.ncshpPlanner)).addCorrectiveAction.id as string;
      const soon = await add('Due in three days', force.agencies.cbp, 3);
      const overdue = await add('Overdue', force.agencies.cbp, 5);
      await t.db.query(`UPDATE corrective_actions SET due_date = now() - interval '2 days' WHERE id = $1`, [overdue]);
      // Due today (a calendar day, stored as its midnight UTC): not overdue until the day is over.
      const today = await add('Due today', force.agencies.cbp, 4);
      await t.db.query(`UPDATE corrective_actions SET due_date = date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' WHERE id = $1`, [today]);
      await add('Due in a month', force.agencies.cbp, 30);
      const done = await add('Done already', force.agencies.cbp, 2);
      await t.db.query(`UPDATE corrective_actions SET status = 'DONE' WHERE id = $1`, [done]);
      const ncshpAction = await add('NCSHP owns this', force.agencies.ncshp, 10);

      const cbp = (await myWork(force.tokens.cbpPlanner)).correctiveActions;
      expect(cbp.map(({ overdue: late, action }) => [action.title, late, action.ownerAgency.shortName])).toEqual([
        ['Overdue', true, 'CBP'],
        ['Due today', false, 'CBP'],
        ['Due in three days', false, 'CBP'],
      ]);
      expect(cbp.map((item) => item.action.id)).toEqual([overdue, today, soon]);
      expect((await myWork(force.tokens.ncshpOfficer)).correctiveActions.map((item) => item.action.id)).toEqual([ncshpAction]);
    });
  });

  describe('after-action reports', () => {
    it("lists a completed operation to the lead agency's planners and leads until its report is finalized, and to nobody else", async () => {
      const { planId } = await activePlan(t, force, { title: 'Report to finish' });
      const listed = async (token: string) => (await myWork(token)).reportsToFinish.filter((plan) => plan.id === planId);
      expect(await listed(force.tokens.ncshpPlanner)).toEqual([]);

      await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p: planId }, force.tokens.ncshpLead);
      for (const token of [force.tokens.ncshpPlanner, force.tokens.ncshpLead]) expect(await listed(token)).toEqual([{ id: planId, status: 'COMPLETED' }]);
      // Participants, officers and the oversight office do not write the lead agency's report.
      for (const token of [force.tokens.cbpPlanner, force.tokens.cbpLead, force.tokens.ncshpOfficer, force.tokens.oversight]) expect(await listed(token)).toEqual([]);

      const planner = force.tokens.ncshpPlanner;
      const report = (await gqlData(t, `mutation($p: ID!) { draftAfterActionReport(planId: $p) { id version } }`, { p: planId }, planner)).draftAfterActionReport;
      // A draft is not a finished report: still listed.
      expect(await listed(planner)).toHaveLength(1);
      const summarized = (await gqlData(t, `mutation($id: ID!, $v: Int!) { updateAfterActionReport(id: $id, expectedVersion: $v, summary: "Held") { version } }`, { id: report.id, v: report.version }, planner)).updateAfterActionReport;
      await gqlData(t, `mutation($id: ID!, $v: Int!) { finalizeAfterActionReport(id: $id, expectedVersion: $v) { id } }`, { id: report.id, v: summarized.version }, planner);
      expect(await listed(force.tokens.ncshpPlanner)).toEqual([]);
    });
  });

  describe('drafts', () => {
    it("lists the drafts the caller created, and the drafts of their agency for its PLANNERs and AGENCY_LEADs, most recently changed first", async () => {
      const older = await createPlan(t, force, { title: 'Older draft' });
      const newer = await createPlan(t, force, { title: 'Newer draft' });
      const cbpDraft = await gqlData(t, `mutation { createPlan(input: { title: "CBP's own draft" }) { id } }`, {}, force.tokens.cbpPlanner);

      const ncshp = (await myWork(force.tokens.ncshpPlanner)).editing.map((plan) => plan.id);
      expect(ncshp.indexOf(newer.id)).toBeGreaterThanOrEqual(0);
      expect(ncshp.indexOf(newer.id)).toBeLessThan(ncshp.indexOf(older.id));
      expect(ncshp).not.toContain(cbpDraft.createPlan.id);

      // A change moves a draft to the top.
      await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Edited" }) { id } }`, { p: older.id }, force.tokens.ncshpPlanner);
      expect((await myWork(force.tokens.ncshpPlanner)).editing[0]).toEqual({ id: older.id, title: 'Older draft', status: 'DRAFT' });

      // CBP takes part in NCSHP's drafts but neither created nor leads them.
      const cbp = (await myWork(force.tokens.cbpPlanner)).editing.map((plan) => plan.id);
      expect(cbp).toEqual([cbpDraft.createPlan.id]);
      // NCSHP's agency lead may edit and submit them too, so they are on the lead's list; an officer's list has none.
      expect((await myWork(force.tokens.ncshpLead)).editing.map((plan) => plan.id)).toEqual(expect.arrayContaining([older.id, newer.id]));
      expect((await myWork(force.tokens.ncshpOfficer)).editing).toEqual([]);
    });
  });

  describe('visibility', () => {
    it('shows nothing of a plan to a user whose agency does not take part in it, nor to an ADMIN', async () => {
      for (const token of [wcsoLead, wcsoOfficer, force.tokens.wcsoPlanner, admin]) {
        expect(await myWork(token)).toEqual({ awaitingDecision: [], staleSignOffs: [], debriefsOwed: [], correctiveActions: [], editing: [], reportsToFinish: [] });
      }
    });

    it('shows OVERSIGHT, who decides and owes nothing, an empty page', async () => {
      expect(planIds(await myWork(force.tokens.oversight)).size).toBe(0);
    });

    it('drops a plan from every list once the caller can no longer see it, even with its approval and role left behind', async () => {
      const plan = await readyPlan(t, force, { title: 'Leaves CBP', agencyIds: [force.agencies.cbp] });
      await submitPlan(t, force, plan.id);
      await t.db.query(`UPDATE role_assignments SET assignee_id = $1 WHERE plan_id = $2 AND agency_id = $3`, [force.users.cbpLead, plan.id, force.agencies.cbp]);
      expect(planIds(await myWork(force.tokens.cbpLead))).toContain(plan.id);
      // Only the membership goes: CBP's approval row and role stay, yet the plan is no longer CBP's to see.
      await t.db.query(`DELETE FROM plan_agencies WHERE plan_id = $1 AND agency_id = $2`, [plan.id, force.agencies.cbp]);
      expect(planIds(await myWork(force.tokens.cbpLead))).not.toContain(plan.id);
    });

    it("does not show an agency a corrective action it owns on a plan it does not take part in", async () => {
      const { planId } = await activePlan(t, force, { title: 'Not WCSO\'s' });
      const { actionId } = await closeOperation(t, force, planId);
      await t.db.query(`UPDATE corrective_actions SET owner_agency_id = $1, due_date = now() + interval '1 day' WHERE id = $2`, [force.agencies.wcso, actionId]);
      expect((await myWork(force.tokens.wcsoPlanner)).correctiveActions).toEqual([]);
      await t.db.query(`INSERT INTO plan_agencies (plan_id, agency_id) VALUES ($1, $2)`, [planId, force.agencies.wcso]);
      expect((await myWork(force.tokens.wcsoPlanner)).correctiveActions.map((item) => item.action.id)).toEqual([actionId]);
    });
  });

  it('is a read of each plan it shows: access-logged once per plan as myWork', async () => {
    const plan = await readyPlan(t, force, { title: 'Logged read' });
    await submitPlan(t, force, plan.id);
    const rows = await accessRecordedBy(t, plan.id, () => myWork(force.tokens.cbpLead));
    expect(rows.filter((row) => row.user_id === force.users.cbpLead).map(({ action, kind }) => ({ action, kind }))).toEqual([{ action: 'VIEW', kind: 'myWork' }]);
  });
});
