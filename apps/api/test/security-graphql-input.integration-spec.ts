import { approvedPlan, createPlan, gqlData, planFootprint, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, wsRequest, type GqlResponse, type TestApp } from './support/test-app';

const NUL = 'Stop 14\u0000; basis recorded';
const LONE_SURROGATE = 'Interpreter \ud800 arrived';

/** Text-bearing mutations of an active plan, each with the variables that carry `text` and the field that names it. */
function textMutations(planId: string, objectiveId: string, text: string): Array<[string, string, Record<string, unknown>, string]> {
  return [
    ['logActivity', `mutation($p: ID!, $text: String!) { logActivity(planId: $p, text: $text) { id } }`, { p: planId, text }, 'text'],
    ['saveDebrief', `mutation($p: ID!, $input: DebriefInput!) { saveDebrief(planId: $p, input: $input) { id } }`, { p: planId, input: { strengths: ['Clear briefing', text] } }, 'input.strengths[1]'],
    [
      'saveDebrief (incident)',
      `mutation($p: ID!, $input: DebriefInput!) { saveDebrief(planId: $p, input: $input) { id } }`,
      { p: planId, input: { outcomes: [{ objectiveId, outcome: 'MET', notes: 'ok' }], incidents: [{ type: 'SAFETY', occurredAt: '2027-03-01T09:00:00Z', description: text }] } },
      'input.incidents[0].description',
    ],
    ['updatePresence', `mutation($p: ID!, $focus: String) { updatePresence(planId: $p, focus: $focus) }`, { p: planId, focus: text }, 'focus'],
  ];
}

function expectRefused(result: GqlResponse, field: string): void {
  expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(result.errors?.[0].message).toMatch(/cannot be stored/);
  // Development mode shows unexpected errors' messages: none of the database's may reach the client.
  expect(JSON.stringify(result.errors)).not.toMatch(/byte sequence|0x00|surrogate must|SQL|QueryFailed/i);
}

describe('security: bad input answers BAD_USER_INPUT naming the field, with nothing written', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;
  let objectiveId: string;
  let activatedAt: Date;

  /** The plan, its parts and log, and the operation tables, straight from the database. */
  const everything = async () => ({
    plan: await planFootprint(t, planId),
    operation: await t.db.query(`SELECT (SELECT count(*)::int FROM activity_entries) AS activity, (SELECT count(*)::int FROM debriefs) AS debriefs, (SELECT count(*)::int FROM plans) AS plans`),
  });

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    const plan = await approvedPlan(t, force);
    planId = plan.id;
    await gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p: planId }, force.tokens.ncshpLead);
    const [row] = await t.db.query(`SELECT at FROM plan_events WHERE plan_id = $1 AND type = 'PLAN_ACTIVATED'`, [planId]);
    activatedAt = new Date(row.at);
    objectiveId = (await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id } } }`, { id: planId }, force.tokens.ncshpOfficer)).plan.objectives[0].id;
  });
  afterAll(() => t.close());

  describe.each([
    ['a NUL character', NUL],
    ['a lone surrogate', LONE_SURROGATE],
  ])('%s in a text field', (_name, text) => {
    it('is refused in variables over HTTP and over WebSocket, whichever mutation carries it', async () => {
      const before = await everything();
      for (const [name, query, variables, field] of textMutations(planId, objectiveId, text)) {
        const http = await t.gql(query, variables, force.tokens.ncshpOfficer);
        const ws = await wsRequest(t.wsClient(force.tokens.ncshpOfficer), query, variables);
        for (const result of [http, ws]) {
          expect([name, result.data ?? null]).toEqual([name, null]);
          expectRefused(result, field);
        }
      }
      expect(await everything()).toEqual(before);
    });

    it('is refused in a new plan and in an anonymous login alike', async () => {
      const before = await everything();
      const create = await t.gql(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { title: 'Plan', summary: text } }, force.tokens.ncshpPlanner);
      expectRefused(create, 'input.summary');
      const login = await t.gql(`mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`, { email: 'planner@ncshp.example', password: `${text}-long-enough` });
      expectRefused(login, 'password');
      expect(await everything()).toEqual(before);
    });
  });

  it('refuses a NUL written into the document itself, naming the argument path', async () => {
    const before = await everything();
    const query = `mutation($p: ID!) { saveDebrief(planId: $p, input: { narrative: "Filed\\u0000 after the hot wash" }) { id } }`;
    for (const result of [await t.gql(query, { p: planId }, force.tokens.ncshpOfficer), await wsRequest(t.wsClient(force.tokens.ncshpOfficer), query, { p: planId })]) {
      expectRefused(result, 'input.narrative');
    }
    expect(await everything()).toEqual(before);
  });

  it('names the field a variable fills, not the variable, over HTTP and over WebSocket', async () => {
    const before = await everything();
    const cases: Array<[string, Record<string, unknown>, string, string]> = [
      [`mutation($p: ID!, $f: String) { updatePresence(planId: $p, focus: $f) }`, { p: planId, f: `a${NUL}` }, 'focus', force.tokens.ncshpOfficer],
      [`mutation($x: ID!, $t: String!) { logActivity(planId: $x, text: $t) { id } }`, { x: planId, t: `Noted${NUL}` }, 'text', force.tokens.ncshpOfficer],
      [`mutation($i: ComplaintInput!) { fileComplaint(input: $i) { trackingCode } }`, { i: { category: 'RUDENESS', occurredAt: '2026-11-01T10:00:00Z', location: 'I-40', description: 'x' } }, 'input.category', ''],
    ];
    for (const [query, variables, field, token] of cases) {
      for (const result of [await t.gql(query, variables, token || undefined), await wsRequest(t.wsClient(token || force.tokens.ncshpOfficer), query, variables)]) {
        expect([field, result.errors?.[0].extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      }
    }
    expect(await everything()).toEqual(before);
  });

  it('answers a malformed id that reaches the database without a 500 and without SQL', async () => {
    const result = await t.gql(`{ users(agencyId: "not-a-uuid") { id } }`, {}, force.tokens.ncshpAdmin);
    expect(result.status).toBe(200);
    expect(result.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result)).not.toMatch(/invalid input syntax|uuid|SELECT|QueryFailed/i);
  });

  describe('DateTime', () => {
    it('refuses an impossible calendar date instead of rolling it over, naming the field', async () => {
      const before = await everything();
      const input = { title: 'Leap check', startsAt: '2027-02-30T10:00:00Z', endsAt: '2027-03-01T18:00:00Z' };
      const query = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id startsAt } }`;
      for (const result of [await t.gql(query, { input }, force.tokens.ncshpPlanner), await wsRequest(t.wsClient(force.tokens.ncshpPlanner), query, { input })]) {
        expect(result.data?.createPlan).toBeUndefined();
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
        expect(result.errors?.[0].message).toMatch(/February 2027 has 28 days/);
      }
      const literal = await t.gql(`mutation { createPlan(input: { title: "Leap check", startsAt: "2027-04-31T10:00:00Z" }) { id } }`, {}, force.tokens.ncshpPlanner);
      expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(literal.errors?.[0].message).toMatch(/April 2027 has 30 days/);
      for (const bad of ['2027-13-01T10:00:00Z', '2027-03-01T24:00:00Z', '2027-03-01T10:60:00Z', '2027-03-01T10:00:00+25:00']) {
        const result = await t.gql(query, { input: { ...input, startsAt: bad } }, force.tokens.ncshpPlanner);
        expect([bad, result.errors?.[0].extensions?.field]).toEqual([bad, 'input.startsAt']);
      }
      expect(await everything()).toEqual(before);
    });

    it('keeps real dates, such as 29 February of a leap year, with any offset', async () => {
      const plan = await createPlan(t, force, { title: 'Leap day', startsAt: '2028-02-29T10:00:00-05:00', endsAt: '2028-02-29T18:00:00Z' });
      expect(plan.startsAt).toBe('2028-02-29T15:00:00.000Z');
    });
  });

  describe('logActivity at', () => {
    const LOG = `mutation($p: ID!, $at: DateTime) { logActivity(planId: $p, text: "Briefing held", at: $at) { id at } }`;

    it('refuses an entry dated before the plan was activated, naming at, and writes nothing', async () => {
      const before = await everything();
      const minuteOfActivation = Math.floor(activatedAt.getTime() / 60_000) * 60_000;
      for (const at of ['2000-01-01T00:00:00Z', new Date(minuteOfActivation - 1000).toISOString()]) {
        const result = await t.gql(LOG, { p: planId, at }, force.tokens.ncshpOfficer);
        expect(result.data?.logActivity).toBeUndefined();
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
        // The time of activation in the plan's zone, as the page shows times (not an ISO string).
        expect(result.errors?.[0].message).toMatch(/^An entry cannot be dated before the operation was activated \([A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M [A-Z]{3,4}\)\.$/);
      }
      expect(await everything()).toEqual(before);
    });

    it('refuses an entry dated in the future beyond a minute of clock skew', async () => {
      const result = await t.gql(LOG, { p: planId, at: new Date(Date.now() + 10 * 60_000).toISOString() }, force.tokens.ncshpOfficer);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
    });

    it('accepts an entry between the activation and now, and one in the minute of activation, as a time input sends it', async () => {
      for (const at of [new Date(Math.max(activatedAt.getTime(), Date.now() - 1000)).toISOString(), new Date(Math.floor(activatedAt.getTime() / 60_000) * 60_000).toISOString()]) {
        const result = await t.gql(LOG, { p: planId, at }, force.tokens.ncshpOfficer);
        expect(result.errors).toBeUndefined();
        expect(result.data?.logActivity.at).toBe(at);
      }
    });
  });
});
