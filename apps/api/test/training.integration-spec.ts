import { DataSource } from 'typeorm';
import { TrainingExpiryDays1765040000000 } from '../src/database/migrations/1765040000000-training-expiry-days';
import { asAt } from './support/clock';
import { statementsDuring, withoutBackgroundWrites } from './support/sql-statements';
import { changesSince, createPlan, errorOf, gqlData, MISSING_ID, planHead, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type GqlResponse, type TestApp } from './support/test-app';

const COURSE = `id code title validityMonths requiredFor`;
const RECORD = `id completedOn expiresOn evidence user { id } course { id code } recordedBy { id }`;
const CREATE_COURSE = `mutation($input: CourseInput!) { createCourse(input: $input) { ${COURSE} } }`;
const COURSES = `query { courses { ${COURSE} } }`;
const RECORD_TRAINING = `mutation($userId: ID!, $courseId: ID!, $completedOn: DateTime!, $evidence: String!) {
  recordTraining(userId: $userId, courseId: $courseId, completedOn: $completedOn, evidence: $evidence) { ${RECORD} } }`;
const RECORDS = `query($userId: ID, $agencyId: ID) { trainingRecords(userId: $userId, agencyId: $agencyId) { ${RECORD} } }`;

describe('training: courses and records', () => {
  let t: TestApp;
  let force: TaskForce;
  let firstAid: Record<string, any>;
  let monthly: Record<string, any>;
  let ethics: Record<string, any>;

  const count = async (table: 'courses' | 'training_records') => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const createCourse = (input: Record<string, unknown>, token = force.tokens.ncshpAdmin) => t.gql(CREATE_COURSE, { input }, token);
  const record = (args: Record<string, unknown>, token = force.tokens.ncshpLead) =>
    t.gql(RECORD_TRAINING, { userId: force.users.ncshpOfficer, courseId: firstAid.id, completedOn: '2026-01-10T00:00:00.000Z', evidence: 'Certificate FA-7731', ...args }, token);
  const records = (vars: Record<string, unknown>, token: string) => t.gql(RECORDS, vars, token);

  /** A refusal: its code and field, and no row written in the table. */
  async function expectRefused(table: 'courses' | 'training_records', act: () => Promise<GqlResponse>, code: string, field?: string) {
    const before = await count(table);
    const error = errorOf(await act());
    expect(error.extensions?.code).toBe(code);
    if (field) expect(error.extensions?.field).toBe(field);
    expect(await count(table)).toBe(before);
  }

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    firstAid = (await gqlData(t, CREATE_COURSE, { input: { code: ' FA-101 ', title: ' First aid ', validityMonths: 24, requiredFor: ['CHECKPOINT', 'CHECKPOINT', 'WARRANT_SERVICE'] } }, force.tokens.ncshpAdmin)).createCourse;
    monthly = (await gqlData(t, CREATE_COURSE, { input: { code: 'RAD-1', title: 'Radio check', validityMonths: 1, requiredFor: [] } }, force.tokens.ncshpAdmin)).createCourse;
    ethics = (await gqlData(t, CREATE_COURSE, { input: { code: 'ETH', title: 'Ethics', validityMonths: null, requiredFor: ['OTHER'] } }, force.tokens.ncshpAdmin)).createCourse;
  });
  afterAll(() => t.close());

  describe('courses', () => {
    it('ADMIN creates a course: trimmed, required-for without repeats, null validity never lapses; anyone signed in lists them by code', async () => {
      expect(firstAid).toEqual({ id: expect.any(String), code: 'FA-101', title: 'First aid', validityMonths: 24, requiredFor: ['CHECKPOINT', 'WARRANT_SERVICE'] });
      expect(ethics.validityMonths).toBeNull();
      const listed = (await gqlData(t, COURSES, {}, force.tokens.ncshpOfficer)).courses;
      expect(listed.map((course: { code: string }) => course.code)).toEqual(['ETH', 'FA-101', 'RAD-1']);
      expect(listed[1]).toEqual(firstAid);
      expect(errorOf(await t.gql(COURSES, {}, null)).extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('only ADMIN creates courses', async () => {
      for (const who of ['ncshpLead', 'ncshpPlanner', 'ncshpOfficer', 'oversight'] as const) {
        await expectRefused('courses', () => createCourse({ code: `X-${who}`, title: 'Nope', requiredFor: [] }, force.tokens[who]), 'FORBIDDEN');
      }
    });

    it('refuses a code used twice, in any case, naming input.code', async () => {
      await expectRefused('courses', () => createCourse({ code: 'fa-101', title: 'Another first aid', validityMonths: 12, requiredFor: [] }), 'BAD_USER_INPUT', 'input.code');
      await expectRefused('courses', () => createCourse({ code: '  Rad-1 ', title: 'Radios', requiredFor: [] }), 'BAD_USER_INPUT', 'input.code');
    });

    it('refuses a blank code or title and a validity that is not a positive whole number of months, naming the field', async () => {
      await expectRefused('courses', () => createCourse({ code: '  ', title: 'Blank', requiredFor: [] }), 'BAD_USER_INPUT', 'input.code');
      await expectRefused('courses', () => createCourse({ code: 'T-1', title: ' ', requiredFor: [] }), 'BAD_USER_INPUT', 'input.title');
      await expectRefused('courses', () => createCourse({ code: 'T-1', title: 'Zero', validityMonths: 0, requiredFor: [] }), 'BAD_USER_INPUT', 'input.validityMonths');
      await expectRefused('courses', () => createCourse({ code: 'T-1', title: 'Negative', validityMonths: -6, requiredFor: [] }), 'BAD_USER_INPUT', 'input.validityMonths');
      await expectRefused('courses', () => createCourse({ code: 'T-1', title: 'Bad type', requiredFor: ['PARADE'] }), 'BAD_USER_INPUT');
    });
  });

  describe('recording training', () => {
    it("the trainee's agency lead records it; it lapses at the end of the day the course's validity after completion, stored", async () => {
      const created = (await gqlData(t, RECORD_TRAINING, { userId: force.users.ncshpOfficer, courseId: firstAid.id, completedOn: '2025-05-20T00:00:00.000Z', evidence: '  Certificate FA-7731 ' }, force.tokens.ncshpLead)).recordTraining;
      expect(created).toEqual({
        id: expect.any(String),
        completedOn: '2025-05-20T00:00:00.000Z',
        // The last instant of 20 May 2027 where the task force works (EDT).
        expiresOn: '2027-05-21T03:59:59.999Z',
        evidence: 'Certificate FA-7731',
        user: { id: force.users.ncshpOfficer },
        course: { id: firstAid.id, code: 'FA-101' },
        recordedBy: { id: force.users.ncshpLead },
      });
      const [row] = await t.db.query(`SELECT expires_on, recorded_by_id FROM training_records WHERE id = $1`, [created.id]);
      expect(row.expires_on.toISOString()).toBe('2027-05-21T03:59:59.999Z');
      expect(row.recorded_by_id).toBe(force.users.ncshpLead);
    });

    it('computes the expiry at month ends: the last day of a shorter month; null for a course that never lapses', async () => {
      const expiry = async (courseId: string, completedOn: string) => (await gqlData(t, RECORD_TRAINING, { userId: force.users.ncshpPlanner, courseId, completedOn, evidence: 'Roster' }, force.tokens.ncshpLead)).recordTraining.expiresOn;
      // The end of 28 February 2026, 29 February 2024 and 28 February 2026 in EST.
      expect(await expiry(monthly.id, '2026-01-31T00:00:00.000Z')).toBe('2026-03-01T04:59:59.999Z');
      expect(await expiry(monthly.id, '2024-01-31T00:00:00.000Z')).toBe('2024-03-01T04:59:59.999Z');
      expect(await expiry(firstAid.id, '2024-02-29T00:00:00.000Z')).toBe('2026-03-01T04:59:59.999Z');
      expect(await expiry(ethics.id, '2020-06-01T00:00:00.000Z')).toBeNull();
    });

    it('ADMIN records for anyone; planners, officers and OVERSIGHT record for no one', async () => {
      const byAdmin = (await gqlData(t, RECORD_TRAINING, { userId: force.users.cbpPlanner, courseId: ethics.id, completedOn: '2026-02-01T00:00:00.000Z', evidence: 'Class roster' }, force.tokens.ncshpAdmin)).recordTraining;
      expect(byAdmin.recordedBy).toEqual({ id: force.users.ncshpAdmin });
      for (const who of ['ncshpPlanner', 'ncshpOfficer', 'oversight', 'cbpPlanner'] as const) {
        await expectRefused('training_records', () => record({ userId: force.users[who] }, force.tokens[who]), 'FORBIDDEN');
        await expectRefused('training_records', () => record({}, force.tokens[who]), 'FORBIDDEN');
      }
    });

    it('refuses a lead recording for a person of another agency, naming userId', async () => {
      await expectRefused('training_records', () => record({}, force.tokens.cbpLead), 'BAD_USER_INPUT', 'userId');
      await expectRefused('training_records', () => record({ userId: force.users.cbpPlanner }), 'BAD_USER_INPUT', 'userId');
    });

    it("refuses a completion in the future by the server's Clock, naming completedOn", async () => {
      await expectRefused('training_records', () => asAt(t, '2026-06-15T12:00:00Z', () => record({ completedOn: '2026-06-16T00:00:00.000Z' })), 'BAD_USER_INPUT', 'completedOn');
      await expectRefused('training_records', () => record({ completedOn: new Date(Date.now() + 2 * 86_400_000).toISOString() }), 'BAD_USER_INPUT', 'completedOn');
      const today = (await asAt(t, '2026-06-15T12:00:00Z', () => record({ completedOn: '2026-06-15T00:00:00.000Z' }))).data?.recordTraining;
      expect(today.completedOn).toBe('2026-06-15T00:00:00.000Z');
    });

    it('keeps the completion as a calendar date: a time of day given is dropped', async () => {
      const created = (await gqlData(t, RECORD_TRAINING, { userId: force.users.ncshpOfficer, courseId: firstAid.id, completedOn: '2026-01-10T14:30:00.000Z', evidence: 'Roster' }, force.tokens.ncshpLead)).recordTraining;
      expect(created).toMatchObject({ completedOn: '2026-01-10T00:00:00.000Z', expiresOn: '2028-01-11T04:59:59.999Z' });
    });

    it('moves stored records to whole days when the migration runs: completion at midnight UTC, expiry at the end of its day in the zone', async () => {
      const runner = t.app.get(DataSource).createQueryRunner();
      await runner.startTransaction();
      try {
        const insert = async (courseId: string, completedOn: string, expiresOn: string | null) =>
          (
            await runner.query(`INSERT INTO training_records (user_id, course_id, completed_on, expires_on, evidence, recorded_by_id) VALUES ($1, $2, $3, $4, 'Old', $5) RETURNING id`, [
              force.users.ncshpOfficer,
              courseId,
              completedOn,
              expiresOn,
              force.users.ncshpAdmin,
            ])
          )[0].id as string;
        const ids = [
          await insert(firstAid.id, '2025-07-04T14:00:00Z', '2027-07-04T14:00:00Z'),
          await insert(firstAid.id, '2024-12-01T00:00:00Z', '2026-12-01T00:00:00Z'),
          await insert(ethics.id, '2025-12-31T23:00:00Z', null),
          // Already at the end of its day (recorded by this version): left as it is.
          await insert(firstAid.id, '2025-05-20T00:00:00Z', '2027-05-21T03:59:59.999Z'),
        ];
        await new TrainingExpiryDays1765040000000().up(runner);
        const rows = await runner.query(`SELECT id, completed_on, expires_on FROM training_records WHERE id = ANY($1::uuid[])`, [ids]);
        const byId = new Map(rows.map((r: { id: string; completed_on: Date; expires_on: Date | null }) => [r.id, [r.completed_on.toISOString(), r.expires_on?.toISOString() ?? null]]));
        expect(ids.map((id) => byId.get(id))).toEqual([
          ['2025-07-04T00:00:00.000Z', '2027-07-05T03:59:59.999Z'],
          ['2024-12-01T00:00:00.000Z', '2026-12-02T04:59:59.999Z'],
          ['2025-12-31T00:00:00.000Z', null],
          ['2025-05-20T00:00:00.000Z', '2027-05-21T03:59:59.999Z'],
        ]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('refuses an unknown person or course and blank or overlong evidence, naming the field', async () => {
      await expectRefused('training_records', () => record({ userId: MISSING_ID }), 'BAD_USER_INPUT', 'userId');
      await expectRefused('training_records', () => record({ userId: MISSING_ID }, force.tokens.ncshpAdmin), 'BAD_USER_INPUT', 'userId');
      await expectRefused('training_records', () => record({ userId: 'not-an-id' }), 'BAD_USER_INPUT', 'userId');
      await expectRefused('training_records', () => record({ courseId: MISSING_ID }), 'BAD_USER_INPUT', 'courseId');
      await expectRefused('training_records', () => record({ courseId: 'nope' }), 'BAD_USER_INPUT', 'courseId');
      await expectRefused('training_records', () => record({ evidence: '   ' }), 'BAD_USER_INPUT', 'evidence');
      await expectRefused('training_records', () => record({ evidence: 'e'.repeat(1001) }), 'BAD_USER_INPUT', 'evidence');
    });

    it('announces READINESS_CHANGED on a draft plan where the trainee holds a role, keeping its revision and content hash', async () => {
      const plan = await createPlan(t, force, { title: 'Training readiness' });
      await gqlData(t, `mutation($p: ID!, $input: RoleAssignmentInput!) { addRole(planId: $p, input: $input) { id } }`, { p: plan.id, input: { agencyId: force.agencies.ncshp, title: 'Medic', assigneeId: force.users.ncshpOfficer } }, force.tokens.ncshpPlanner);
      const other = await createPlan(t, force, { title: 'No role for the trainee' });
      const start = await planHead(t, plan.id, force.tokens.ncshpPlanner);
      const otherStart = await planHead(t, other.id, force.tokens.ncshpPlanner);

      const created = (await record({ courseId: ethics.id })).data?.recordTraining;
      const { head, events } = await changesSince(t, plan.id, start, force.tokens.ncshpPlanner);
      expect(events.map(({ seq, type, entityType, entityId, revision }) => ({ seq, type, entityType, entityId, revision }))).toEqual([
        { seq: start.lastSeq + 1, type: 'READINESS_CHANGED', entityType: 'PLAN', entityId: plan.id, revision: start.revision },
      ]);
      expect(head).toEqual({ revision: start.revision, lastSeq: start.lastSeq + 1, contentHash: start.contentHash });
      const [stored] = await t.db.query(`SELECT data FROM plan_events WHERE plan_id = $1 AND seq = $2`, [plan.id, head.lastSeq]);
      expect(stored.data.cause).toEqual({ kind: 'TRAINING', id: created.id });
      expect(await planHead(t, other.id, force.tokens.ncshpPlanner)).toEqual(otherStart);
    });
  });

  describe('reading records', () => {
    let officerRecords: number;

    beforeAll(async () => {
      officerRecords = (await t.db.query(`SELECT count(*)::int AS n FROM training_records WHERE user_id = $1`, [force.users.ncshpOfficer]))[0].n;
    });

    it("of a person: the person, their agency's lead, ADMIN and OVERSIGHT; newest completion first", async () => {
      for (const who of ['ncshpOfficer', 'ncshpLead', 'ncshpAdmin', 'oversight'] as const) {
        const list = (await gqlData(t, RECORDS, { userId: force.users.ncshpOfficer }, force.tokens[who])).trainingRecords;
        expect(list).toHaveLength(officerRecords);
        expect(list.every((r: any) => r.user.id === force.users.ncshpOfficer)).toBe(true);
        const dates = list.map((r: any) => r.completedOn);
        expect([...dates].sort().reverse()).toEqual(dates);
      }
      expect((await gqlData(t, RECORDS, {}, force.tokens.ncshpOfficer)).trainingRecords).toHaveLength(officerRecords);
    });

    it("refuses a colleague who is no lead, another agency's lead, and a person who does not exist", async () => {
      for (const who of ['ncshpPlanner', 'cbpLead', 'cbpPlanner'] as const) {
        expect(errorOf(await records({ userId: force.users.ncshpOfficer }, force.tokens[who])).extensions?.code).toBe('FORBIDDEN');
      }
      expect(errorOf(await records({ userId: MISSING_ID }, force.tokens.ncshpLead)).extensions?.code).toBe('FORBIDDEN');
      expect((await gqlData(t, RECORDS, { userId: MISSING_ID }, force.tokens.oversight)).trainingRecords).toEqual([]);
    });

    it("of an agency: its lead, ADMIN and OVERSIGHT, every person now in it; no one else", async () => {
      const ncshpTotal = (await t.db.query(`SELECT count(*)::int AS n FROM training_records r JOIN users u ON u.id = r.user_id WHERE u.agency_id = $1`, [force.agencies.ncshp]))[0].n;
      expect(ncshpTotal).toBeGreaterThan(officerRecords);
      for (const who of ['ncshpLead', 'ncshpAdmin', 'oversight'] as const) {
        const list = (await gqlData(t, RECORDS, { agencyId: force.agencies.ncshp }, force.tokens[who])).trainingRecords;
        expect(list).toHaveLength(ncshpTotal);
      }
      for (const who of ['cbpLead', 'ncshpPlanner', 'ncshpOfficer'] as const) {
        expect(errorOf(await records({ agencyId: force.agencies.ncshp }, force.tokens[who])).extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('refuses both a person and an agency, and ids that are not ids, naming the field', async () => {
      const both = errorOf(await records({ userId: force.users.ncshpOfficer, agencyId: force.agencies.ncshp }, force.tokens.ncshpAdmin));
      expect([both.extensions?.code, both.extensions?.field]).toEqual(['BAD_USER_INPUT', 'agencyId']);
      const badAgency = errorOf(await records({ agencyId: 'x' }, force.tokens.ncshpAdmin));
      expect([badAgency.extensions?.code, badAgency.extensions?.field]).toEqual(['BAD_USER_INPUT', 'agencyId']);
      const badUser = errorOf(await records({ userId: 'x' }, force.tokens.ncshpAdmin));
      expect([badUser.extensions?.code, badUser.extensions?.field]).toEqual(['BAD_USER_INPUT', 'userId']);
    });

    it("reads a record's person, course and recorder in batches: as many statements for many records as for a few", async () => {
      const statements = async (agencyId: string) => {
        const { result, statements: sent } = await statementsDuring(() => records({ agencyId }, force.tokens.ncshpAdmin));
        expect(result.errors).toBeUndefined();
        // A batch's IN list grows with the records; its statement is still one.
        const sql = withoutBackgroundWrites(sent).map((text) => text.replace(/\$\d+(, \$\d+)*/g, '$n'));
        return { sql, rows: result.data?.trainingRecords.length as number };
      };
      const few = await statements(force.agencies.cbp);
      const many = await statements(force.agencies.ncshp);
      expect(many.rows).toBeGreaterThan(few.rows);
      // The same statements in the same order (a failure shows which one was added).
      expect(many.sql).toEqual(few.sql);
    });
  });
});
