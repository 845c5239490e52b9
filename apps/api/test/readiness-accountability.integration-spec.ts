import { DataSource } from 'typeorm';
import { PlanReadinessAnnouncer } from '../src/modules/plans/plan-readiness.announcer';
import { approvedPlan, createPlan, errorOf, gqlData, readyPlan, recordAgreement, seedTaskForce, signInWcsoLead, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 16, item 4: readiness refuses an operation that no agreement covers, or that an untrained
 * person is assigned to; the operation type is content and blocks while missing; activation judges
 * agreements and training again; a change of them is announced with READINESS_CHANGED, which keeps
 * the revision and the content hash.
 */
describe('readiness: operation type, agreements and training', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    // A ready plan here has WCSO taking part: it needs an agency lead to sign (AGENCY_WITHOUT_LEAD).
    await signInWcsoLead(t, force);
    planner = force.tokens.ncshpPlanner;
  });
  afterAll(() => t.close());
  // Each test states the agreements it needs; the task force's default one is removed.
  beforeEach(() => t.db.query(`DELETE FROM agreements; DELETE FROM training_records; DELETE FROM courses`));

  const WINDOW = { startsAt: '2027-03-01T06:00:00Z', endsAt: '2027-03-03T18:00:00Z' };
  const READINESS = `query($id: ID!) { plan(id: $id) { revision contentHash readiness { ready blockers { code message entityId } } roles { id assignee { id displayName } } } }`;
  const readiness = async (planId: string) => (await gqlData(t, READINESS, { id: planId }, planner)).plan;
  const codes = async (planId: string) => (await readiness(planId)).readiness.blockers.map((b: { code: string; entityId: string | null }) => [b.code, b.entityId]);
  const admin = () => force.users.ncshpAdmin;
  const both = () => [force.agencies.ncshp, force.agencies.cbp];

  /** A plan led by NCSHP with CBP, ready but for what the test withholds (built while an agreement covers it). */
  async function plan(input: Record<string, unknown> = {}): Promise<string> {
    const cover = await recordAgreement(t, [...both(), force.agencies.wcso], admin());
    const built = await readyPlan(t, force, { ...WINDOW, ...input });
    await t.db.query(`DELETE FROM agreements WHERE id = $1`, [cover]);
    return built.id;
  }

  it('blocks without an operation type; setting one is a content change (revision and hash move)', async () => {
    await recordAgreement(t, both(), admin());
    const created = await createPlan(t, force, { ...WINDOW, operationType: null });
    expect((await readiness(created.id)).readiness.blockers.map((b: { code: string }) => b.code)).toContain('OPERATION_TYPE_MISSING');
    const id = await plan();
    await recordAgreement(t, both(), admin());
    const before = await readiness(id);
    expect(before.readiness.blockers).toEqual([]);
    const { plan: head } = await gqlData(t, `query($id: ID!) { plan(id: $id) { version } }`, { id }, planner);
    const { updatePlan } = await gqlData(t, `mutation($id: ID!, $v: Int!) { updatePlan(id: $id, expectedVersion: $v, patch: { operationType: WARRANT_SERVICE }) { operationType } }`, { id, v: head.version }, planner);
    expect(updatePlan.operationType).toBe('WARRANT_SERVICE');
    const after = await readiness(id);
    expect(after.readiness.blockers).toEqual([]);
    expect(after.revision).toBe(before.revision + 1);
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  it('counts every blocker and lists apart the ones only the server judges (blockerCount, accountabilityBlockers)', async () => {
    const created = await createPlan(t, force, { ...WINDOW, operationType: null });
    const query = `query($id: ID!) { plan(id: $id) { readiness { blockers { code message entityId } blockerCount accountabilityBlockers { code message entityId } } } }`;
    const { blockers, blockerCount, accountabilityBlockers } = (await gqlData(t, query, { id: created.id }, planner)).plan.readiness;
    expect(blockers.map((b: { code: string }) => b.code)).toEqual(expect.arrayContaining(['OPERATION_TYPE_MISSING', 'NO_OBJECTIVES', 'AGREEMENT_MISSING']));
    expect(blockerCount).toBe(blockers.length);
    expect(accountabilityBlockers).toEqual(blockers.filter((b: { code: string }) => ['AGREEMENT_MISSING', 'AGREEMENT_SCOPE', 'TRAINING_MISSING'].includes(b.code)));
    expect(accountabilityBlockers).toContainEqual({ code: 'AGREEMENT_MISSING', message: 'CBP has no agreement with NCSHP in force for the whole operation window.', entityId: force.agencies.cbp });
  });

  it('refuses an unknown operation type naming the field, and changes nothing', async () => {
    const id = await plan();
    const result = await t.gql(`mutation($id: ID!) { updatePlan(id: $id, expectedVersion: 1, patch: { operationType: RAID }) { id } }`, { id }, planner);
    expect(errorOf(result).extensions?.code).toBe('BAD_USER_INPUT');
    expect(errorOf(result).message).toContain('RAID');
    expect((await gqlData(t, `query($id: ID!) { plan(id: $id) { operationType version } }`, { id }, planner)).plan.operationType).toBe('CHECKPOINT');
  });

  it('AGREEMENT_MISSING: names each non-lead agency without an agreement with the lead in force for the whole window', async () => {
    const id = await plan();
    expect(await codes(id)).toEqual([['AGREEMENT_MISSING', force.agencies.cbp]]);
    const [blocker] = (await readiness(id)).readiness.blockers;
    expect(blocker.message).toBe('CBP has no agreement with NCSHP in force for the whole operation window.');
    // An agreement between CBP and WCSO does not count: it must be with the lead agency.
    await recordAgreement(t, [force.agencies.cbp, force.agencies.wcso], admin());
    expect(await codes(id)).toEqual([['AGREEMENT_MISSING', force.agencies.cbp]]);
  });

  it.each([
    { when: 'starts before the window, open-ended', terms: { effectiveFrom: '2026-01-01T00:00:00Z' }, covers: true },
    { when: 'starts during the window', terms: { effectiveFrom: '2027-03-02T00:00:00Z' }, covers: false },
    { when: 'starts at the first instant of the window', terms: { effectiveFrom: '2027-03-01T06:00:00Z' }, covers: true },
    { when: 'ends during the window', terms: { effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: '2027-03-02T00:00:00Z' }, covers: false },
    { when: 'ends at the last instant of the window', terms: { effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: '2027-03-03T18:00:00Z' }, covers: true },
    { when: 'ended before the window', terms: { effectiveFrom: '2025-01-01T00:00:00Z', expiresOn: '2026-12-31T00:00:00Z' }, covers: false },
    { when: 'was terminated mid-window', terms: { effectiveFrom: '2026-01-01T00:00:00Z', terminatedAt: '2027-03-02T00:00:00Z' }, covers: false },
    { when: 'was terminated after the window', terms: { effectiveFrom: '2026-01-01T00:00:00Z', terminatedAt: '2027-04-01T00:00:00Z' }, covers: true },
  ])('an agreement that $when covers the plan: $covers', async ({ terms, covers }) => {
    const id = await plan();
    await recordAgreement(t, both(), admin(), terms);
    expect(await codes(id)).toEqual(covers ? [] : [['AGREEMENT_MISSING', force.agencies.cbp]]);
  });

  it("AGREEMENT_SCOPE: an agreement in force whose scope leaves out the plan's operation type", async () => {
    const id = await plan({ operationType: 'WARRANT_SERVICE' });
    await recordAgreement(t, both(), admin(), { scope: ['CHECKPOINT', 'CARGO_INSPECTION'] });
    expect(await codes(id)).toEqual([['AGREEMENT_SCOPE', force.agencies.cbp]]);
    expect((await readiness(id)).readiness.blockers[0].message).toBe('No agreement between CBP and NCSHP covers this type of operation.');
    // A second agreement in force that does cover it clears the blocker.
    await recordAgreement(t, both(), admin(), { scope: ['WARRANT_SERVICE'] });
    expect(await codes(id)).toEqual([]);
  });

  it('TRAINING_MISSING: each assignee lacking a required course current through the end of the window, per role', async () => {
    const id = await plan();
    await recordAgreement(t, both(), admin());
    const [course] = await t.db.query(`INSERT INTO courses (code, title, validity_months, required_for) VALUES ('SS-101', 'Search and seizure', 12, '{CHECKPOINT}') RETURNING id`);
    await t.db.query(`INSERT INTO courses (code, title, validity_months, required_for) VALUES ('CARGO-1', 'Cargo handling', 12, '{CARGO_INSPECTION}')`);
    const { roles } = await readiness(id);
    expect((await codes(id)).sort()).toEqual(roles.map((role: { id: string }) => ['TRAINING_MISSING', role.id]).sort());
    const first = roles[0];
    const blocker = (await readiness(id)).readiness.blockers.find((b: { entityId: string }) => b.entityId === first.id);
    expect(blocker.message).toContain(first.assignee.displayName);
    expect(blocker.message).toContain('Search and seizure (SS-101)');

    const record = (userId: string, expiresOn: string | null) =>
      t.db.query(`INSERT INTO training_records (user_id, course_id, completed_on, expires_on, evidence, recorded_by_id) VALUES ($1, $2, '2026-06-01', $3, 'Cert 1', $4)`, [userId, course.id, expiresOn, admin()]);
    // Lapses the day before the window ends: still missing.
    await record(first.assignee.id, '2027-03-02T18:00:00Z');
    expect(await codes(id)).toContainEqual(['TRAINING_MISSING', first.id]);
    // Current through the last instant of the window: held.
    await record(first.assignee.id, '2027-03-03T18:00:00Z');
    expect(await codes(id)).not.toContainEqual(['TRAINING_MISSING', first.id]);
    for (const role of roles.slice(1)) await record(role.assignee.id, null);
    expect(await codes(id)).toEqual([]);
  });

  it('training recorded through the API is current through the whole of the day it lapses where the task force works', async () => {
    // The window ends at 9 PM EST on 3 March 2027, which is 02:00 UTC on the 4th.
    const id = await plan({ endsAt: '2027-03-04T02:00:00Z' });
    await recordAgreement(t, both(), admin());
    const course = (
      await gqlData(t, `mutation($input: CourseInput!) { createCourse(input: $input) { id } }`, { input: { code: 'SS-101', title: 'Search and seizure', validityMonths: 12, requiredFor: ['CHECKPOINT'] } }, force.tokens.ncshpAdmin)
    ).createCourse;
    const { roles } = await readiness(id);
    const RECORD = `mutation($u: ID!, $c: ID!, $on: DateTime!) { recordTraining(userId: $u, courseId: $c, completedOn: $on, evidence: "Cert") { expiresOn } }`;
    const assignees = [...new Set(roles.map((role: { assignee: { id: string } }) => role.assignee.id))] as string[];
    for (const userId of assignees) {
      // Completed on 3 March 2026: it lapses on 3 March 2027, the day the operation ends.
      const recorded = await gqlData(t, RECORD, { u: userId, c: course.id, on: '2026-03-03T00:00:00.000Z' }, force.tokens.ncshpAdmin);
      expect(recorded.recordTraining.expiresOn).toBe('2027-03-04T04:59:59.999Z');
    }
    expect(await codes(id)).toEqual([]);
    // A day earlier lapses at the end of 2 March, before the operation ends.
    await t.db.query(`DELETE FROM training_records`);
    for (const userId of assignees) await gqlData(t, RECORD, { u: userId, c: course.id, on: '2026-03-02T00:00:00.000Z' }, force.tokens.ncshpAdmin);
    expect((await codes(id)).map(([code]: [string]) => code)).toEqual(roles.map(() => 'TRAINING_MISSING'));
  });

  it('refuses submission with the new blockers, and writes nothing', async () => {
    const id = await plan();
    const before = await readiness(id);
    const result = await t.gql(`mutation($p: ID!) { submitPlanForReview(planId: $p) { status } }`, { p: id }, planner);
    expect(errorOf(result).extensions?.code).toBe('INVALID_STATE');
    expect(errorOf(result).extensions?.blockers).toEqual([expect.objectContaining({ code: 'AGREEMENT_MISSING', entityId: force.agencies.cbp })]);
    expect((await readiness(id)).revision).toBe(before.revision);
  });

  it('activatePlan judges agreements and training again: an agreement terminated after approval refuses it with the blockers', async () => {
    const agreement = await recordAgreement(t, both(), admin());
    const approved = await approvedPlan(t, force, WINDOW);
    await t.db.query(`UPDATE agreements SET terminated_at = now(), termination_reason = 'Withdrawn' WHERE id = $1`, [agreement]);
    const result = await t.gql(`mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p: approved.id }, force.tokens.ncshpLead);
    expect(errorOf(result).extensions?.code).toBe('INVALID_STATE');
    expect(errorOf(result).extensions?.blockers).toEqual([expect.objectContaining({ code: 'AGREEMENT_MISSING', entityId: force.agencies.cbp })]);
    const { plan: after } = await gqlData(t, `query($id: ID!) { plan(id: $id) { status approvals { status } } }`, { id: approved.id }, planner);
    // Approvals do not go stale: only content changes do that.
    expect(after).toEqual({ status: 'APPROVED', approvals: [{ status: 'APPROVED' }, { status: 'APPROVED' }] });
    await recordAgreement(t, both(), admin());
    const activated = await gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p: approved.id }, force.tokens.ncshpLead);
    expect(activated.activatePlan.status).toBe('ACTIVE');
  });

  it('READINESS_CHANGED: announced on the concerned plans in the changing transaction, keeping revision and hash, and readiness reads both ways', async () => {
    const id = await plan();
    const other = await plan({ agencyIds: [force.agencies.wcso] });
    const before = await readiness(id);
    expect(before.readiness.blockers.map((b: { code: string }) => b.code)).toEqual(['AGREEMENT_MISSING']);
    const announce = async (agencyIds: string[]) => {
      const publish = await t.app.get(DataSource).transaction((manager) => t.app.get(PlanReadinessAnnouncer).announce(manager, { agencyIds }, admin(), { kind: 'AGREEMENT', id: 'x' }));
      publish();
    };
    const events = async (planId: string) =>
      (await gqlData(t, `query($id: ID!) { plan(id: $id) { events(afterSeq: 0, limit: 1000) { type revision } } }`, { id: planId }, planner)).plan.events as Array<{ type: string; revision: number }>;

    const agreement = await recordAgreement(t, [force.agencies.ncshp, force.agencies.cbp], admin());
    await announce([force.agencies.ncshp, force.agencies.cbp]);
    const after = await readiness(id);
    expect(after.readiness.blockers).toEqual([]);
    expect(after.revision).toBe(before.revision);
    expect(after.contentHash).toBe(before.contentHash);
    const last = (await events(id)).at(-1)!;
    expect(last).toEqual({ type: 'READINESS_CHANGED', revision: before.revision });
    // The plan of NCSHP and WCSO takes part too (NCSHP is a party); a plan of neither would not.
    expect((await events(other)).at(-1)!.type).toBe('READINESS_CHANGED');

    await t.db.query(`UPDATE agreements SET terminated_at = now(), termination_reason = 'Withdrawn' WHERE id = $1`, [agreement]);
    await announce([force.agencies.cbp]);
    expect((await readiness(id)).readiness.blockers.map((b: { code: string }) => b.code)).toEqual(['AGREEMENT_MISSING']);
    expect((await events(id)).filter((e) => e.type === 'READINESS_CHANGED')).toHaveLength(2);
  });

  it('does not announce on plans the change does not concern', async () => {
    const stranger = await t.createAgency('SBI', 'STATE');
    const id = await plan();
    const { plan: head } = await gqlData(t, `query($id: ID!) { plan(id: $id) { lastSeq } }`, { id }, planner);
    const publish = await t.app.get(DataSource).transaction((manager) => t.app.get(PlanReadinessAnnouncer).announce(manager, { agencyIds: [stranger] }, admin(), { kind: 'AGREEMENT', id: 'x' }));
    publish();
    expect((await gqlData(t, `query($id: ID!) { plan(id: $id) { lastSeq } }`, { id }, planner)).plan.lastSeq).toBe(head.lastSeq);
  });
});
