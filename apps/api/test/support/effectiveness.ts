import { asAt, whilePlanning } from './clock';
import { approveAs, gqlData, readyPlan, submitPlan, type TaskForce } from './task-force';
import type { TestApp } from './test-app';

const HOUR_MS = 3_600_000;
const later = (at: string, hours: number) => new Date(Date.parse(at) + hours * HOUR_MS).toISOString();

export type Outcome = 'MET' | 'PARTIALLY_MET' | 'NOT_MET' | 'NOT_ATTEMPTED';
type Writer = 'ncshpOfficer' | 'ncshpLead' | 'ncshpPlanner' | 'cbpPlanner' | 'cbpLead';

export interface OperationSpec {
  title: string;
  startsAt: string;
  endsAt: string;
  /** CBP takes part besides NCSHP (the lead agency). */
  withCbp: boolean;
  /** Objectives besides readyPlan's one. */
  extraObjectives?: number;
  /** Timeline events besides readyPlan's briefing at the window's start, within the window. */
  extraEvents?: Array<{ title: string; startsAt: string }>;
  /** Minutes each event started late (negative: early), in timeline order; null: no actual recorded. */
  startSlips?: Array<number | null>;
  /** Debriefs: one outcome per objective, in objective order, and how many incidents. */
  debriefs?: Array<{ by: Writer; outcomes: Outcome[]; incidents: number; draft?: boolean }>;
  /** Corrective actions, owned by NCSHP; `changes` set its status at the given times, in order. */
  actions?: Array<{ title: string; dueDate: string; changes: Array<{ at: string; status: 'OPEN' | 'IN_PROGRESS' | 'DONE' }> }>;
}

/**
 * A CLOSED operation led by NCSHP, made as it would have been at its own dates with the server's
 * Clock: planned and approved before its window, activated at its start, actuals and debriefs at
 * its end, completed, reported and finalized two hours later, actions changed when `spec` says.
 */
export async function closedOperation(t: TestApp, force: TaskForce, spec: OperationSpec): Promise<{ planId: string; actionIds: string[] }> {
  const planner = force.tokens.ncshpPlanner;
  const plan = await readyPlan(t, force, { title: spec.title, startsAt: spec.startsAt, endsAt: spec.endsAt, agencyIds: spec.withCbp ? [force.agencies.cbp] : [] });
  const p = plan.id as string;
  await whilePlanning(t, spec.startsAt, async () => {
    for (let i = 0; i < (spec.extraObjectives ?? 0); i++) {
      await gqlData(t, `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t, successCriteria: "Done" }) { id } }`, { p, t: `Objective ${i + 2}` }, planner);
    }
    for (const event of spec.extraEvents ?? []) {
      const v = { p, t: event.title, s: event.startsAt, e: later(event.startsAt, 1) };
      await gqlData(t, `mutation($p: ID!, $t: String!, $s: DateTime!, $e: DateTime!) { addTimelineEvent(planId: $p, input: { title: $t, phase: EXECUTION, startsAt: $s, endsAt: $e }) { id } }`, v, planner);
    }
  });
  await submitPlan(t, force, p);
  await approveAs(t, p, spec.withCbp ? [force.tokens.ncshpLead, force.tokens.cbpLead] : [force.tokens.ncshpLead]);
  await asAt(t, spec.startsAt, () => gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p }, force.tokens.ncshpLead));

  const { plan: content } = await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id } timeline { id version startsAt } } }`, { id: p }, planner);
  await asAt(t, spec.endsAt, async () => {
    for (const [index, event] of (content.timeline as Array<{ id: string; version: number; startsAt: string }>).entries()) {
      const slip = spec.startSlips?.[index];
      if (slip == null) continue;
      const actual = new Date(Date.parse(event.startsAt) + slip * 60_000).toISOString();
      await gqlData(t, `mutation($id: ID!, $v: Int!, $a: DateTime!) { recordTimelineActuals(id: $id, expectedVersion: $v, actualStartsAt: $a) { id } }`, { id: event.id, v: event.version, a: actual }, force.tokens.ncshpOfficer);
    }
  });
  await asAt(t, later(spec.endsAt, 1), async () => {
    for (const debrief of spec.debriefs ?? []) {
      const input = {
        outcomes: debrief.outcomes.map((outcome, index) => ({ objectiveId: content.objectives[index].id, outcome })),
        incidents: Array.from({ length: debrief.incidents }, (_, index) => ({ type: 'SAFETY', occurredAt: spec.startsAt, description: `Incident ${index + 1}` })),
        narrative: `${debrief.by} on ${spec.title}`,
      };
      const saved = (await gqlData(t, `mutation($p: ID!, $input: DebriefInput!) { saveDebrief(planId: $p, input: $input) { id version } }`, { p, input }, force.tokens[debrief.by])).saveDebrief;
      if (debrief.draft) continue;
      await gqlData(t, `mutation($id: ID!, $v: Int!) { submitDebrief(id: $id, expectedVersion: $v) { id } }`, { id: saved.id, v: saved.version }, force.tokens[debrief.by]);
    }
  });

  const actionIds: string[] = [];
  await asAt(t, later(spec.endsAt, 2), async () => {
    await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p }, force.tokens.ncshpLead);
    const report = (await gqlData(t, `mutation($p: ID!) { draftAfterActionReport(planId: $p) { id version } }`, { p }, planner)).draftAfterActionReport;
    for (const action of spec.actions ?? []) {
      const v = { id: report.id, a: force.agencies.ncshp, t: action.title, d: action.dueDate };
      actionIds.push((await gqlData(t, `mutation($id: ID!, $a: ID!, $t: String!, $d: DateTime!) { addCorrectiveAction(reportId: $id, input: { title: $t, ownerAgencyId: $a, dueDate: $d }) { id } }`, v, planner)).addCorrectiveAction.id);
    }
    const summarized = (await gqlData(t, `mutation($id: ID!, $v: Int!) { updateAfterActionReport(id: $id, expectedVersion: $v, summary: "Done as planned.") { version } }`, { id: report.id, v: report.version }, planner)).updateAfterActionReport;
    await gqlData(t, `mutation($id: ID!, $v: Int!) { finalizeAfterActionReport(id: $id, expectedVersion: $v) { id } }`, { id: report.id, v: summarized.version }, planner);
  });
  for (const [index, action] of (spec.actions ?? []).entries()) {
    let version = 1;
    for (const change of action.changes) {
      const updated = await asAt(t, change.at, () =>
        gqlData(t, `mutation($id: ID!, $v: Int!, $s: ActionStatus!) { updateCorrectiveAction(id: $id, expectedVersion: $v, patch: { status: $s }) { version } }`, { id: actionIds[index], v: version, s: change.status }, planner),
      );
      version = updated.updateCorrectiveAction.version;
    }
  }
  return { planId: p, actionIds };
}

/** A complaint written straight to the database (the complaints API has its own specs), linked to the plan when one is named. */
export async function fileComplaint(t: Pick<TestApp, 'db'>, planId: string | null): Promise<void> {
  await t.db.query(
    `INSERT INTO complaints (tracking_hash, category, occurred_at, location, description, plan_id)
     VALUES (sha256(gen_random_uuid()::text::bytea), 'DISCOURTESY', '2026-03-01T09:00:00Z', 'I-40 exit 12', 'The officer was rude.', $1)`,
    [planId],
  );
}
