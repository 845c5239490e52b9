import { activePlan } from './support/operation';
import { errorOf, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const HOUR = 3_600_000;
const SAVE = `mutation($p: ID!, $input: DebriefInput!, $v: Int) { saveDebrief(planId: $p, input: $input, expectedVersion: $v) { id version incidents { type location } } }`;
const READ = `query($id: ID!) { plan(id: $id) { debriefs { id author { id } incidents { description location } } } }`;
const STORED = `SELECT d.id, d.version, d.incidents, md5(d::text) AS digest FROM debriefs d WHERE plan_id = $1 ORDER BY id`;
const FOOTPRINT = `SELECT p.last_seq, p.version, (SELECT count(*)::int FROM plan_events e WHERE e.plan_id = p.id) AS events FROM plans p WHERE p.id = $1`;

/**
 * Issue 20: an incident of a debrief may say where it happened, a WGS 84 [longitude, latitude]
 * (libs/domain's positionSchema, the one the wizard checks with). Stored and served back in that
 * order; anything but two numbers in range is refused naming the field, with nothing written.
 */
describe('debriefs: an incident location', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;
  let at: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    ({ planId } = await activePlan(t, force));
    const plan = (await gqlData(t, `query($id: ID!) { plan(id: $id) { startsAt } }`, { id: planId }, force.tokens.ncshpOfficer)).plan;
    at = new Date(Date.parse(plan.startsAt) + HOUR).toISOString();
  });
  afterAll(() => t.close());

  const incident = (extra: Record<string, unknown> = {}) => ({ type: 'SAFETY', occurredAt: at, description: 'Near miss at the ramp', ...extra });
  const save = (token: string, incidents: unknown[], version: number | null = null) => t.gql(SAVE, { p: planId, input: { incidents }, v: version }, token);
  const stored = async () => ({ rows: await t.db.query(STORED, [planId]), log: await t.db.query(FOOTPRINT, [planId]) });

  it('stores [longitude, latitude] as given and serves it back in that order; an incident without one reads null', async () => {
    const token = force.tokens.ncshpOfficer;
    const result = await save(token, [incident({ location: [-78.63818, 35.77961] }), incident({ description: 'No place noted' })]);
    expect(result.errors).toBeUndefined();
    const saved = result.data!.saveDebrief as { id: string; incidents: Array<{ location: number[] | null }> };
    expect(saved.incidents.map((i) => i.location)).toEqual([[-78.63818, 35.77961], null]);

    const [row] = await t.db.query(`SELECT incidents FROM debriefs WHERE id = $1`, [saved.id]);
    expect(row.incidents[0].location).toEqual([-78.63818, 35.77961]);

    const read = (await gqlData(t, READ, { id: planId }, token)).plan.debriefs.find((d: { id: string }) => d.id === saved.id);
    expect(read.incidents).toEqual([
      { description: 'Near miss at the ramp', location: [-78.63818, 35.77961] },
      { description: 'No place noted', location: null },
    ]);
  });

  it('takes the edges of the range: longitude ±180, latitude ±90', async () => {
    const result = await save(force.tokens.cbpPlanner, [incident({ location: [180, -90] }), incident({ location: [-180, 90] })]);
    expect(result.errors).toBeUndefined();
    expect((result.data!.saveDebrief as { incidents: Array<{ location: number[] }> }).incidents.map((i) => i.location)).toEqual([
      [180, -90],
      [-180, 90],
    ]);
  });

  it.each([
    ['a latitude above 90', [-78.6, 90.5], 'location[1]', 'Latitude must be a number from −90 to 90.'],
    ['a latitude below -90', [-78.6, -91], 'location[1]', 'Latitude must be a number from −90 to 90.'],
    ['a longitude past 180', [180.01, 35.7], 'location[0]', 'Longitude must be a number from −180 to 180.'],
    ['the pair the wrong way round, latitude first', [35.7, -278.6], 'location[1]', 'Latitude must be a number from −90 to 90.'],
    ['three numbers', [-78.6, 35.7, 120], 'location', 'A point is [longitude, latitude]: two numbers.'],
    ['one number', [-78.6], 'location', 'A point is [longitude, latitude]: two numbers.'],
    ['no numbers', [], 'location', 'A point is [longitude, latitude]: two numbers.'],
  ])('refuses %s with BAD_USER_INPUT naming input.incidents[0].location, and writes nothing', async (_what, location, field, message) => {
    const token = force.tokens.ncshpPlanner;
    const before = await stored();
    const result = await save(token, [incident({ location })]);
    const error = errorOf(result);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(`input.incidents[0].${field}`);
    expect(error.message).toBe(message);
    expect(result.data?.saveDebrief ?? null).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it('refuses a second incident out of range naming its own index, leaving the saved draft as it was', async () => {
    const token = force.tokens.ncshpLead;
    const first = await save(token, [incident({ location: [-78.6, 35.7] })]);
    expect(first.errors).toBeUndefined();
    const draft = first.data!.saveDebrief as { version: number };
    const before = await stored();
    const result = await save(token, [incident({ location: [-78.6, 35.7] }), incident({ location: [-78.6, 135.7] })], draft.version);
    expect(errorOf(result).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.incidents[1].location[1]' });
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['a string', [-78.6, 'north']],
    ['a null inside the pair', [-78.6, null]],
    ['a pair of pairs', [[-78.6, 35.7]]],
    ['an object', { lon: -78.6, lat: 35.7 }],
  ])('refuses %s (not numbers) with BAD_USER_INPUT naming the location, and writes nothing', async (_what, location) => {
    const before = await stored();
    const result = await save(force.tokens.ncshpPlanner, [incident({ location })]);
    const error = errorOf(result);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    // Refused while GraphQL reads the variables, before any resolver: the message names the path.
    // Refused as GraphQL reads the variables, before any resolver, still naming the field.
    expect(error.extensions?.field).toMatch(/^input\.incidents\[0\]\.location(\[\d\])?$/);
    expect(result.data?.saveDebrief ?? null).toBeNull();
    expect(await stored()).toEqual(before);
  });
});
