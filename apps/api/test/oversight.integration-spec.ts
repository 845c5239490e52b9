import { AccessLogService } from '../src/modules/plans/access-log.service';
import {
  addOneOfEach,
  approveAs,
  databaseFootprint,
  errorOf,
  gqlData,
  type MutationAttempt,
  ncBaselineTemplateId,
  planItems,
  planMutations,
  readyPlan,
  seedTaskForce,
  submitPlan,
  type TaskForce,
} from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * OVERSIGHT reads every plan, log and report and writes nothing (docs/architecture.md#permissions, issue 6).
 * Every mutation the server offers is tried as OVERSIGHT on visible plans in each editable or
 * reviewable status, and the database is compared before and after, table by table.
 */

/** Tables that record the requests themselves (sessions slide, refusals are logged). */
const LOGGING_TABLES = ['sessions', 'security_events', 'access_log', 'login_throttle'];

/**
 * Mutations that are not about plans or others' accounts: signing in and out, one's own password,
 * one's own second factors and re-authentication (they write only the caller's own rows).
 */
const SESSION_MUTATIONS = [
  'login',
  'logout',
  'changePassword',
  'completeLogin',
  'beginTotpEnrollment',
  'confirmTotpEnrollment',
  'reauthenticate',
  'beginPasskeyRegistration',
  'finishPasskeyRegistration',
  'removePasskey',
  // One's own notifications (each user their own: notifications*.integration-spec.ts).
  'markNotificationsRead',
  'updateNotificationPreferences',
];

/**
 * The public side (DESIGN.md section 8): anyone files a complaint, and handling complaints is the
 * one thing OVERSIGHT writes (complaints*.integration-spec.ts hold both to their rules). Neither
 * touches a plan.
 */
const COMPLAINT_MUTATIONS = ['fileComplaint', 'updateComplaint'];

/**
 * Recording that one saved a file of what one read: it writes only to the plan's access log, which
 * oversight's own reads go to anyway (audit-exports.integration-spec.ts holds it to its rules).
 */
const ACCESS_RECORD_MUTATIONS = ['recordPlanExport'];

/**
 * Presence is not stored and the permissions let OVERSIGHT see it and subscribe: whether
 * OVERSIGHT may announce its own focus is not settled, so updatePresence is only held to
 * "writes nothing to the database".
 */
const EPHEMERAL_MUTATIONS = ['updatePresence'];

describe('oversight reads everything and changes nothing', () => {
  let t: TestApp;
  let force: TaskForce;
  let courseId: string;
  let agreementId: string;
  let oversight: string;
  let templateId: string;
  /** Takes part in the DRAFT plan and holds nothing there, so removing it would succeed for the lead agency. */
  let sbi: string;
  /** One plan per status that still takes changes, each with one of every part. */
  const plans: Record<'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'ACTIVE' | 'COMPLETED', string> = { DRAFT: '', IN_REVIEW: '', APPROVED: '', ACTIVE: '', COMPLETED: '' };
  /** After-action parts: a draft debrief on the ACTIVE plan, a report and a corrective action on the COMPLETED one. */
  const afterAction = { debrief: { id: '', version: 0 }, report: { id: '', version: 0 }, action: { id: '', version: 0 } };

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    [{ id: courseId }] = await t.db.query(`INSERT INTO courses (code, title, required_for) VALUES ('OV-0', 'A course to record', '{}') RETURNING id`);
    [{ id: agreementId }] = await t.db.query(`SELECT id FROM agreements LIMIT 1`);
    oversight = force.tokens.oversight;
    templateId = await ncBaselineTemplateId(t, force.tokens.ncshpPlanner);
    sbi = await t.createAgency('SBI', 'STATE');
    for (const status of Object.keys(plans) as Array<keyof typeof plans>) {
      const plan = await readyPlan(t, force, { title: `Oversight ${status}` });
      await addOneOfEach(t, force, plan.id);
      if (status !== 'DRAFT') await submitPlan(t, force, plan.id);
      if (status !== 'DRAFT' && status !== 'IN_REVIEW') await approveAs(t, plan.id, [force.tokens.ncshpLead, force.tokens.cbpLead]);
      if (status === 'ACTIVE' || status === 'COMPLETED') await gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { id } }`, { p: plan.id }, force.tokens.ncshpLead);
      if (status === 'COMPLETED') await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { id } }`, { p: plan.id }, force.tokens.ncshpLead);
      if (status === 'DRAFT') await gqlData(t, `mutation($p: ID!, $a: ID!) { addPlanAgency(planId: $p, agencyId: $a) { id } }`, { p: plan.id, a: sbi }, force.tokens.ncshpPlanner);
      plans[status] = plan.id;
    }
    const debrief = await gqlData(t, `mutation($p: ID!) { saveDebrief(planId: $p, input: { narrative: "Quiet shift." }) { id version } }`, { p: plans.ACTIVE }, force.tokens.ncshpOfficer);
    afterAction.debrief = debrief.saveDebrief;
    const report = await gqlData(t, `mutation($p: ID!) { draftAfterActionReport(planId: $p) { id version } }`, { p: plans.COMPLETED }, force.tokens.ncshpPlanner);
    afterAction.report = report.draftAfterActionReport;
    const action = await gqlData(
      t,
      `mutation($r: ID!, $a: ID!) { addCorrectiveAction(reportId: $r, input: { title: "Stage interpreters early", ownerAgencyId: $a, dueDate: "2027-06-01T00:00:00Z" }) { id version } }`,
      { r: afterAction.report.id, a: force.agencies.cbp },
      force.tokens.ncshpPlanner,
    );
    afterAction.action = action.addCorrectiveAction;
  });
  afterAll(() => t.close());

  /** Mutations that are not about one plan, with arguments that an authorized caller could use. */
  const globalMutations = (): MutationAttempt[] => [
    { name: 'createPlan', kind: 'content', query: `mutation($a: [ID!]) { createPlan(input: { title: "Oversight's own plan", agencyIds: $a }) { id } }`, variables: { a: [force.agencies.cbp] } },
    { name: 'createAgency', kind: 'content', query: `mutation { createAgency(input: { name: "Shadow agency", shortName: "SHDW", level: STATE }) { id } }`, variables: {} },
    { name: 'createCourse', kind: 'content', query: `mutation { createCourse(input: { code: "OV-1", title: "Oversight's course", validityMonths: 12, requiredFor: [CHECKPOINT] }) { id } }`, variables: {} },
    {
      name: 'recordTraining',
      kind: 'content',
      query: `mutation($u: ID!, $c: ID!) { recordTraining(userId: $u, courseId: $c, completedOn: "2026-06-01T00:00:00Z", evidence: "Cert") { id } }`,
      variables: { u: force.users.ncshpPlanner, c: courseId },
    },
    {
      name: 'createAgreement',
      kind: 'content',
      query: `mutation($a: [ID!]!) { createAgreement(input: { title: "Oversight's MOU", kind: MOU, agencyIds: $a, scope: [CHECKPOINT], dataSharingTerms: "None", reportingRequirements: "None", effectiveFrom: "2026-01-01T00:00:00Z" }) { id } }`,
      variables: { a: [force.agencies.ncshp, force.agencies.cbp] },
    },
    { name: 'updateAgreement', kind: 'content', query: `mutation($id: ID!) { updateAgreement(id: $id, expectedVersion: 1, patch: { title: "Renamed" }, reason: "Oversight") { id } }`, variables: { id: agreementId } },
    { name: 'terminateAgreement', kind: 'content', query: `mutation($id: ID!) { terminateAgreement(id: $id, expectedVersion: 1, reason: "Oversight") { id } }`, variables: { id: agreementId } },
    {
      name: 'createUser',
      kind: 'content',
      query: `mutation($a: ID!) { createUser(input: { email: "new@oversight.example", displayName: "New", agencyId: $a, roles: [OVERSIGHT], password: "a-long-enough-password" }) { id } }`,
      variables: { a: force.agencies.oversight },
    },
    { name: 'updateUser', kind: 'content', query: `mutation($id: ID!) { updateUser(id: $id, patch: { displayName: "Renamed by oversight" }) { id } }`, variables: { id: force.users.ncshpPlanner } },
    { name: 'setUserActive', kind: 'content', query: `mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`, variables: { id: force.users.ncshpPlanner } },
    {
      name: 'resetUserCredentials',
      kind: 'content',
      query: `mutation($id: ID!) { resetUserCredentials(id: $id, temporaryPassword: "a-long-enough-temporary-password") }`,
      variables: { id: force.users.ncshpPlanner },
    },
  ];

  /** The operation and after-action mutations, aimed at the ACTIVE and COMPLETED plans and their parts. */
  const afterActionMutations = async (): Promise<MutationAttempt[]> => {
    const event = (await planItems(t, plans.ACTIVE, force.tokens.ncshpPlanner)).timelineEvent;
    const { debrief, report, action } = afterAction;
    return [
      { name: 'logActivity', kind: 'content', query: `mutation($p: ID!) { logActivity(planId: $p, text: "Oversight was here") { id } }`, variables: { p: plans.ACTIVE } },
      {
        name: 'recordTimelineActuals',
        kind: 'content',
        query: `mutation($id: ID!, $v: Int!) { recordTimelineActuals(id: $id, expectedVersion: $v, actualStartsAt: "2027-03-01T07:05:00Z") { id } }`,
        variables: { id: event.id, v: event.version },
      },
      { name: 'saveDebrief', kind: 'content', query: `mutation($p: ID!) { saveDebrief(planId: $p, input: { narrative: "Observed." }) { id } }`, variables: { p: plans.ACTIVE } },
      { name: 'submitDebrief', kind: 'content', query: `mutation($id: ID!, $v: Int!) { submitDebrief(id: $id, expectedVersion: $v) { id } }`, variables: { id: debrief.id, v: debrief.version } },
      { name: 'draftAfterActionReport', kind: 'content', query: `mutation($p: ID!) { draftAfterActionReport(planId: $p) { id } }`, variables: { p: plans.COMPLETED } },
      {
        name: 'updateAfterActionReport',
        kind: 'content',
        query: `mutation($id: ID!, $v: Int!) { updateAfterActionReport(id: $id, expectedVersion: $v, summary: "Rewritten by oversight") { id } }`,
        variables: { id: report.id, v: report.version },
      },
      {
        name: 'addCorrectiveAction',
        kind: 'content',
        query: `mutation($r: ID!, $a: ID!) { addCorrectiveAction(reportId: $r, input: { title: "Oversight action", ownerAgencyId: $a, dueDate: "2027-07-01T00:00:00Z" }) { id } }`,
        variables: { r: report.id, a: force.agencies.ncshp },
      },
      {
        name: 'updateCorrectiveAction',
        kind: 'content',
        query: `mutation($id: ID!, $v: Int!) { updateCorrectiveAction(id: $id, expectedVersion: $v, patch: { status: DONE }) { id } }`,
        variables: { id: action.id, v: action.version },
      },
      { name: 'finalizeAfterActionReport', kind: 'lifecycle', query: `mutation($id: ID!, $v: Int!) { finalizeAfterActionReport(id: $id, expectedVersion: $v) { id } }`, variables: { id: report.id, v: report.version } },
    ];
  };

  const attemptsFor = async (planId: string) => {
    const items = await planItems(t, planId, force.tokens.ncshpPlanner);
    return planMutations(items, { templateId, agencyId: force.agencies.wcso, removableAgencyId: planId === plans.DRAFT ? sbi : force.agencies.cbp });
  };

  it('has an attempt for every mutation the server offers', async () => {
    const { __type } = await gqlData(t, `{ __type(name: "Mutation") { fields { name } } }`, {}, force.tokens.ncshpPlanner);
    const served: string[] = __type.fields.map((field: { name: string }) => field.name).sort();
    const attempted = [...(await attemptsFor(plans.DRAFT)), ...(await afterActionMutations()), ...globalMutations()].map((attempt) => attempt.name);
    expect(new Set(attempted).size).toBe(attempted.length);
    expect([...attempted, ...SESSION_MUTATIONS, ...COMPLAINT_MUTATIONS, ...ACCESS_RECORD_MUTATIONS].sort()).toEqual(served);
  });

  it('answers every mutation with FORBIDDEN or NOT_FOUND, and the database is unchanged', async () => {
    await t.app.get(AccessLogService).flush();
    const before = await databaseFootprint(t, LOGGING_TABLES);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['plans', 'plan_events', 'approvals', 'objectives', 'users', 'agencies']));

    const answers: Array<[string, string, string | undefined]> = [];
    for (const attempt of [...globalMutations(), ...(await afterActionMutations())]) {
      const result = await t.gql(attempt.query, attempt.variables, oversight);
      answers.push(['-', attempt.name, result.errors?.[0]?.extensions?.code ?? `succeeded: ${JSON.stringify(result.data)}`]);
    }
    for (const [status, planId] of Object.entries(plans)) {
      for (const attempt of await attemptsFor(planId)) {
        const result = await t.gql(attempt.query, attempt.variables, oversight);
        if (EPHEMERAL_MUTATIONS.includes(attempt.name)) continue;
        answers.push([status, attempt.name, result.errors?.[0]?.extensions?.code ?? `succeeded: ${JSON.stringify(result.data)}`]);
      }
    }
    expect(answers.length).toBeGreaterThan(140);
    const wrong = answers.filter(([, , code]) => code !== 'FORBIDDEN' && code !== 'NOT_FOUND');
    expect(wrong).toEqual([]);
    // Accounts and agencies are the ADMIN's: FORBIDDEN, not NOT_FOUND.
    const adminOnly = ['createAgency', 'createUser', 'updateUser', 'setUserActive', 'resetUserCredentials', 'createCourse', 'recordTraining', 'createAgreement', 'updateAgreement', 'terminateAgreement'];
    expect(answers.filter(([, name]) => adminOnly.includes(name)).map(([, , code]) => code)).toEqual(adminOnly.map(() => 'FORBIDDEN'));

    expect(await databaseFootprint(t, LOGGING_TABLES)).toEqual(before);
  });

  it('has its refusals on a plan recorded as DENIED in the access log', async () => {
    const planId = plans.APPROVED;
    await t.app.get(AccessLogService).flush();
    // Repeated refusals of one user on one plan are folded into one record with their count.
    const count = async () =>
      (await t.db.query(`SELECT coalesce(sum(count), 0)::int AS n FROM access_log WHERE plan_id = $1 AND user_id = $2 AND action = 'DENIED'`, [planId, force.users.oversight]))[0].n;
    const start = await count();
    const refused = (await attemptsFor(planId)).filter((attempt) => !EPHEMERAL_MUTATIONS.includes(attempt.name));
    for (const attempt of refused) expect(errorOf(await t.gql(attempt.query, attempt.variables, oversight)).extensions?.code).toBe('FORBIDDEN');
    await t.app.get(AccessLogService).flush();
    expect((await count()) - start).toBe(refused.length);
  });

  describe('reads', () => {
    it('sees every plan, in the list and one by one, with its parts, approvals and log', async () => {
      const list = (await gqlData(t, `{ plans(first: 100) { totalCount edges { node { id } } } }`, {}, oversight)).plans;
      expect(list.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(expect.arrayContaining(Object.values(plans)));
      for (const planId of Object.values(plans)) {
        const { plan } = await gqlData(
          t,
          `query($id: ID!) { plan(id: $id) { id status lastSeq contentHash readiness { ready } objectives { id } roles { id } checklist { id } timeline { id }
             resources { id } comms { id } approvals { status agency { id } } events(limit: 500) { seq type actor { id } } } }`,
          { id: planId },
          oversight,
        );
        expect(plan.id).toBe(planId);
        expect(plan.events).toHaveLength(plan.lastSeq);
        for (const part of ['objectives', 'roles', 'checklist', 'timeline', 'resources', 'comms']) expect(plan[part].length).toBeGreaterThan(0);
      }
      const { plan } = await gqlData(t, `query($id: ID!) { plan(id: $id) { approvals { status } } }`, { id: plans.ACTIVE }, oversight);
      expect(plan.approvals.map((a: { status: string }) => a.status)).toEqual(['APPROVED', 'APPROVED']);
    });

    it('verifies logs, reads diffs, access logs, presence and the transparency report', async () => {
      for (const planId of Object.values(plans)) {
        const { plan } = await gqlData(t, `query($id: ID!) { plan(id: $id) { lastSeq revision } }`, { id: planId }, oversight);
        expect((await gqlData(t, `query($p: ID!) { verifyPlanLog(planId: $p) { ok checked firstBrokenSeq } }`, { p: planId }, oversight)).verifyPlanLog).toEqual({
          ok: true,
          checked: plan.lastSeq,
          firstBrokenSeq: null,
        });
        const diff = (await gqlData(t, `query($p: ID!) { planDiff(planId: $p, fromRevision: 0) { kind } }`, { p: planId }, oversight)).planDiff;
        expect(diff.length).toBeGreaterThan(0);
        const log = (await gqlData(t, `query($p: ID!) { accessLog(planId: $p) { action user { id } } }`, { p: planId }, oversight)).accessLog;
        expect(log.some((record: { action: string; user: { id: string } }) => record.action === 'VIEW' && record.user.id === force.users.oversight)).toBe(true);
        expect((await t.gql(`query($p: ID!) { presence(planId: $p) { lastSeenAt } }`, { p: planId }, oversight)).errors).toBeUndefined();
      }
      const report = (await gqlData(t, `{ transparencyReport(from: "2027-01-01T00:00:00Z", to: "2027-12-31T00:00:00Z") { operations byStatus { status count } } }`, {}, oversight)).transparencyReport;
      expect(report.operations).toBe(5);
      const counts = Object.fromEntries(report.byStatus.map((row: { status: string; count: number }) => [row.status, row.count]));
      expect(counts).toMatchObject({ DRAFT: 1, IN_REVIEW: 1, APPROVED: 1, ACTIVE: 1, COMPLETED: 1 });
    });
  });
});
