import { ChecklistCategory, INCIDENT_TYPES, OUTCOMES } from '@jointops/domain';
import { AuthService } from '../src/modules/auth/auth.service';
import { DebriefsService } from '../src/modules/debriefs/debriefs.service';
import type { DebriefInput } from '../src/modules/debriefs/dto/debrief.input';
import { addOneOfEach, approvedPlan, gqlData, NODE_FIELDS, PLAN_FIELDS, readyPlan, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, wsRequest, type GqlResponse, type TestApp } from './support/test-app';

/** What a refusal says, transport aside. */
const refusals = (result: GqlResponse) => (result.errors ?? []).map((error) => ({ message: error.message, code: error.extensions?.code }));

/** The security test's attacks on the WebSocket, each of which graphql-js's specified rules refuse. */
const ATTACKS: Array<[string, string, Record<string, unknown>, RegExp]> = [
  ['an unknown field', `{ me { id passwordHash } }`, {}, /Cannot query field "passwordHash" on type "User"/],
  [
    'a variable of the wrong type in an enum position',
    `mutation($p: ID!, $t: String!) { saveDebrief(planId: $p, input: { incidents: [{ type: $t, occurredAt: "2027-03-01T09:00:00Z", description: "Force used" }] }) { id } }`,
    { t: 'use of force (not reported)' },
    /Variable "\$t" of type "String!" used in position expecting type "IncidentType!"/,
  ],
  ['an undeclared variable', `query { plan(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }, /Variable "\$id" is not defined/],
  ['a fragment cycle', `{ me { ...A } } fragment A on User { id ...B } fragment B on User { email ...A }`, {}, /Cannot spread fragment "A" within itself via "B"/],
];

const SAVE = `mutation($p: ID!, $input: DebriefInput!) { saveDebrief(planId: $p, input: $input) { id } }`;

describe('security: one GraphQL validation for HTTP and WebSocket', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;
  let objectiveId: string;

  /** Debriefs and the plan's log, straight from the database: equal before and after means nothing was stored. */
  const stored = async () => t.db.query(`SELECT (SELECT count(*)::int FROM debriefs) AS debriefs, (SELECT last_seq FROM plans WHERE id = $1) AS last_seq`, [planId]);

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    const plan = await approvedPlan(t, force);
    planId = plan.id;
    await gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { status } }`, { p: planId }, force.tokens.ncshpLead);
    const data = await gqlData(t, `query($id: ID!) { plan(id: $id) { objectives { id } } }`, { id: planId }, force.tokens.ncshpOfficer);
    objectiveId = data.plan.objectives[0].id;
  });
  afterAll(() => t.close());

  it.each(ATTACKS)('refuses %s over WebSocket with BAD_USER_INPUT, exactly as over HTTP, storing nothing', async (_name, query, variables, message) => {
    const before = await stored();
    const ws = await wsRequest(t.wsClient(force.tokens.ncshpOfficer), query, { p: planId, ...variables });
    const http = await t.gql(query, { p: planId, ...variables }, force.tokens.ncshpOfficer);
    expect(ws.data).toBeUndefined();
    expect(ws.errors?.[0].message).toMatch(message);
    expect(ws.errors?.every((error) => error.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(JSON.stringify(ws.errors)).not.toMatch(/Did you mean/);
    expect(refusals(ws)).toEqual(refusals(http));
    expect(await stored()).toEqual(before);
  });

  it('refuses an incident type or an outcome outside the enums on both transports, naming the field, and stores nothing', async () => {
    const before = await stored();
    const badIncident = { incidents: [{ type: 'use of force (not reported)', occurredAt: '2027-03-01T09:00:00Z', description: 'Force used' }] };
    const badOutcome = { outcomes: [{ objectiveId, outcome: 'TOTALLY_MET' }] };
    for (const [input, field] of [
      [badIncident, 'input.incidents[0].type'],
      [badOutcome, 'input.outcomes[0].outcome'],
    ] as const) {
      const http = await t.gql(SAVE, { p: planId, input }, force.tokens.ncshpOfficer);
      const ws = await wsRequest(t.wsClient(force.tokens.ncshpOfficer), SAVE, { p: planId, input });
      for (const result of [http, ws]) {
        expect(result.data?.saveDebrief).toBeUndefined();
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      expect(refusals(ws)).toEqual(refusals(http));
    }
    // Written as a literal, the wrong value is refused by validation itself.
    const literal = await wsRequest(
      t.wsClient(force.tokens.ncshpOfficer),
      `mutation($p: ID!) { saveDebrief(planId: $p, input: { outcomes: [{ objectiveId: "${objectiveId}", outcome: TOTALLY_MET }] }) { id } }`,
      { p: planId },
    );
    expect(literal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stored()).toEqual(before);
  });

  it('checks the enums of JSON-stored debrief values in the service too, whoever calls it', async () => {
    const user = await t.app.get(AuthService).authenticate(force.tokens.cbpPlanner);
    const debriefs = t.app.get(DebriefsService);
    const before = await stored();
    const input = {
      outcomes: [{ objectiveId, outcome: 'TOTALLY_MET', notes: '' }],
      incidents: [{ type: 'use of force (not reported)', occurredAt: new Date('2027-03-01T09:00:00Z'), description: 'Force used', reportedTo: '' }],
    } as unknown as DebriefInput;
    await expect(debriefs.save(user!, planId, input, null)).rejects.toMatchObject({
      violations: expect.arrayContaining([
        expect.objectContaining({ field: 'input.outcomes[0].outcome' }),
        expect.objectContaining({ field: 'input.incidents[0].type' }),
      ]),
    });
    expect(await stored()).toEqual(before);
  });

  it('lists stored values outside the enums in stored_value_findings without changing the records', async () => {
    const [debrief] = await t.db.query(
      `INSERT INTO debriefs (plan_id, author_id, agency_id, version, status, outcomes, incidents)
       VALUES ($1, $2, $3, 1, 'SUBMITTED', $4, $5) RETURNING id, md5(debriefs::text) AS digest`,
      [
        planId,
        force.users.cbpLead,
        force.agencies.cbp,
        JSON.stringify([{ objectiveId, outcome: 'MET', notes: '' }, { objectiveId, outcome: 'TOTALLY_MET', notes: '' }]),
        JSON.stringify([{ type: 'use of force (not reported)', occurredAt: '2027-03-01T09:00:00Z', description: 'x', reportedTo: '' }]),
      ],
    );
    const [{ found }] = await t.db.query(`SELECT jointops_report_enum_findings($1, $2, $3) AS found`, [[...INCIDENT_TYPES], [...OUTCOMES], Object.values(ChecklistCategory)]);
    expect(found).toBe(2);
    const findings = await t.db.query(`SELECT path, value FROM stored_value_findings WHERE table_name = 'debriefs' AND row_key = $1 ORDER BY path`, [debrief.id]);
    expect(findings).toEqual([
      { path: 'incidents[0].type', value: 'use of force (not reported)' },
      { path: 'outcomes[1].outcome', value: 'TOTALLY_MET' },
    ]);
    const [after] = await t.db.query(`SELECT md5(debriefs::text) AS digest FROM debriefs WHERE id = $1`, [debrief.id]);
    expect(after.digest).toBe(debrief.digest);
    await t.db.query(`DELETE FROM debriefs WHERE id = $1`, [debrief.id]);
  });

  describe('parse-time token cap', () => {
    const huge = `{ me { ${'id '.repeat(90_000)}} }`;

    it('answers a query of more than 5,000 tokens at once, with a clear error, on both transports', async () => {
      for (const run of [() => t.gql(huge, {}, force.tokens.ncshpOfficer), () => wsRequest(t.wsClient(force.tokens.ncshpOfficer), huge)]) {
        const started = Date.now();
        const result = await run();
        const elapsed = Date.now() - started;
        expect(result.data).toBeUndefined();
        expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
        expect(result.errors?.[0].message).toMatch(/more tha[nt] 5000 tokens/);
        expect(elapsed).toBeLessThan(1000);
      }
      const justOver = `{ me { ${'id '.repeat(5_000)}} }`;
      expect((await t.gql(justOver, {}, force.tokens.ncshpOfficer)).errors?.[0].message).toMatch(/5000 tokens/);
    });

    it('still answers a whole large plan with its parts and its log, on both transports', async () => {
      const plan = await readyPlan(t, force, { title: 'Large plan read' });
      await addOneOfEach(t, force, plan.id);
      const query = `query($id: ID!) { plan(id: $id) { ${PLAN_FIELDS}
        objectives { id version title description successCriteria priority }
        roles { id version title responsibilities agency { id } assignee { id } objectives { id } }
        checklist { id version category text required citation status note }
        timeline { id version title phase startsAt endsAt notes dependsOn { id } }
        resources { id version kind quantity notes agency { id } }
        comms { id version name details purpose }
        approvals { status revision agency { id } }
        events(afterSeq: 0, limit: 500) { seq type entityType entityId revision actor { id } node { ${NODE_FIELDS} } } } }`;
      for (const result of [await t.gql(query, { id: plan.id }, force.tokens.ncshpPlanner), await wsRequest(t.wsClient(force.tokens.ncshpPlanner), query, { id: plan.id })]) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.plan.id).toBe(plan.id);
        expect(result.data?.plan.events.length).toBeGreaterThan(5);
      }
    });
  });
});

describe('security: introspection in production', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ production: true });
    const agencyId = await t.createAgency('NCSHP');
    await t.createUser('planner@ncshp.example', agencyId, ['PLANNER']);
    token = await t.login('planner@ncshp.example');
  });
  afterAll(() => t.close());

  it.each([
    ['__schema', `{ __schema { queryType { name } } }`],
    ['__type', `{ __type(name: "User") { fields { name } } }`],
  ])('refuses %s over HTTP and over WebSocket alike', async (_name, query) => {
    const http = await t.gql(query, {}, token);
    const ws = await wsRequest(t.wsClient(token), query);
    for (const result of [http, ws]) {
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/introspection has been disabled/);
    }
    expect(refusals(ws)).toEqual(refusals(http));
  });

  it('still answers __typename, which clients need', async () => {
    const ws = await wsRequest(t.wsClient(token), `{ __typename me { id } }`);
    expect(ws.errors).toBeUndefined();
    expect(ws.data?.__typename).toBe('Query');
  });
});
