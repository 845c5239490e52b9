import { activePlan, SAVE_DEBRIEF } from './support/operation';
import { errorOf, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const HOUR = 3_600_000;
const DEBRIEF_ROWS = `SELECT d.id, d.version, d.incidents, d.last_step, md5(d::text) AS digest FROM debriefs d WHERE plan_id = $1 ORDER BY id`;
const FOOTPRINT = `SELECT p.last_seq, (SELECT count(*)::int FROM plan_events e WHERE e.plan_id = p.id) AS events FROM plans p WHERE p.id = $1`;

/**
 * Issue 13, item 13: an incident belongs to the operation (its window, 12 hours either side; the
 * rule is libs/domain's `incidentWindowSchema`), and a draft remembers the wizard's furthest step.
 */
describe('debriefs: incident times and the resumed step', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;
  let objectiveId: string;
  let windowStart: number;
  let windowEnd: number;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    ({ planId, objectiveId } = await activePlan(t, force));
    const plan = (await gqlData(t, `query($id: ID!) { plan(id: $id) { startsAt endsAt } }`, { id: planId }, force.tokens.ncshpOfficer)).plan;
    windowStart = Date.parse(plan.startsAt);
    windowEnd = Date.parse(plan.endsAt);
  });
  afterAll(() => t.close());

  const incident = (at: number) => ({ type: 'SAFETY', occurredAt: new Date(at).toISOString(), description: 'Near miss at the ramp', reportedTo: 'Shift supervisor' });
  const save = (token: string, input: Record<string, unknown>, version: number | null = null) => t.gql(SAVE_DEBRIEF, { p: planId, input, v: version }, token);
  const stored = async () => ({ rows: await t.db.query(DEBRIEF_ROWS, [planId]), log: await t.db.query(FOOTPRINT, [planId]) });

  it('refuses an incident six months before the window with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const before = await stored();
    const result = await save(force.tokens.ncshpOfficer, {
      outcomes: [{ objectiveId, outcome: 'MET' }],
      incidents: [incident(windowStart + HOUR), incident(windowStart - 183 * 24 * HOUR)],
    });
    const error = errorOf(result);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.incidents[1].occurredAt');
    expect(error.message).toBe('An incident must fall within 12 hours of the operation: its planned window or the time it ran.');
    expect(result.data?.saveDebrief ?? null).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('accepts an incident when the operation ran, though that was months before its window (it was activated early)', async () => {
    // The plan was activated just now and its window is in 2027: an hour ago falls in the 12 hours before it ran.
    const result = await save(force.tokens.ncshpLead, { incidents: [incident(Date.now() - HOUR)] });
    expect(result.errors).toBeUndefined();
    // Thirteen hours before the activation, it was not.
    const [activation] = await t.db.query(`SELECT max(at) AS at FROM plan_events WHERE plan_id = $1 AND type = 'PLAN_ACTIVATED'`, [planId]);
    const early = await save(force.tokens.ncshpLead, { incidents: [incident(new Date(activation.at).getTime() - 13 * HOUR)] }, (result.data!.saveDebrief as { version: number }).version);
    expect(errorOf(early).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.incidents[0].occurredAt' });
  });

  it('accepts an incident 11 hours before the window starts; refuses one 13 hours after it ends, leaving the draft as it was', async () => {
    const first = await save(force.tokens.cbpPlanner, { incidents: [incident(windowStart - 11 * HOUR)] });
    expect(first.errors).toBeUndefined();
    const draft = first.data!.saveDebrief as { id: string; version: number };
    const [row] = await t.db.query(`SELECT incidents FROM debriefs WHERE id = $1`, [draft.id]);
    expect(row.incidents.map((i: { occurredAt: string }) => Date.parse(i.occurredAt))).toEqual([windowStart - 11 * HOUR]);

    const before = await stored();
    const late = await save(force.tokens.cbpPlanner, { incidents: [incident(windowStart - 11 * HOUR), incident(windowEnd + 13 * HOUR)] }, draft.version);
    expect(errorOf(late).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.incidents[1].occurredAt' });
    expect(await stored()).toEqual(before);

    // The edges themselves are inside: exactly 12 hours either side.
    const edges = await save(force.tokens.cbpPlanner, { incidents: [incident(windowStart - 12 * HOUR), incident(windowEnd + 12 * HOUR)] }, draft.version);
    expect(edges.errors).toBeUndefined();
  });

  it('stores the furthest step reached with the draft and serves it back; refuses a step past review', async () => {
    const token = force.tokens.ncshpPlanner;
    const READ = `query($id: ID!) { plan(id: $id) { debriefs { id lastStep author { id } } } }`;
    const saved = (await gqlData(t, SAVE_DEBRIEF, { p: planId, input: { outcomes: [{ objectiveId, outcome: 'MET' }], lastStep: 2 } }, token)).saveDebrief;
    const mine = (await gqlData(t, READ, { id: planId }, token)).plan.debriefs.find((d: { id: string }) => d.id === saved.id);
    expect(mine.lastStep).toBe(2);

    // One objective: steps 0 (the objective) to 5 (review).
    const before = await stored();
    const tooFar = await save(token, { lastStep: 6 }, saved.version);
    expect(errorOf(tooFar).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lastStep' });
    const negative = await save(token, { lastStep: -1 }, saved.version);
    expect(errorOf(negative).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lastStep' });
    expect(await stored()).toEqual(before);

    // Leaving lastStep out keeps it.
    await gqlData(t, SAVE_DEBRIEF, { p: planId, input: { narrative: 'Quiet shift' }, v: saved.version }, token);
    expect((await gqlData(t, READ, { id: planId }, token)).plan.debriefs.find((d: { id: string }) => d.id === saved.id).lastStep).toBe(2);
  });
});
