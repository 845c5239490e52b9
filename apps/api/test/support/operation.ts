import { AccessLogService } from '../../src/modules/plans/access-log.service';
import { asAt } from './clock';
import { approvedPlan, gqlData, type TaskForce } from './task-force';
import type { TestApp } from './test-app';

/**
 * An approved plan (NCSHP leading, CBP taking part) made ACTIVE; with its objective's id. A past
 * operation is activated with the server's Clock at the start of its window, as it would have been.
 */
export async function activePlan(t: TestApp, force: TaskForce, input: Record<string, unknown> = {}): Promise<{ planId: string; objectiveId: string }> {
  const plan = await approvedPlan(t, force, input);
  const activate = () => gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p: plan.id }, force.tokens.ncshpLead);
  if (plan.startsAt && Date.parse(plan.startsAt) <= Date.now()) await asAt(t, plan.startsAt, activate);
  else await activate();
  const data = await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id } } }`, { id: plan.id }, force.tokens.ncshpLead);
  return { planId: plan.id, objectiveId: data.plan.objectives[0].id };
}

export const SAVE_DEBRIEF = `mutation($p: ID!, $input: DebriefInput!, $v: Int) { saveDebrief(planId: $p, input: $input, expectedVersion: $v) { id version status } }`;
export const SUBMIT_DEBRIEF = `mutation($id: ID!, $v: Int!) { submitDebrief(id: $id, expectedVersion: $v) { id version status } }`;

/** Saves the caller's debrief with an outcome for the objective and the given narrative. */
export async function saveDebrief(
  t: TestApp,
  planId: string,
  objectiveId: string,
  token: string,
  narrative: string,
  expectedVersion: number | null = null,
): Promise<{ id: string; version: number; status: string }> {
  const input = { outcomes: [{ objectiveId, outcome: 'MET' }], strengths: [`${narrative} (strength)`], improvements: ['Interpreters arrived late'], narrative };
  return (await gqlData(t, SAVE_DEBRIEF, { p: planId, input, v: expectedVersion }, token)).saveDebrief;
}

export async function submitDebrief(t: TestApp, debrief: { id: string; version: number }, token: string): Promise<{ id: string; version: number; status: string }> {
  return (await gqlData(t, SUBMIT_DEBRIEF, { id: debrief.id, v: debrief.version }, token)).submitDebrief;
}

/**
 * Completes an ACTIVE plan, drafts its after-action report with a summary and one corrective
 * action (owned by CBP), and finalizes it: the plan is CLOSED. Returns the report's id.
 */
export async function closeOperation(t: TestApp, force: TaskForce, planId: string): Promise<{ reportId: string; actionId: string }> {
  const planner = force.tokens.ncshpPlanner;
  await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p: planId }, force.tokens.ncshpLead);
  const report = (await gqlData(t, `mutation($p: ID!) { draftAfterActionReport(planId: $p) { id version } }`, { p: planId }, planner)).draftAfterActionReport;
  const summarized = (
    await gqlData(t, `mutation($id: ID!, $v: Int!) { updateAfterActionReport(id: $id, expectedVersion: $v, summary: "Interpreters must be staged early") { version } }`, { id: report.id, v: report.version }, planner)
  ).updateAfterActionReport;
  const action = (
    await gqlData(
      t,
      `mutation($id: ID!, $a: ID!) { addCorrectiveAction(reportId: $id, input: { title: "Stage interpreters", ownerAgencyId: $a, dueDate: "2027-06-01T00:00:00Z" }) { id } }`,
      { id: report.id, a: force.agencies.cbp },
      planner,
    )
  ).addCorrectiveAction;
  await gqlData(t, `mutation($id: ID!, $v: Int!) { finalizeAfterActionReport(id: $id, expectedVersion: $v) { id } }`, { id: report.id, v: summarized.version }, planner);
  return { reportId: report.id, actionId: action.id };
}

export interface AccessRow {
  user_id: string;
  action: string;
  kind: string | null;
  count: number;
  request_id: string | null;
}

/** The plan's access log as stored, oldest first, after writing what is buffered. */
export async function accessRows(t: TestApp, planId: string): Promise<AccessRow[]> {
  await t.app.get(AccessLogService).flush();
  return t.db.query(`SELECT user_id, action, kind, count, request_id FROM access_log WHERE plan_id = $1 ORDER BY at, id`, [planId]);
}

/** Runs `act` and returns the access records of the plan written meanwhile. */
export async function accessRecordedBy(t: TestApp, planId: string, act: () => Promise<unknown>): Promise<AccessRow[]> {
  const before = (await accessRows(t, planId)).length;
  await act();
  return (await accessRows(t, planId)).slice(before);
}
