import {
  ACTION_STATUS_LABELS,
  APPROVAL_STATUS_LABELS,
  CHECKLIST_CATEGORY_LABELS,
  CHECKLIST_STATUS_LABELS,
  INCIDENT_TYPE_LABELS,
  OUTCOME_LABELS,
  PHASE_LABELS,
  PRIORITY_LABELS,
  requirementLabel,
} from '@jointops/domain';
import { AccessLogService } from '../src/modules/plans/access-log.service';
import { asAt } from './support/clock';
import { activePlan, closeOperation, SAVE_DEBRIEF, SUBMIT_DEBRIEF } from './support/operation';
import { addOneOfEach, approveAs, approvedPlan, gqlData, readyPlan, seedTaskForce, submitPlan, type TaskForce } from './support/task-force';
import { pdfText } from './support/pdf-read';
import { startTestApp, type TestApp } from './support/test-app';

describe('PDF exports', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planId = (await approvedPlan(t, force, { title: 'Operation Export Check' })).id;
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string) => fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('exports the plan as an operations order with every section, the approvals and the content hash, and logs the export', async () => {
    const response = await get(`/export/plans/${planId}/plan.pdf`, force.tokens.cbpPlanner);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="operation-export-check-plan-r\d+\.pdf"/);
    const text = await pdfText(await response.arrayBuffer());
    for (const heading of ['Operations order: Operation Export Check', '1. Situation and mission', '2. Objectives', '3. Roles by agency', '4. Timeline', '5. Resources', '6. Communications', '7. Legal and policy checklist', '8. Approvals']) {
      expect(text).toContain(heading);
    }
    const plan = (await t.gql(`query($id: ID!) { plan(id: $id) { revision contentHash objectives { title } approvals { status } } }`, { id: planId }, force.tokens.cbpPlanner)).data?.plan;
    expect(text).toContain(plan.objectives[0].title);
    expect(text.replace(/\s/g, '')).toContain(plan.contentHash);
    expect(text).toMatch(/Approved/);
    // Each approval's signature, in the words of the review page (libs/domain): who for which agency, what it meant, how.
    const oneLine = text.replace(/\s+/g, ' ');
    expect(oneLine).toContain(`Approved revision ${plan.revision} (content hash ${plan.contentHash.slice(0, 8)}…) on behalf of CBP`);
    expect(oneLine).toMatch(/Signed by lead \(NCSHP\), .+, password only/);
    // Past review, readiness says where the plan stands (as the readiness panel does), not "ready for review".
    expect(oneLine).toContain('Readiness Approved by every participating agency: the plan can be activated.');
    expect(oneLine).not.toContain('ready for review');
    await t.app.get(AccessLogService).flush();
    const [row] = await t.db.query(`SELECT action FROM access_log WHERE plan_id = $1 AND user_id = $2 AND action = 'EXPORT'`, [planId, force.users.cbpPlanner]);
    expect(row).toEqual({ action: 'EXPORT' });
  });

  it('exports the after-action report (saying when none is drafted yet)', async () => {
    const response = await get(`/export/plans/${planId}/after-action.pdf`, force.tokens.ncshpLead);
    expect(response.status).toBe(200);
    const text = await pdfText(await response.arrayBuffer());
    expect(text).toContain('After-action report: Operation Export Check');
    expect(text).toContain('No after-action report has been drafted for this plan yet.');
  });

  it('prints the plan with the words the screens show (the labels of libs/domain)', async () => {
    const plan = await readyPlan(t, force, { title: 'Operation Label Check' });
    await addOneOfEach(t, force, plan.id);
    await submitPlan(t, force, plan.id);
    await approveAs(t, plan.id, [force.tokens.ncshpLead]);
    const text = (await pdfText(await (await get(`/export/plans/${plan.id}/plan.pdf`, force.tokens.cbpPlanner)).arrayBuffer())).replace(/\s+/g, ' ');
    for (const words of [
      `(${PRIORITY_LABELS.MEDIUM} priority)`,
      // Timeline: the phase, and the dependency column as the timeline table names it.
      PHASE_LABELS.BRIEFING,
      'Depends on',
      // Communications: the channel's name column as the comms table names it.
      'Name Details Purpose Agency',
      // Checklist: the category, "Required"/"Optional" (it printed Yes/No), the status.
      `${CHECKLIST_CATEGORY_LABELS.OTHER} Brief the night shift ${requirementLabel(false)} ${CHECKLIST_STATUS_LABELS.OPEN}`,
      'Requirement',
      APPROVAL_STATUS_LABELS.APPROVED,
      APPROVAL_STATUS_LABELS.PENDING,
    ]) {
      expect(text).toContain(words);
    }
  });

  it('prints the after-action report with the words the report page shows', async () => {
    const { planId, objectiveId } = await activePlan(t, force, { title: 'Operation Report Labels' });
    // An incident falls within the operation window, 12 hours either side: an hour after it starts.
    const { startsAt } = (await gqlData(t, `query($id: ID!) { plan(id: $id) { startsAt } }`, { id: planId }, force.tokens.cbpPlanner)).plan;
    const input = {
      outcomes: [{ objectiveId, outcome: 'PARTIALLY_MET' }],
      incidents: [{ type: 'CIVIL_RIGHTS_COMPLAINT', occurredAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(), description: 'A driver asked for a supervisor.' }],
    };
    const saved = (await gqlData(t, SAVE_DEBRIEF, { p: planId, input }, force.tokens.cbpPlanner)).saveDebrief;
    await gqlData(t, SUBMIT_DEBRIEF, { id: saved.id, v: saved.version }, force.tokens.cbpPlanner);
    await closeOperation(t, force, planId);
    // Closed two days after its due day (2027-06-01): the status says when, and that it was late.
    const [action] = await t.db.query(`SELECT id, version, status FROM corrective_actions WHERE plan_id = $1`, [planId]);
    const exported = async () => (await pdfText(await (await get(`/export/plans/${planId}/after-action.pdf`, force.tokens.ncshpLead)).arrayBuffer())).replace(/\s+/g, ' ');
    // Open at 11 PM EDT on its due day: the status alone; after midnight there, overdue, as the report page tags it.
    const status = ACTION_STATUS_LABELS[action.status as keyof typeof ACTION_STATUS_LABELS];
    expect(await asAt(t, '2027-06-02T03:00:00Z', exported)).toContain(`Stage interpreters CBP 2027-06-01 ${status} `);
    expect(await asAt(t, '2027-06-02T03:00:00Z', exported)).not.toContain('overdue');
    expect(await asAt(t, '2027-06-02T05:00:00Z', exported)).toContain(`Stage interpreters CBP 2027-06-01 ${status}, overdue`);
    await asAt(t, '2027-06-03T10:00:00Z', () =>
      gqlData(t, `mutation($id: ID!, $v: Int!) { updateCorrectiveAction(id: $id, expectedVersion: $v, patch: { status: DONE }) { id } }`, { id: action.id, v: action.version }, force.tokens.cbpPlanner),
    );
    const text = await exported();
    for (const words of [
      // Headings as the report page words them (the PDF said "Objective results", "Planned versus
      // actual timeline", "Areas for improvement" and "Improvement plan").
      'Objective outcomes',
      'Planned and actual timeline',
      'Improvements',
      'Corrective actions',
      'Owner agency',
      `${OUTCOME_LABELS.MET} ${OUTCOME_LABELS.PARTIALLY_MET} ${OUTCOME_LABELS.NOT_MET} ${OUTCOME_LABELS.NOT_ATTEMPTED}`,
      INCIDENT_TYPE_LABELS.CIVIL_RIGHTS_COMPLAINT,
      `Stage interpreters CBP 2027-06-01 ${ACTION_STATUS_LABELS.DONE}, closed 2027-06-03 (after its due date)`,
    ]) {
      expect(text).toContain(words);
    }
    for (const old of ['Objective results', 'Planned versus actual', 'Areas for improvement', 'Improvement plan']) expect(text).not.toContain(old);
  });

  it('answers 404 for a plan the caller may not see, exactly as for one that does not exist, and 401 without a session', async () => {
    const hidden = await get(`/export/plans/${planId}/plan.pdf`, force.tokens.wcsoPlanner);
    const missing = await get(`/export/plans/00000000-0000-4000-8000-000000000000/plan.pdf`, force.tokens.wcsoPlanner);
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toEqual(await missing.text());
    expect((await get(`/export/plans/${planId}/plan.pdf`)).status).toBe(401);
    expect((await get(`/export/plans/${planId}/plan.pdf`, 'not-a-token')).status).toBe(401);
  });
});
