import { addOneOfEach, approveAs, createPlan, errorOf, gqlData, MISSING_ID, ncBaselineTemplateId, planFootprint, planItems, planMutations, readyPlan, seedTaskForce, signInWcsoLead, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Review, sign-off and the lifecycle (docs/architecture.md#plan-lifecycle-and-readiness, issue 6). Decisions and
 * lifecycle steps append events but keep the revision; only content changes raise it.
 */

const APPROVAL = `id status revision contentHash comment decidedAt agency { id } decidedBy { id }`;
const STATE = `query($id: ID!) { plan(id: $id) { status version revision lastSeq contentHash approvals { ${APPROVAL} } } }`;
const SUBMIT = `mutation($p: ID!) { submitPlanForReview(planId: $p) { id status version revision approvals { ${APPROVAL} } } }`;
const DECIDE = `mutation($p: ID!, $r: Int!, $d: Decision!, $c: String) { decideApproval(planId: $p, revision: $r, decision: $d, comment: $c) { ${APPROVAL} } }`;
const ACTIVATE = `mutation($p: ID!) { activatePlan(planId: $p) { status revision } }`;
const COMPLETE = `mutation($p: ID!) { completePlan(planId: $p) { status revision } }`;
const CANCEL = `mutation($p: ID!, $reason: String!) { cancelPlan(planId: $p, reason: $reason) { status revision } }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $title: String!) { addObjective(planId: $p, input: { title: $title, successCriteria: "Measured" }) { id version } }`;
/** Plan.status and Approval.status are different enums, so the plan's is aliased. */
const EVENTS = `query($id: ID!, $after: Int!) { plan(id: $id) { events(afterSeq: $after, limit: 500) {
  seq type entityType entityId revision actor { id }
  node { __typename ... on Approval { id status revision agency { id } } ... on Plan { planStatus: status } } } } }`;

interface Approval {
  id: string;
  status: string;
  revision: number | null;
  contentHash: string | null;
  comment: string;
  decidedAt: string | null;
  agency: { id: string };
  decidedBy: { id: string } | null;
}

interface Event {
  seq: number;
  type: string;
  entityType: string;
  entityId: string;
  revision: number;
  actor: { id: string };
  node: { __typename: string; status?: string; planStatus?: string; agency?: { id: string }; revision?: number | null } | null;
}

describe('review and sign-off', () => {
  let t: TestApp;
  let force: TaskForce;
  /** An agency lead of an agency that takes part in none of these plans. */
  let wcsoLead: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    wcsoLead = await signInWcsoLead(t, force);
  });
  afterAll(() => t.close());

  const state = async (planId: string) => (await gqlData(t, STATE, { id: planId }, force.tokens.ncshpPlanner)).plan;
  const byAgency = (approvals: Approval[]): Record<string, Approval> => Object.fromEntries(approvals.map((approval) => [approval.agency.id, approval]));
  const eventsAfter = async (planId: string, after: number): Promise<Event[]> => (await gqlData(t, EVENTS, { id: planId, after }, force.tokens.ncshpPlanner)).plan.events;
  const decide = (planId: string, revision: number, decision: 'APPROVE' | 'REJECT', token: string, comment = 'Reviewed') =>
    t.gql(DECIDE, { p: planId, r: revision, d: decision, c: comment }, token);
  const addObjective = async (planId: string, token: string, title = 'Late addition') => (await gqlData(t, ADD_OBJECTIVE, { p: planId, title }, token)).addObjective;
  const inReview = async (input: Record<string, unknown> = {}) => {
    const plan = await readyPlan(t, force, input);
    const revision = await submitPlan(t, force, plan.id);
    return { planId: plan.id as string, revision };
  };
  const approved = async () => {
    const plan = await inReview();
    await approveAs(t, plan.planId, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    return plan;
  };
  const active = async () => {
    const plan = await approved();
    await gqlData(t, ACTIVATE, { p: plan.planId }, force.tokens.ncshpLead);
    return plan;
  };

  describe('submitPlanForReview', () => {
    it('refuses a plan with blockers with INVALID_STATE listing them in extensions.blockers, and writes nothing', async () => {
      const template = await ncBaselineTemplateId(t, force.tokens.ncshpPlanner);
      const plan = await createPlan(t, force, { title: 'Not ready', checklistTemplateId: template });
      const before = await planFootprint(t, plan.id);

      const refused = errorOf(await t.gql(SUBMIT, { p: plan.id }, force.tokens.ncshpPlanner));
      expect(refused.extensions?.code).toBe('INVALID_STATE');
      const blockers: Array<{ code: string; message: string; entityId: string | null }> = refused.extensions?.blockers;
      expect(Array.isArray(blockers)).toBe(true);
      const codes = blockers.map((blocker) => blocker.code);
      expect(new Set(codes)).toEqual(new Set(['NO_OBJECTIVES', 'AGENCY_WITHOUT_ROLE', 'AGENCY_WITHOUT_RESOURCE', 'REQUIRED_CHECKLIST_OPEN', 'NO_TIMELINE', 'NO_COMMS', 'NO_COMMAND_POST']));
      expect(codes.filter((code) => code === 'AGENCY_WITHOUT_ROLE')).toHaveLength(2);
      expect(codes.filter((code) => code === 'AGENCY_WITHOUT_RESOURCE')).toHaveLength(2);
      // The same blockers as the plan's readiness shows.
      const readiness = plan.readiness.blockers.map((blocker: { code: string; entityId: string | null }) => `${blocker.code}:${blocker.entityId}`).sort();
      expect(blockers.map((blocker) => `${blocker.code}:${blocker.entityId}`).sort()).toEqual(readiness);
      expect(blockers.every((blocker) => typeof blocker.message === 'string' && blocker.message.length > 0)).toBe(true);

      expect(await planFootprint(t, plan.id)).toEqual(before);
      expect((await state(plan.id)).approvals).toEqual([]);
    });

    it('refuses a plan with one blocker left (an objective without success criteria)', async () => {
      const plan = await readyPlan(t, force, { title: 'One blocker' });
      await gqlData(t, `mutation($p: ID!) { addObjective(planId: $p, input: { title: "Vague" }) { id } }`, { p: plan.id }, force.tokens.ncshpPlanner);
      const refused = errorOf(await t.gql(SUBMIT, { p: plan.id }, force.tokens.ncshpPlanner));
      expect(refused.extensions).toMatchObject({ code: 'INVALID_STATE', blockers: [{ code: 'OBJECTIVE_WITHOUT_CRITERIA' }] });
      expect(refused.extensions?.blockers).toHaveLength(1);
    });

    it('is FORBIDDEN to a planner of another participating agency and to the lead agency officer; NOT_FOUND to a non-member', async () => {
      const plan = await readyPlan(t, force, { title: 'Submit rights' });
      const before = await planFootprint(t, plan.id);
      for (const who of ['cbpPlanner', 'cbpLead', 'ncshpOfficer', 'oversight'] as const) {
        expect([who, errorOf(await t.gql(SUBMIT, { p: plan.id }, force.tokens[who])).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
      const hidden = errorOf(await t.gql(SUBMIT, { p: plan.id }, force.tokens.wcsoPlanner));
      const missing = errorOf(await t.gql(SUBMIT, { p: MISSING_ID }, force.tokens.wcsoPlanner));
      expect(hidden.extensions?.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(missing);
      expect(await planFootprint(t, plan.id)).toEqual(before);
    });

    it('moves a ready plan to IN_REVIEW with one PENDING approval per agency, logged, without raising the revision', async () => {
      const plan = await readyPlan(t, force, { title: 'Submit me' });
      const submitted = (await gqlData(t, SUBMIT, { p: plan.id }, force.tokens.ncshpPlanner)).submitPlanForReview;
      expect(submitted).toMatchObject({ status: 'IN_REVIEW', revision: plan.revision, version: plan.version + 1 });
      expect(submitted.approvals).toHaveLength(2);
      expect(new Set(submitted.approvals.map((a: Approval) => a.agency.id))).toEqual(new Set([force.agencies.ncshp, force.agencies.cbp]));
      for (const approval of submitted.approvals as Approval[]) {
        expect(approval).toMatchObject({ status: 'PENDING', revision: null, contentHash: null, decidedBy: null, decidedAt: null, comment: '' });
      }

      const events = await eventsAfter(plan.id, plan.lastSeq);
      expect(events.map((e) => e.type)).toEqual(['APPROVAL_REQUESTED', 'APPROVAL_REQUESTED', 'PLAN_SUBMITTED']);
      expect(events.map((e) => e.seq)).toEqual([plan.lastSeq + 1, plan.lastSeq + 2, plan.lastSeq + 3]);
      expect(events.every((e) => e.revision === plan.revision && e.actor.id === force.users.ncshpPlanner)).toBe(true);
      expect(new Set(events.slice(0, 2).map((e) => e.entityId))).toEqual(new Set(submitted.approvals.map((a: Approval) => a.id)));
      expect(events[0].node).toMatchObject({ __typename: 'Approval', status: 'PENDING' });
      expect(events[2]).toMatchObject({ entityType: 'PLAN', entityId: plan.id, node: { __typename: 'Plan', planStatus: 'IN_REVIEW' } });
    });

    it("lets the lead agency's agency lead submit too", async () => {
      const plan = await readyPlan(t, force, { title: 'Lead submits' });
      expect((await gqlData(t, SUBMIT, { p: plan.id }, force.tokens.ncshpLead)).submitPlanForReview.status).toBe('IN_REVIEW');
    });

    it('answers INVALID_STATE to a second submission', async () => {
      const { planId } = await inReview({ title: 'Submit twice' });
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(SUBMIT, { p: planId }, force.tokens.ncshpPlanner)).extensions?.code).toBe('INVALID_STATE');
      expect(await planFootprint(t, planId)).toEqual(before);
    });
  });

  describe('decideApproval', () => {
    it('answers INVALID_STATE on a DRAFT plan', async () => {
      const plan = await readyPlan(t, force, { title: 'Still a draft' });
      const before = await planFootprint(t, plan.id);
      expect(errorOf(await decide(plan.id, plan.revision, 'APPROVE', force.tokens.cbpLead)).extensions?.code).toBe('INVALID_STATE');
      expect(await planFootprint(t, plan.id)).toEqual(before);
    });

    it('answers CONFLICT on any revision but the current one, naming the current revision, and writes nothing', async () => {
      const { planId, revision } = await inReview({ title: 'Stale revision' });
      await addObjective(planId, force.tokens.cbpPlanner);
      const current = await state(planId);
      expect(current.revision).toBe(revision + 1);
      const before = await planFootprint(t, planId);
      for (const stale of [revision, revision + 2, 0]) {
        const refused = errorOf(await decide(planId, stale, 'APPROVE', force.tokens.ncshpLead));
        expect(refused.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: current.revision });
      }
      expect(errorOf(await decide(planId, revision, 'REJECT', force.tokens.ncshpLead, 'Too late')).extensions?.code).toBe('CONFLICT');
      expect(await planFootprint(t, planId)).toEqual(before);
      expect((await decide(planId, current.revision, 'APPROVE', force.tokens.ncshpLead)).errors).toBeUndefined();
    });

    it('four eyes: a lead may not approve a revision whose latest change they made (FORBIDDEN); another lead may', async () => {
      const { planId } = await inReview({ title: 'Four eyes' });
      await addObjective(planId, force.tokens.ncshpLead, 'Added by the NCSHP lead');
      const { revision } = await state(planId);
      const before = await planFootprint(t, planId);
      const refused = errorOf(await decide(planId, revision, 'APPROVE', force.tokens.ncshpLead));
      expect(refused.extensions?.code).toBe('FORBIDDEN');
      expect(await planFootprint(t, planId)).toEqual(before);
      expect(byAgency((await state(planId)).approvals)[force.agencies.ncshp].status).toBe('PENDING');

      expect((await decide(planId, revision, 'APPROVE', force.tokens.cbpLead)).errors).toBeUndefined();
      // Once somebody else changes the plan, the latest change is no longer theirs.
      await addObjective(planId, force.tokens.cbpPlanner, 'Added by the CBP planner');
      const next = (await state(planId)).revision;
      const allowed = await decide(planId, next, 'APPROVE', force.tokens.ncshpLead);
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data?.decideApproval).toMatchObject({ status: 'APPROVED', revision: next });
    });

    it('four eyes looks at the latest content change only: a decision or a submission does not count as a change', async () => {
      const plan = await readyPlan(t, force, { title: 'Submitted by the lead' });
      await gqlData(t, SUBMIT, { p: plan.id }, force.tokens.ncshpLead);
      // The NCSHP lead submitted, but NCSHP's planner made the latest content change.
      expect((await decide(plan.id, plan.revision, 'APPROVE', force.tokens.ncshpLead)).errors).toBeUndefined();
    });

    it('is FORBIDDEN to officers, planners and oversight, and writes nothing', async () => {
      const { planId, revision } = await inReview({ title: 'Who decides' });
      const before = await planFootprint(t, planId);
      for (const who of ['ncshpOfficer', 'ncshpPlanner', 'cbpPlanner', 'oversight'] as const) {
        expect([who, errorOf(await decide(planId, revision, 'APPROVE', force.tokens[who])).extensions?.code]).toEqual([who, 'FORBIDDEN']);
        expect([who, errorOf(await decide(planId, revision, 'REJECT', force.tokens[who], 'No')).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('answers NOT_FOUND to a lead of an agency not in the plan, exactly as for a plan that does not exist', async () => {
      const { planId, revision } = await inReview({ title: 'Outsider lead' });
      const before = await planFootprint(t, planId);
      const hidden = errorOf(await decide(planId, revision, 'APPROVE', wcsoLead));
      const missing = errorOf(await decide(MISSING_ID, revision, 'APPROVE', wcsoLead));
      expect(hidden.extensions?.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(missing);
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it("lets a participating agency's lead decide for their own agency only, recording revision and the plan's contentHash", async () => {
      const { planId, revision } = await inReview({ title: 'Own agency only' });
      const plan = await state(planId);
      const decided = await decide(planId, revision, 'APPROVE', force.tokens.cbpLead, '  Fine by CBP.  ');
      expect(decided.errors).toBeUndefined();
      const approval: Approval = decided.data?.decideApproval;
      expect(approval).toMatchObject({
        status: 'APPROVED',
        revision,
        contentHash: plan.contentHash,
        agency: { id: force.agencies.cbp },
        decidedBy: { id: force.users.cbpLead },
        comment: 'Fine by CBP.',
      });
      expect(approval.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.now() - Date.parse(approval.decidedAt!)).toBeLessThan(60_000);

      const after = await state(planId);
      expect(after).toMatchObject({ status: 'IN_REVIEW', revision, contentHash: plan.contentHash });
      const approvals = byAgency(after.approvals);
      expect(approvals[force.agencies.cbp]).toEqual(approval);
      expect(approvals[force.agencies.ncshp]).toMatchObject({ status: 'PENDING', revision: null, decidedBy: null });

      const [event] = await eventsAfter(planId, plan.lastSeq);
      expect(event).toMatchObject({
        seq: plan.lastSeq + 1,
        type: 'APPROVAL_DECIDED',
        entityType: 'APPROVAL',
        entityId: approval.id,
        revision,
        actor: { id: force.users.cbpLead },
        node: { __typename: 'Approval', status: 'APPROVED', revision, agency: { id: force.agencies.cbp } },
      });
    });

    it('moves the plan to APPROVED once every agency approved the same revision, logging PLAN_APPROVED last', async () => {
      const { planId, revision } = await inReview({ title: 'All approve' });
      const start = await state(planId);
      expect((await decide(planId, revision, 'APPROVE', force.tokens.ncshpLead)).errors).toBeUndefined();
      expect((await state(planId)).status).toBe('IN_REVIEW');
      expect((await decide(planId, revision, 'APPROVE', force.tokens.cbpLead)).errors).toBeUndefined();

      const after = await state(planId);
      expect(after).toMatchObject({ status: 'APPROVED', revision, contentHash: start.contentHash, version: start.version + 1 });
      expect(after.approvals.every((a: Approval) => a.status === 'APPROVED' && a.revision === revision && a.contentHash === start.contentHash)).toBe(true);

      const events = await eventsAfter(planId, start.lastSeq);
      expect(events.map((e) => [e.seq, e.type, e.revision])).toEqual([
        [start.lastSeq + 1, 'APPROVAL_DECIDED', revision],
        [start.lastSeq + 2, 'APPROVAL_DECIDED', revision],
        [start.lastSeq + 3, 'PLAN_APPROVED', revision],
      ]);
      expect(events[2]).toMatchObject({ actor: { id: force.users.cbpLead }, node: { __typename: 'Plan', planStatus: 'APPROVED' } });
    });

    it('refuses a REJECT without a comment (BAD_USER_INPUT naming comment) and writes nothing', async () => {
      const { planId, revision } = await inReview({ title: 'Reject needs a reason' });
      const before = await planFootprint(t, planId);
      for (const comment of ['', '   ']) {
        expect(errorOf(await decide(planId, revision, 'REJECT', force.tokens.cbpLead, comment)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
      }
      const omitted = await t.gql(`mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: REJECT) { id } }`, { p: planId, r: revision }, force.tokens.cbpLead);
      expect(errorOf(omitted).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('a REJECT sets that approval REJECTED, the others back to PENDING, and the plan back to DRAFT', async () => {
      const { planId, revision } = await inReview({ title: 'Rejected' });
      expect((await decide(planId, revision, 'APPROVE', force.tokens.ncshpLead)).errors).toBeUndefined();
      const start = await state(planId);
      const rejected = await decide(planId, revision, 'REJECT', force.tokens.cbpLead, 'The comms plan is missing the county net.');
      expect(rejected.errors).toBeUndefined();
      expect(rejected.data?.decideApproval).toMatchObject({ status: 'REJECTED', revision, comment: 'The comms plan is missing the county net.', decidedBy: { id: force.users.cbpLead } });

      const after = await state(planId);
      expect(after).toMatchObject({ status: 'DRAFT', revision });
      const approvals = byAgency(after.approvals);
      expect(approvals[force.agencies.cbp].status).toBe('REJECTED');
      expect(approvals[force.agencies.ncshp]).toMatchObject({ status: 'PENDING', revision: null, contentHash: null, decidedBy: null, comment: '' });

      const events = await eventsAfter(planId, start.lastSeq);
      expect(events.map((e) => e.type)).toEqual(['APPROVAL_DECIDED', 'APPROVAL_RESET', 'PLAN_REJECTED']);
      expect(events.every((e) => e.revision === revision)).toBe(true);
      expect(events[0].node).toMatchObject({ __typename: 'Approval', status: 'REJECTED', agency: { id: force.agencies.cbp } });
      expect(events[1].node).toMatchObject({ __typename: 'Approval', status: 'PENDING', agency: { id: force.agencies.ncshp } });
      expect(events[2].node).toMatchObject({ __typename: 'Plan', planStatus: 'DRAFT' });

      // Back in DRAFT: no more decisions; a new submission asks every agency again.
      expect(errorOf(await decide(planId, revision, 'APPROVE', force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');
      const resubmitted = (await gqlData(t, SUBMIT, { p: planId }, force.tokens.ncshpPlanner)).submitPlanForReview;
      expect(resubmitted.status).toBe('IN_REVIEW');
      expect(resubmitted.approvals.map((a: Approval) => a.status)).toEqual(['PENDING', 'PENDING']);
    });
  });

  describe('content changes after sign-off', () => {
    it('an edit to an APPROVED plan turns every approval STALE and the plan back to IN_REVIEW, in the same transaction', async () => {
      const { planId, revision } = await approved();
      const start = await state(planId);
      expect(start.status).toBe('APPROVED');

      const objective = await addObjective(planId, force.tokens.cbpPlanner, 'Changed after sign-off');
      const after = await state(planId);
      expect(after).toMatchObject({ status: 'IN_REVIEW', revision: revision + 1 });
      expect(after.contentHash).not.toBe(start.contentHash);
      expect(after.approvals.map((a: Approval) => a.status)).toEqual(['STALE', 'STALE']);
      // A STALE approval keeps what it was given on.
      expect(after.approvals.every((a: Approval) => a.revision === revision && a.contentHash === start.contentHash)).toBe(true);

      const events = await eventsAfter(planId, start.lastSeq);
      expect(events.map((e) => e.type)).toEqual(['OBJECTIVE_ADDED', 'APPROVAL_STALE', 'APPROVAL_STALE', 'PLAN_REOPENED']);
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4].map((n) => start.lastSeq + n));
      expect(events.every((e) => e.revision === revision + 1 && e.actor.id === force.users.cbpPlanner)).toBe(true);
      expect(events[0].entityId).toBe(objective.id);
      expect(new Set(events.slice(1, 3).map((e) => e.entityId))).toEqual(new Set(start.approvals.map((a: Approval) => a.id)));
      expect(events.slice(1, 3).every((e) => e.node?.__typename === 'Approval' && e.node.status === 'STALE')).toBe(true);
      expect(events[3].node).toMatchObject({ __typename: 'Plan', planStatus: 'IN_REVIEW' });

      // One transaction: the objective, the approvals, the plan and the four events carry the same xmin.
      const xids = await t.db.query(
        `SELECT xmin::text AS xid FROM objectives WHERE id = $1
         UNION SELECT xmin::text FROM approvals WHERE plan_id = $2
         UNION SELECT xmin::text FROM plans WHERE id = $2
         UNION SELECT xmin::text FROM plan_events WHERE plan_id = $2 AND seq > $3`,
        [objective.id, planId, start.lastSeq],
      );
      expect(xids).toHaveLength(1);

      // The old revision can no longer be signed; the new one can, and approving it again leads to APPROVED.
      expect(errorOf(await decide(planId, revision, 'APPROVE', force.tokens.ncshpLead)).extensions?.code).toBe('CONFLICT');
      await approveAs(t, planId, [force.tokens.ncshpLead, force.tokens.cbpLead]);
      expect(await state(planId)).toMatchObject({ status: 'APPROVED', revision: revision + 1 });
    });

    it('an edit while IN_REVIEW turns given approvals STALE, leaves PENDING ones alone, and keeps the plan IN_REVIEW', async () => {
      const { planId, revision } = await inReview({ title: 'Edited in review' });
      expect((await decide(planId, revision, 'APPROVE', force.tokens.cbpLead)).errors).toBeUndefined();
      const start = await state(planId);
      const { plan } = await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id version } } }`, { id: planId }, force.tokens.ncshpPlanner);
      await gqlData(t, `mutation($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { successCriteria: "Stricter" }) { id } }`, { id: plan.objectives[0].id, v: plan.objectives[0].version }, force.tokens.ncshpPlanner);

      const after = await state(planId);
      expect(after).toMatchObject({ status: 'IN_REVIEW', revision: revision + 1 });
      const approvals = byAgency(after.approvals);
      expect(approvals[force.agencies.cbp].status).toBe('STALE');
      expect(approvals[force.agencies.ncshp].status).toBe('PENDING');
      const events = await eventsAfter(planId, start.lastSeq);
      expect(events.map((e) => e.type)).toEqual(['OBJECTIVE_UPDATED', 'APPROVAL_STALE']);
      expect(events.map((e) => e.revision)).toEqual([revision + 1, revision + 1]);
      expect(events[1]).toMatchObject({ entityId: approvals[force.agencies.cbp].id, node: { __typename: 'Approval', status: 'STALE', agency: { id: force.agencies.cbp } } });
    });

    it('an edit to a DRAFT plan logs no approval events', async () => {
      const plan = await readyPlan(t, force, { title: 'Draft edit' });
      await addObjective(plan.id, force.tokens.ncshpPlanner);
      expect((await eventsAfter(plan.id, plan.lastSeq)).map((e) => e.type)).toEqual(['OBJECTIVE_ADDED']);
    });

    it('adding an agency while IN_REVIEW creates a PENDING approval for it; removing the agency deletes that approval', async () => {
      const { planId, revision } = await inReview({ title: 'Agencies in review' });
      expect((await decide(planId, revision, 'APPROVE', force.tokens.cbpLead)).errors).toBeUndefined();
      const start = await state(planId);

      await gqlData(t, `mutation($p: ID!, $a: ID!) { addPlanAgency(planId: $p, agencyId: $a) { id } }`, { p: planId, a: force.agencies.wcso }, force.tokens.ncshpPlanner);
      const added = await state(planId);
      expect(added).toMatchObject({ status: 'IN_REVIEW', revision: revision + 1 });
      const approvals = byAgency(added.approvals);
      expect(Object.keys(approvals).sort()).toEqual([force.agencies.ncshp, force.agencies.cbp, force.agencies.wcso].sort());
      expect(approvals[force.agencies.wcso]).toMatchObject({ status: 'PENDING', revision: null });
      expect(approvals[force.agencies.cbp].status).toBe('STALE');
      const events = await eventsAfter(planId, start.lastSeq);
      expect(events.map((e) => e.type).sort()).toEqual(['APPROVAL_REQUESTED', 'APPROVAL_STALE', 'PLAN_AGENCY_ADDED'].sort());
      expect(events.find((e) => e.type === 'APPROVAL_REQUESTED')).toMatchObject({
        entityId: approvals[force.agencies.wcso].id,
        node: { __typename: 'Approval', status: 'PENDING', agency: { id: force.agencies.wcso } },
      });

      // The new participant holds no role and commits nothing yet: approval is refused while readiness has blockers.
      const early = errorOf(await decide(planId, revision + 1, 'APPROVE', wcsoLead));
      expect(early.extensions).toMatchObject({
        code: 'INVALID_STATE',
        blockers: [expect.objectContaining({ code: 'AGENCY_WITHOUT_ROLE', entityId: force.agencies.wcso }), expect.objectContaining({ code: 'AGENCY_WITHOUT_RESOURCE', entityId: force.agencies.wcso })],
      });

      await gqlData(t, `mutation($p: ID!, $a: ID!) { removePlanAgency(planId: $p, agencyId: $a) { id } }`, { p: planId, a: force.agencies.wcso }, force.tokens.ncshpPlanner);
      const removed = await state(planId);
      expect(removed.approvals.map((a: Approval) => a.agency.id).sort()).toEqual([force.agencies.ncshp, force.agencies.cbp].sort());
      expect((await t.db.query(`SELECT count(*)::int AS n FROM approvals WHERE plan_id = $1 AND agency_id = $2`, [planId, force.agencies.wcso]))[0].n).toBe(0);
      expect(removed.approvals.every((a: Approval) => a.status !== 'APPROVED')).toBe(true);
    });
  });

  describe('activatePlan, completePlan, cancelPlan', () => {
    it("activates only from APPROVED, and only by the lead agency's agency lead", async () => {
      const draft = await readyPlan(t, force, { title: 'Activate a draft' });
      expect(errorOf(await t.gql(ACTIVATE, { p: draft.id }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');
      const review = await inReview({ title: 'Activate in review' });
      expect(errorOf(await t.gql(ACTIVATE, { p: review.planId }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');

      const { planId, revision } = await approved();
      const start = await state(planId);
      const before = await planFootprint(t, planId);
      for (const who of ['cbpLead', 'ncshpPlanner', 'cbpPlanner', 'ncshpOfficer', 'oversight'] as const) {
        expect([who, errorOf(await t.gql(ACTIVATE, { p: planId }, force.tokens[who])).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
      expect(errorOf(await t.gql(ACTIVATE, { p: planId }, wcsoLead)).extensions?.code).toBe('NOT_FOUND');
      expect(await planFootprint(t, planId)).toEqual(before);

      expect((await gqlData(t, ACTIVATE, { p: planId }, force.tokens.ncshpLead)).activatePlan).toEqual({ status: 'ACTIVE', revision });
      const events = await eventsAfter(planId, start.lastSeq);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ seq: start.lastSeq + 1, type: 'PLAN_ACTIVATED', revision, actor: { id: force.users.ncshpLead }, node: { planStatus: 'ACTIVE' } });
      // Approvals stand: the plan runs on the revision everyone signed.
      expect((await state(planId)).approvals.every((a: Approval) => a.status === 'APPROVED' && a.revision === revision)).toBe(true);
      expect(errorOf(await t.gql(ACTIVATE, { p: planId }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');
    });

    it('refuses every content edit on an ACTIVE plan with INVALID_STATE, and writes nothing', async () => {
      const plan = await readyPlan(t, force, { title: 'Frozen content' });
      await addOneOfEach(t, force, plan.id);
      await submitPlan(t, force, plan.id);
      await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
      await gqlData(t, ACTIVATE, { p: plan.id }, force.tokens.ncshpLead);
      const items = await planItems(t, plan.id, force.tokens.ncshpPlanner);
      const templateId = await ncBaselineTemplateId(t, force.tokens.ncshpPlanner);
      const before = await planFootprint(t, plan.id);

      const content = planMutations(items, { templateId, agencyId: force.agencies.wcso, removableAgencyId: force.agencies.cbp }).filter((m) => m.kind === 'content');
      expect(content.length).toBeGreaterThanOrEqual(23);
      for (const mutation of content) {
        for (const who of ['ncshpPlanner', 'ncshpLead'] as const) {
          const result = await t.gql(mutation.query, mutation.variables, force.tokens[who]);
          expect([mutation.name, who, errorOf(result).extensions?.code]).toEqual([mutation.name, who, 'INVALID_STATE']);
        }
      }
      // Review steps are over too.
      expect(errorOf(await t.gql(SUBMIT, { p: plan.id }, force.tokens.ncshpPlanner)).extensions?.code).toBe('INVALID_STATE');
      expect(errorOf(await decide(plan.id, items.revision, 'APPROVE', force.tokens.cbpLead)).extensions?.code).toBe('INVALID_STATE');
      expect(await planFootprint(t, plan.id)).toEqual(before);
      expect((await state(plan.id)).status).toBe('ACTIVE');
    });

    it("completes only from ACTIVE, by the lead agency's agency lead", async () => {
      const draft = await readyPlan(t, force, { title: 'Complete a draft' });
      expect(errorOf(await t.gql(COMPLETE, { p: draft.id }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');
      const signed = await approved();
      expect(errorOf(await t.gql(COMPLETE, { p: signed.planId }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');

      const { planId, revision } = await active();
      const start = await state(planId);
      for (const who of ['cbpLead', 'ncshpPlanner', 'ncshpOfficer', 'oversight'] as const) {
        expect([who, errorOf(await t.gql(COMPLETE, { p: planId }, force.tokens[who])).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
      expect((await gqlData(t, COMPLETE, { p: planId }, force.tokens.ncshpLead)).completePlan).toEqual({ status: 'COMPLETED', revision });
      const events = await eventsAfter(planId, start.lastSeq);
      expect(events.map((e) => [e.type, e.revision, e.node?.planStatus])).toEqual([['PLAN_COMPLETED', revision, 'COMPLETED']]);
      expect(errorOf(await t.gql(COMPLETE, { p: planId }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');
      expect(errorOf(await t.gql(ADD_OBJECTIVE, { p: planId, title: 'After the fact' }, force.tokens.ncshpPlanner)).extensions?.code).toBe('INVALID_STATE');
    });

    it('cancel needs a reason: BAD_USER_INPUT naming reason, and nothing written', async () => {
      const plan = await readyPlan(t, force, { title: 'Cancel without reason' });
      const before = await planFootprint(t, plan.id);
      for (const reason of ['', '   ']) {
        expect(errorOf(await t.gql(CANCEL, { p: plan.id, reason }, force.tokens.ncshpLead)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      }
      expect(errorOf(await t.gql(CANCEL, { p: plan.id, reason: 'r'.repeat(20_001) }, force.tokens.ncshpLead)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect(await planFootprint(t, plan.id)).toEqual(before);
    });

    it.each([
      ['DRAFT', async () => (await readyPlan(t, force, { title: 'Cancel draft' })).id as string],
      ['IN_REVIEW', async () => (await inReview({ title: 'Cancel in review' })).planId],
      ['APPROVED', async () => (await approved()).planId],
    ])("cancels from %s by the lead agency's agency lead, with the reason recorded and logged", async (_status, make) => {
      const planId = await make();
      const start = await state(planId);
      for (const who of ['cbpLead', 'ncshpPlanner', 'oversight'] as const) {
        expect([who, errorOf(await t.gql(CANCEL, { p: planId, reason: 'No' }, force.tokens[who])).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      }
      const cancelled = (await gqlData(t, CANCEL, { p: planId, reason: '  Storm warning for the corridor.  ' }, force.tokens.ncshpLead)).cancelPlan;
      expect(cancelled).toEqual({ status: 'CANCELLED', revision: start.revision });
      expect((await t.db.query(`SELECT cancel_reason FROM plans WHERE id = $1`, [planId]))[0].cancel_reason).toBe('Storm warning for the corridor.');
      const events = await eventsAfter(planId, start.lastSeq);
      expect(events.map((e) => [e.type, e.revision, e.node?.planStatus, e.actor.id])).toEqual([['PLAN_CANCELLED', start.revision, 'CANCELLED', force.users.ncshpLead]]);
      const [row] = await t.db.query(`SELECT data FROM plan_events WHERE plan_id = $1 AND seq = $2`, [planId, events[0].seq]);
      expect(row.data.cancelReason).toBe('Storm warning for the corridor.');
    });

    it('a cancelled plan is read-only: content edits, submission, decisions and lifecycle steps answer INVALID_STATE', async () => {
      const plan = await readyPlan(t, force, { title: 'Cancelled is read-only' });
      await addOneOfEach(t, force, plan.id);
      await submitPlan(t, force, plan.id);
      await gqlData(t, CANCEL, { p: plan.id, reason: 'Called off' }, force.tokens.ncshpLead);
      const items = await planItems(t, plan.id, force.tokens.ncshpPlanner);
      const templateId = await ncBaselineTemplateId(t, force.tokens.ncshpPlanner);
      const before = await planFootprint(t, plan.id);
      const attempts = planMutations(items, { templateId, agencyId: force.agencies.wcso, removableAgencyId: force.agencies.cbp }).filter((m) => m.kind === 'content');
      for (const mutation of attempts) {
        expect([mutation.name, errorOf(await t.gql(mutation.query, mutation.variables, force.tokens.ncshpLead)).extensions?.code]).toEqual([mutation.name, 'INVALID_STATE']);
      }
      expect(errorOf(await t.gql(SUBMIT, { p: plan.id }, force.tokens.ncshpPlanner)).extensions?.code).toBe('INVALID_STATE');
      expect(errorOf(await decide(plan.id, items.revision, 'APPROVE', force.tokens.cbpLead)).extensions?.code).toBe('INVALID_STATE');
      for (const step of [ACTIVATE, COMPLETE]) expect(errorOf(await t.gql(step, { p: plan.id }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');
      expect(errorOf(await t.gql(CANCEL, { p: plan.id, reason: 'Again' }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');
      expect(await planFootprint(t, plan.id)).toEqual(before);
    });

    it('cannot cancel an ACTIVE plan (INVALID_STATE)', async () => {
      const { planId } = await active();
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(CANCEL, { p: planId, reason: 'Too late' }, force.tokens.ncshpLead)).extensions?.code).toBe('INVALID_STATE');
      expect(await planFootprint(t, planId)).toEqual(before);
    });
  });

  describe('concurrency', () => {
    it('two leads approving at once: both decisions land, PLAN_APPROVED is logged exactly once', async () => {
      const { planId, revision } = await inReview({ title: 'Concurrent approvals' });
      const start = await state(planId);
      const results = await Promise.all([decide(planId, revision, 'APPROVE', force.tokens.ncshpLead), decide(planId, revision, 'APPROVE', force.tokens.cbpLead)]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      expect(await state(planId)).toMatchObject({ status: 'APPROVED', revision });
      const types = (await eventsAfter(planId, start.lastSeq)).map((e) => e.type);
      expect(types).toEqual(['APPROVAL_DECIDED', 'APPROVAL_DECIDED', 'PLAN_APPROVED']);
    });

    it('an approval racing an edit never leaves an APPROVED sign-off on a superseded revision', async () => {
      for (let round = 0; round < 4; round++) {
        const { planId, revision } = await inReview({ title: `Approval races edit ${round}` });
        expect((await decide(planId, revision, 'APPROVE', force.tokens.ncshpLead)).errors).toBeUndefined();
        const [approval, edit] = await Promise.all([decide(planId, revision, 'APPROVE', force.tokens.cbpLead), t.gql(ADD_OBJECTIVE, { p: planId, title: 'Racing edit' }, force.tokens.cbpPlanner)]);
        expect(edit.errors).toBeUndefined();
        // Either the approval came first (and the edit voided it) or it lost with CONFLICT.
        if (approval.errors) expect(errorOf(approval).extensions?.code).toBe('CONFLICT');
        const after = await state(planId);
        expect(after).toMatchObject({ status: 'IN_REVIEW', revision: revision + 1 });
        expect(after.approvals.filter((a: Approval) => a.status === 'APPROVED')).toEqual([]);
        expect(after.approvals.map((a: Approval) => a.status).sort()).toEqual(approval.errors ? ['PENDING', 'STALE'] : ['STALE', 'STALE']);
      }
    });
  });

  it('the log tells the whole story in seq order: submit, reject, resubmit, approve, reopen, approve, activate, complete', async () => {
    const plan = await readyPlan(t, force, { title: 'Whole story' });
    const r1 = plan.revision;
    await submitPlan(t, force, plan.id);
    expect((await decide(plan.id, r1, 'REJECT', force.tokens.cbpLead, 'Add the county net.')).errors).toBeUndefined();
    await submitPlan(t, force, plan.id);
    await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    await addObjective(plan.id, force.tokens.cbpPlanner, 'County net');
    await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
    await gqlData(t, ACTIVATE, { p: plan.id }, force.tokens.ncshpLead);
    await gqlData(t, COMPLETE, { p: plan.id }, force.tokens.ncshpLead);

    const events = await eventsAfter(plan.id, plan.lastSeq);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => plan.lastSeq + 1 + i));
    expect(events.map((e) => [e.type, e.revision])).toEqual([
      ['APPROVAL_REQUESTED', r1],
      ['APPROVAL_REQUESTED', r1],
      ['PLAN_SUBMITTED', r1],
      ['APPROVAL_DECIDED', r1],
      ['PLAN_REJECTED', r1],
      ['APPROVAL_REQUESTED', r1],
      ['APPROVAL_REQUESTED', r1],
      ['PLAN_SUBMITTED', r1],
      ['APPROVAL_DECIDED', r1],
      ['APPROVAL_DECIDED', r1],
      ['PLAN_APPROVED', r1],
      ['OBJECTIVE_ADDED', r1 + 1],
      ['APPROVAL_STALE', r1 + 1],
      ['APPROVAL_STALE', r1 + 1],
      ['PLAN_REOPENED', r1 + 1],
      ['APPROVAL_DECIDED', r1 + 1],
      ['APPROVAL_DECIDED', r1 + 1],
      ['PLAN_APPROVED', r1 + 1],
      ['PLAN_ACTIVATED', r1 + 1],
      ['PLAN_COMPLETED', r1 + 1],
    ]);
    const planStatuses = events.filter((e) => e.entityType === 'PLAN' && e.type !== 'OBJECTIVE_ADDED').map((e) => e.node?.planStatus);
    expect(planStatuses).toEqual(['IN_REVIEW', 'DRAFT', 'IN_REVIEW', 'APPROVED', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'COMPLETED']);
    const approvalStatuses = events.filter((e) => e.entityType === 'APPROVAL').map((e) => e.node?.status);
    expect(approvalStatuses).toEqual(['PENDING', 'PENDING', 'REJECTED', 'PENDING', 'PENDING', 'APPROVED', 'APPROVED', 'STALE', 'STALE', 'APPROVED', 'APPROVED']);
  });
});
