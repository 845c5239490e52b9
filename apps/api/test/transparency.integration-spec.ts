import {
  approveAs,
  createPlan,
  errorOf,
  gqlData,
  readyPlan,
  seedTaskForce,
  submitPlan,
  type TaskForce,
} from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/** transparencyReport(from, to): published aggregates only, no names and no free text (issue 6). */

const REPORT = `query($from: DateTime!, $to: DateTime!) { transparencyReport(from: $from, to: $to) {
  from to operations byStatus { status count } incidents { type count } correctiveActionsOpen correctiveActionsDone } }`;

const STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CLOSED', 'CANCELLED'];
const INCIDENT_TYPES = ['USE_OF_FORCE', 'INJURY', 'CIVIL_RIGHTS_COMPLAINT', 'PROPERTY_DAMAGE', 'DATA_HANDLING', 'SAFETY', 'OTHER'];

/** A one-day window starting at `day` (YYYY-MM-DD) 06:00 UTC. */
const window = (day: string) => ({ startsAt: `${day}T06:00:00Z`, endsAt: `${day}T18:00:00Z` });

interface Report {
  from: string;
  to: string;
  operations: number;
  byStatus: Array<{ status: string; count: number }>;
  incidents: Array<{ type: string; count: number }>;
  correctiveActionsOpen: number;
  correctiveActionsDone: number;
}

describe('transparencyReport', () => {
  let t: TestApp;
  let force: TaskForce;
  /** Every free text written while building the plans; none may appear in a report. */
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    const lead = force.tokens.ncshpLead;
    const both = [force.tokens.ncshpLead, force.tokens.cbpLead];
    const make = async (title: string, day: string | null) => {
      const input = { title, summary: `${title}: staging at the Exit 42 lot`, ...(day ? window(day) : { startsAt: null, endsAt: null }) };
      secrets.push(input.title, input.summary);
      // A plan without a window cannot be ready (NO_WINDOW): it stays a bare draft.
      return (day ? await readyPlan(t, force, input) : await createPlan(t, force, input)).id as string;
    };

    // Inside April-June 2031, one per reachable status (two drafts, one overlapping the start of the period).
    await make('Operation Draft Lantern', '2031-05-01');
    await submitPlan(t, force, await make('Operation Review Kestrel', '2031-05-05'));
    const approved = await make('Operation Approved Heron', '2031-05-10');
    await submitPlan(t, force, approved);
    await approveAs(t, approved, both);
    const active = await make('Operation Active Osprey', '2031-05-15');
    await submitPlan(t, force, active);
    await approveAs(t, active, both);
    await gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { id } }`, { p: active }, lead);
    const completed = await make('Operation Completed Plover', '2031-06-01');
    await submitPlan(t, force, completed);
    await approveAs(t, completed, both);
    await gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { id } }`, { p: completed }, lead);
    await gqlData(t, `mutation($p: ID!) { completePlan(planId: $p) { id } }`, { p: completed }, lead);
    const cancelled = await make('Operation Cancelled Wren', '2031-06-10');
    secrets.push('Informant Jane Roe withdrew');
    await gqlData(t, `mutation($p: ID!) { cancelPlan(planId: $p, reason: "Informant Jane Roe withdrew") { id } }`, { p: cancelled }, lead);
    secrets.push('Overnight start');
    await createPlan(t, force, { title: 'Overnight start', startsAt: '2031-03-31T20:00:00Z', endsAt: '2031-04-01T04:00:00Z' });

    // Outside the period.
    const before = await make('Operation Before Finch', '2031-01-15');
    await submitPlan(t, force, before);
    await make('Operation After Gull', '2031-12-01');
    // No window: counted by creation time.
    await make('Operation Windowless Tern', null);
  });
  afterAll(() => t.close());

  const report = async (from: string, to: string, token = force.tokens.oversight): Promise<Report> => (await gqlData(t, REPORT, { from, to }, token)).transparencyReport;
  const countsOf = (r: Report) => Object.fromEntries(r.byStatus.map((row) => [row.status, row.count]));

  it('counts operations whose window overlaps the period, by status, listing every status and incident type', async () => {
    const r = await report('2031-04-01T00:00:00Z', '2031-06-30T00:00:00Z');
    expect(Date.parse(r.from)).toBe(Date.parse('2031-04-01T00:00:00Z'));
    expect(Date.parse(r.to)).toBe(Date.parse('2031-06-30T00:00:00Z'));
    expect(r.byStatus.map((row) => row.status)).toEqual(STATUSES);
    expect(countsOf(r)).toEqual({ DRAFT: 2, IN_REVIEW: 1, APPROVED: 1, ACTIVE: 1, COMPLETED: 1, CLOSED: 0, CANCELLED: 1 });
    expect(r.operations).toBe(7);
    expect(r.byStatus.reduce((sum, row) => sum + row.count, 0)).toBe(r.operations);
    expect(r.incidents.map((row) => row.type)).toEqual(INCIDENT_TYPES);
    expect(r.incidents.every((row) => Number.isInteger(row.count) && row.count >= 0)).toBe(true);
    expect(r.correctiveActionsOpen).toBeGreaterThanOrEqual(0);
    expect(r.correctiveActionsDone).toBeGreaterThanOrEqual(0);
  });

  it('leaves out plans outside the period', async () => {
    const january = await report('2031-01-01T00:00:00Z', '2031-01-31T00:00:00Z');
    expect(january.operations).toBe(1);
    expect(countsOf(january)).toMatchObject({ IN_REVIEW: 1, DRAFT: 0 });

    const empty = await report('2031-02-01T00:00:00Z', '2031-03-01T00:00:00Z');
    expect(empty.operations).toBe(0);
    expect(empty.byStatus.map((row) => row.count)).toEqual(STATUSES.map(() => 0));
    expect(empty.byStatus.map((row) => row.status)).toEqual(STATUSES);
    expect(empty.incidents.map((row) => [row.type, row.count])).toEqual(INCIDENT_TYPES.map((type) => [type, 0]));

    const year = await report('2031-01-01T00:00:00Z', '2031-12-31T23:59:59Z');
    expect(year.operations).toBe(9);
  });

  it('counts a plan without a window in the period it was created in', async () => {
    const now = Date.now();
    const around = await report(new Date(now - 86_400_000).toISOString(), new Date(now + 86_400_000).toISOString());
    expect(around.operations).toBe(1);
    expect(countsOf(around).DRAFT).toBe(1);
  });

  it('contains no names and no free text', async () => {
    const result = await t.gql(REPORT, { from: '2031-01-01T00:00:00Z', to: '2031-12-31T00:00:00Z' }, force.tokens.oversight);
    const body = JSON.stringify(result);
    const names = await t.db.query(`SELECT name, short_name FROM agencies UNION ALL SELECT email, display_name FROM users`);
    // Two-letter display names ("ig") could match by accident; everything else must not appear.
    const forbidden = [...secrets, ...names.flatMap((row: { name: string; short_name: string }) => [row.name, row.short_name])].filter((text) => text.length >= 3);
    expect(forbidden.length).toBeGreaterThan(20);
    expect(forbidden.filter((text) => body.includes(text))).toEqual([]);
    // Only aggregates by construction: no String or ID anywhere in the report's type.
    const types = await gqlData(
      t,
      `{ report: __type(name: "TransparencyReport") { ...F } status: __type(name: "StatusCount") { ...F } incident: __type(name: "IncidentCount") { ...F } }
       fragment F on __Type { fields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } }`,
      {},
      force.tokens.oversight,
    );
    const leafNames = (type: { name: string | null; ofType?: unknown }): string[] => (type.name ? [type.name] : leafNames(type.ofType as { name: string | null }));
    const leaves = Object.values(types).flatMap((type: any) => type.fields.flatMap((field: { type: { name: string | null } }) => leafNames(field.type)));
    expect(new Set(leaves)).toEqual(new Set(['DateTime', 'Int', 'StatusCount', 'IncidentCount', 'PlanStatus', 'IncidentType']));
  });

  it('is for OVERSIGHT only (exact figures); FORBIDDEN to agency leads, planners, officers and admins', async () => {
    const period = { from: '2031-04-01T00:00:00Z', to: '2031-06-30T00:00:00Z' };
    expect((await report(period.from, period.to)).operations).toBe(7);
    // Agency leads read the published figures (publicTransparency) instead: exact small counts pick out operations.
    for (const who of ['ncshpLead', 'cbpLead', 'ncshpPlanner', 'cbpPlanner', 'ncshpOfficer', 'ncshpAdmin'] as const) {
      const refused = await t.gql(REPORT, period, force.tokens[who]);
      expect([who, errorOf(refused).extensions?.code]).toEqual([who, 'FORBIDDEN']);
      expect(refused.data?.transparencyReport ?? null).toBeNull();
    }
    expect(errorOf(await t.gql(REPORT, period, null)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a period that ends before it starts', '2031-06-30T00:00:00Z', '2031-04-01T00:00:00Z', 'to'],
    ['a period over ten years', '2031-01-01T00:00:00Z', '2042-01-01T00:00:00Z', 'to'],
    ['a period ending after 2099', '2095-01-01T00:00:00Z', '2100-06-01T00:00:00Z', 'to'],
    ['a period starting before 2000', '1999-06-01T00:00:00Z', '2001-01-01T00:00:00Z', 'from'],
  ])('refuses %s with BAD_USER_INPUT naming %s', async (_case, from, to, field) => {
    expect(errorOf(await t.gql(REPORT, { from, to }, force.tokens.oversight)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a date that is not a date (or has no offset) as BAD_USER_INPUT', async () => {
    for (const to of ['next tuesday', '2031-06-30T00:00:00']) {
      expect(errorOf(await t.gql(REPORT, { from: '2031-04-01T00:00:00Z', to }, force.tokens.oversight)).extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('accepts a period of one instant', async () => {
    const r = await report('2031-05-01T12:00:00Z', '2031-05-01T12:00:00Z');
    expect(r.operations).toBe(1);
    expect(countsOf(r).DRAFT).toBe(1);
  });
});
