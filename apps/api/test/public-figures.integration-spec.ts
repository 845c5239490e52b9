import { asAt } from './support/clock';
import { recordComplaints } from './support/complaint-rows';
import { activePlan, closeOperation, SAVE_DEBRIEF, SUBMIT_DEBRIEF } from './support/operation';
import { approvedPlan, createPlan, gqlData, readyPlan, seedTaskForce, signInWcsoLead, submitPlan, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * publicTransparency (issue 17, item 4): published figures for anyone, without signing in. Only
 * operations ACTIVE, COMPLETED or CLOSED count; every count under 5 is suppressed, and so is every
 * count from which a suppressed one, or suppressed ones holding fewer than 5 together, could be
 * worked out by subtraction (from a total, or from the year's count and the other quarters').
 */

const COUNT = `{ value suppressed }`;
const BY = `{ key count ${COUNT} }`;
const FIGURES = `query($year: Int!, $quarter: Int) { publicTransparency(year: $year, quarter: $quarter) {
  year quarter years operations ${COUNT} operationsByType ${BY} operationsByStatus ${BY} incidentsByType ${BY}
  complaintsByCategory ${BY} complaintsByStatus ${BY} correctiveActionsOpen ${COUNT} correctiveActionsDone ${COUNT}
  agencies { shortName name } } }`;

type Count = { value: number | null; suppressed: boolean };
type By = Array<{ key: string; count: Count }>;

/** A breakdown as key → value (null when suppressed), checking that suppressed and null go together. */
function shown(list: By): Record<string, number | null> {
  for (const { count } of list) expect(count.suppressed).toBe(count.value === null);
  return Object.fromEntries(list.map(({ key, count }) => [key, count.value]));
}

const window = (day: string) => ({ startsAt: `${day}T06:00:00Z`, endsAt: `${day}T18:00:00Z` });

describe('publicTransparency', () => {
  let t: TestApp;
  let force: TaskForce;
  const thisYear = new Date().getUTCFullYear();
  const figures = async (year: number, quarter: number | null = null, token: string | null = null) => {
    const result = await t.gql(FIGURES, { year, quarter }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.publicTransparency;
  };

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    // A ready plan here has WCSO taking part: it needs an agency lead to sign (AGENCY_WITHOUT_LEAD).
    await signInWcsoLead(t, force);
    const lead = force.tokens.ncshpLead;
    // 2026, published: three ACTIVE checkpoints in Q1 (one with a use of force reported), two
    // COMPLETED operations in Q2 (a checkpoint and a transport), one CLOSED checkpoint in Q3 (with one open corrective action).
    const first = await activePlan(t, force, { title: 'Operation Published One', ...window('2026-02-10') });
    await activePlan(t, force, window('2026-02-11'));
    await activePlan(t, force, window('2026-02-12'));
    const debrief = (
      await gqlData(
        t,
        SAVE_DEBRIEF,
        {
          p: first.planId,
          input: { outcomes: [{ objectiveId: first.objectiveId, outcome: 'MET' }], strengths: [], improvements: [], incidents: [{ type: 'USE_OF_FORCE', occurredAt: '2026-02-10T09:00:00Z', description: 'Handcuffs applied' }] },
        },
        force.tokens.ncshpOfficer,
      )
    ).saveDebrief;
    await gqlData(t, SUBMIT_DEBRIEF, { id: debrief.id, v: debrief.version }, force.tokens.ncshpOfficer);
    for (const [day, operationType] of [
      ['2026-05-05', 'CHECKPOINT'],
      ['2026-05-06', 'TRANSPORT'],
    ]) {
      const { planId } = await activePlan(t, force, { ...window(day), operationType });
      await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { status } }`, { p: planId }, lead);
    }
    const closed = await activePlan(t, force, window('2026-08-04'));
    await closeOperation(t, force, closed.planId);

    // Never published: a draft, a plan in review (both with WCSO taking part) and an approved plan, all in Q1 2026.
    await createPlan(t, force, { title: 'Operation Secret Draft', agencyIds: [force.agencies.wcso], ...window('2026-02-20') });
    const inReview = await readyPlan(t, force, { agencyIds: [force.agencies.wcso], ...window('2026-02-21') });
    await submitPlan(t, force, inReview.id);
    await approvedPlan(t, force, window('2026-02-22'));

    // Complaints of 2026 by status and quarter (all of one category), and one received a millisecond before 2026.
    const complaints: Array<[string, number, number]> = [
      // [status, quarter, count]
      ['RECEIVED', 1, 2],
      ['RECEIVED', 2, 6],
      ['RECEIVED', 3, 7],
      ['RECEIVED', 4, 5],
      ['UNDER_REVIEW', 2, 5],
      ['REFERRED', 2, 7],
      ['CLOSED', 2, 2],
    ];
    for (const [status, quarter, count] of complaints) {
      await recordComplaints(t, count, { status, receivedAt: `2026-${String(quarter * 3 - 1).padStart(2, '0')}-15T12:00:00Z` });
    }
    await recordComplaints(t, 1, { status: 'REFERRED', receivedAt: '2025-12-31T23:59:59.999Z' });
  }, 180_000);
  afterAll(() => t.close());

  it('answers anyone without signing in, and a signed-in caller the same, with counts and agency names only', async () => {
    const anonymous = await t.gql(FIGURES, { year: 2026 });
    expect(anonymous.status).toBe(200);
    expect(anonymous.errors).toBeUndefined();
    const signedIn = await figures(2026, null, force.tokens.ncshpPlanner);
    expect(anonymous.data!.publicTransparency).toEqual(signedIn);
    expect(signedIn.year).toBe(2026);
    expect(signedIn.quarter).toBeNull();
    expect(signedIn.years).toEqual(Array.from({ length: thisYear - 2025 }, (_, index) => thisYear - index));
    const text = JSON.stringify(signedIn);
    for (const title of ['Operation Published One', 'Operation Secret Draft', 'Operation Safe Corridor']) expect(text).not.toContain(title);
  });

  it('counts operations ACTIVE, COMPLETED or CLOSED in the period, never drafts, plans in review or approved plans', async () => {
    const year = await figures(2026);
    // Six published; with the draft, the plan in review and the approved plan it would be nine.
    expect(year.operations).toEqual({ value: 6, suppressed: false });
    // Five of them are checkpoints, but 6 - 5 would pick out the one of another type: hidden too.
    expect(year.operationsByType.find((row: { key: string }) => row.key === 'CHECKPOINT').count).toEqual({ value: null, suppressed: true });
    // WCSO takes part only in the draft and the plan in review.
    expect(year.agencies.map((agency: { shortName: string }) => agency.shortName)).toEqual(['CBP', 'NCSHP']);
    expect((await figures(2026, 1)).agencies.map((agency: { shortName: string }) => agency.shortName)).toEqual(['CBP', 'NCSHP']);
    expect((await figures(2026, 4)).agencies).toEqual([]);
  });

  it('lists every key of every breakdown, in a stable order, and suppresses every count under 5 (zero included)', async () => {
    const year = await figures(2026);
    expect(year.operationsByType.map((row: { key: string }) => row.key)).toEqual([
      'CARGO_INSPECTION',
      'CHECKPOINT',
      'WARRANT_SERVICE',
      'INVESTIGATION_SUPPORT',
      'SURVEILLANCE',
      'TRANSPORT',
      'TRAINING_EXERCISE',
      'OTHER',
      'UNSPECIFIED',
    ]);
    // 3 ACTIVE, 2 COMPLETED, 1 CLOSED: each under 5.
    expect(shown(year.operationsByStatus)).toEqual({ ACTIVE: null, COMPLETED: null, CLOSED: null });
    expect(shown(year.operationsByType)).toMatchObject({ CHECKPOINT: null, TRANSPORT: null, CARGO_INSPECTION: null, UNSPECIFIED: null });
    expect(year.incidentsByType.map((row: { key: string }) => row.key)).toEqual(['USE_OF_FORCE', 'INJURY', 'CIVIL_RIGHTS_COMPLAINT', 'PROPERTY_DAMAGE', 'DATA_HANDLING', 'SAFETY', 'OTHER']);
    expect(Object.values(shown(year.incidentsByType)).every((value) => value === null)).toBe(true);
    expect(year.correctiveActionsOpen).toEqual({ value: null, suppressed: true });
    expect(year.correctiveActionsDone).toEqual({ value: null, suppressed: true });
    expect(year.complaintsByStatus.map((row: { key: string }) => row.key)).toEqual(['RECEIVED', 'UNDER_REVIEW', 'REFERRED', 'CLOSED']);
    expect(year.complaintsByCategory).toHaveLength(8);
    // The third quarter's one operation, and the first quarter's three.
    expect((await figures(2026, 3)).operations).toEqual({ value: null, suppressed: true });
    expect((await figures(2026, 1)).operations).toEqual({ value: null, suppressed: true });
  });

  it('hides a second count when a single small one could be worked out from the total, and counts that would all be zero', async () => {
    const year = await figures(2026);
    // 34 complaints in 2026: 20 received, 5 under review, 7 referred, 2 closed (the one of 2025 is not counted).
    // The 2 alone would be 34 - 20 - 5 - 7: the smallest other count (5) is hidden too.
    expect(shown(year.complaintsByStatus)).toEqual({ RECEIVED: 20, UNDER_REVIEW: null, REFERRED: 7, CLOSED: null });
    // All 34 are of one category: the seven hidden zeros would be recoverable as zeros, so the 34 is hidden as well.
    expect(Object.values(shown(year.complaintsByCategory)).every((value) => value === null)).toBe(true);
    // The second quarter alone: 6, 5, 7, 2 (its 2 hides its 5, as above); and its 7 referred are the
    // year's 7 beside three quarters whose hidden counts would then be zeros, so they are hidden too.
    expect(shown((await figures(2026, 2)).complaintsByStatus)).toEqual({ RECEIVED: 6, UNDER_REVIEW: null, REFERRED: null, CLOSED: null });
  });

  it('refuses a quarter outside 1-4 and a year before the first operation or after this one, naming the argument, with nothing else', async () => {
    const refused = async (variables: Record<string, unknown>, at?: string) => {
      const result = at ? await asAt(t, at, () => t.gql(FIGURES, variables)) : await t.gql(FIGURES, variables);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
      return result.errors![0];
    };
    for (const quarter of [0, 5, -1]) {
      const error = await refused({ year: 2026, quarter });
      expect(error.extensions!.field).toBe('quarter');
      expect(error.message).toContain('quarter must be 1, 2, 3 or 4');
    }
    expect(error(await refused({ year: 2025 }))).toEqual({ field: 'year', message: expect.stringContaining('figures are published from the year of the first operation') });
    expect((await refused({ year: thisYear + 1 })).extensions!.field).toBe('year');
    // "This year" is the server's Clock's.
    const asOf2027 = await refused({ year: 2025 }, '2027-03-01T00:00:00Z');
    expect(asOf2027.message).toBe('The year must be from 2026 to 2027: figures are published from the year of the first operation to this one.');
    const asOf2026 = await refused({ year: 2027 }, '2026-06-01T00:00:00Z');
    expect(asOf2026.message).toBe('The year must be 2026: figures are published from the year of the first operation.');
    const both = await refused({ year: 1999, quarter: 9 });
    expect(both.extensions!.violations.map((violation: { field: string }) => violation.field)).toEqual(['quarter', 'year']);
  });
});

function error(found: { message: string; extensions?: Record<string, any> }) {
  return { field: found.extensions?.field, message: found.message };
}
