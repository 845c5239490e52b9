import { AccessLogService } from '../src/modules/plans/access-log.service';
import { accessRows } from './support/operation';
import { createPlan, errorOf, gqlData, MISSING_ID, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const PAGE = `query($p: ID!, $user: ID, $action: String, $before: String, $first: Int) {
  accessLogPage(planId: $p, userId: $user, action: $action, before: $before, first: $first) { nodes { at action count kind user { id } } nextCursor }
}`;

interface AccessNode {
  at: string;
  action: string;
  count: number;
  kind: string | null;
  user: { id: string };
}

describe('security: the access log cannot be flooded out of view (issue 11, finding 9)', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  const read = (planId: string, token: string) => gqlData(t, `query($id: ID!) { plan(id: $id) { title } }`, { id: planId }, token);
  const page = async (variables: Record<string, unknown>, token = force.tokens.ncshpLead): Promise<{ nodes: AccessNode[]; nextCursor: string | null }> =>
    (await gqlData(t, PAGE, variables, token)).accessLogPage;

  it("folds an outsider's flood of refusals into a few records with their count: the reads stay on the first page", async () => {
    const plan = await createPlan(t, force, { title: 'Flooded' });
    await read(plan.id, force.tokens.cbpPlanner);

    // 34 requests of 15 aliased plan(id) each, as in the security test.
    const aliased = `query($id: ID!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: plan(id: $id) { id }`).join(' ')} }`;
    const started = Date.now();
    for (let i = 0; i < 34; i++) {
      const result = await gqlData(t, aliased, { id: plan.id }, force.tokens.wcsoPlanner);
      expect(Object.values(result).every((value) => value === null)).toBe(true);
    }
    const seconds = Math.ceil((Date.now() - started) / 1000);

    const { nodes } = await page({ p: plan.id });
    expect(nodes.filter((node) => node.action === 'VIEW').map((node) => [node.user.id, node.count])).toEqual([[force.users.cbpPlanner, 1]]);
    const refusals = nodes.filter((node) => node.action === 'DENIED');
    expect(refusals.every((node) => node.user.id === force.users.wcsoPlanner)).toBe(true);
    expect(refusals.reduce((sum, node) => sum + node.count, 0)).toBe(34 * 15);
    // Folded as they are written: at most one record per write batch (one per second).
    expect(refusals.length).toBeLessThanOrEqual(seconds + 1);
    expect(refusals.length).toBeLessThan(34);
    // The stored rows agree: nothing was updated or deleted, the counts were folded before the insert.
    const stored = (await accessRows(t, plan.id)).filter((row) => row.action === 'DENIED');
    expect(stored.reduce((sum, row) => sum + row.count, 0)).toBe(510);
  });

  it('folds a slow, steady flood across write batches too: one record for the first refusal, one for the repeats of the minute', async () => {
    const plan = await createPlan(t, force, { title: 'Slowly flooded' });
    const log = t.app.get(AccessLogService);
    for (let i = 0; i < 20; i++) {
      await gqlData(t, `query($id: ID!) { plan(id: $id) { id } }`, { id: plan.id }, force.tokens.wcsoPlanner);
      // Each request in a write batch of its own, as a flood of one request a second would be.
      await log.flush({ all: false });
    }
    // The first refusal is written at once; the 19 repeats are held for the rest of the minute.
    const written = await t.db.query(`SELECT count FROM access_log WHERE plan_id = $1 AND action = 'DENIED'`, [plan.id]);
    expect(written.map((row: { count: number }) => row.count)).toEqual([1]);
    const { nodes } = await page({ p: plan.id });
    expect(nodes.filter((node) => node.action === 'DENIED').map((node) => node.count)).toEqual([19, 1]);
  });

  it('pages newest first through before, without gaps or repeats, and ends with a null cursor', async () => {
    const plan = await createPlan(t, force, { title: 'Paged' });
    const readers = [force.tokens.cbpPlanner, force.tokens.ncshpOfficer, force.tokens.oversight, force.tokens.cbpLead, force.tokens.ncshpPlanner];
    for (const token of readers) await read(plan.id, token);
    await read(plan.id, force.tokens.cbpPlanner);

    const whole = await page({ p: plan.id, first: 100 });
    expect(whole.nextCursor).toBeNull();
    expect(whole.nodes).toHaveLength(6);
    const times = whole.nodes.map((node) => Date.parse(node.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(whole.nodes[0].user.id).toBe(force.users.cbpPlanner);

    const seen: AccessNode[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const next = await page({ p: plan.id, first: 4, before });
      seen.push(...next.nodes);
      before = next.nextCursor;
      if (!before) break;
    }
    expect(seen).toEqual(whole.nodes);
    expect((await page({ p: plan.id, first: 4 })).nodes).toHaveLength(4);
  });

  it('filters by user and by action, and pages within the filter', async () => {
    const plan = await createPlan(t, force, { title: 'Filtered' });
    for (let i = 0; i < 3; i++) {
      await read(plan.id, force.tokens.cbpPlanner);
      await read(plan.id, force.tokens.ncshpOfficer);
    }
    await read(plan.id, force.tokens.wcsoPlanner);

    const byUser = await page({ p: plan.id, user: force.users.cbpPlanner });
    expect(byUser.nodes.map((node) => [node.user.id, node.action])).toEqual(Array.from({ length: 3 }, () => [force.users.cbpPlanner, 'VIEW']));
    const denied = await page({ p: plan.id, action: 'DENIED' });
    expect(denied.nodes.map((node) => [node.user.id, node.action, node.kind])).toEqual([[force.users.wcsoPlanner, 'DENIED', 'view']]);
    expect((await page({ p: plan.id, user: force.users.cbpPlanner, action: 'DENIED' })).nodes).toEqual([]);

    const first = await page({ p: plan.id, user: force.users.ncshpOfficer, first: 2 });
    expect(first.nodes).toHaveLength(2);
    const rest = await page({ p: plan.id, user: force.users.ncshpOfficer, first: 2, before: first.nextCursor });
    expect(rest.nodes.map((node) => node.user.id)).toEqual([force.users.ncshpOfficer]);
    expect(rest.nextCursor).toBeNull();
    expect(byUser.nodes.every((node) => node.count === 1 && node.kind === 'plan')).toBe(true);
  });

  it('answers BAD_USER_INPUT naming the argument for a bad first, action, user or cursor; an unknown cursor is an empty page', async () => {
    const plan = await createPlan(t, force, { title: 'Bad input' });
    await read(plan.id, force.tokens.cbpPlanner);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ first: 0 }, 'first'],
      [{ first: 501 }, 'first'],
      [{ action: 'READ' }, 'action'],
      [{ user: 'not-a-uuid' }, 'userId'],
      [{ before: 'abc' }, 'before'],
      [{ before: '-1' }, 'before'],
    ];
    for (const [variables, field] of cases) {
      expect([field, errorOf(await t.gql(PAGE, { p: plan.id, ...variables }, force.tokens.oversight)).extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    // A cursor from another plan's log names nothing in this one.
    const other = await createPlan(t, force, { title: 'Other log' });
    await read(other.id, force.tokens.cbpPlanner);
    await read(other.id, force.tokens.cbpPlanner);
    const otherCursor = (await page({ p: other.id, first: 1 })).nextCursor;
    expect(otherCursor).toEqual(expect.any(String));
    expect(await page({ p: plan.id, before: otherCursor })).toEqual({ nodes: [], nextCursor: null });
    expect(await page({ p: plan.id, before: '999999999' })).toEqual({ nodes: [], nextCursor: null });
  });

  it("is for OVERSIGHT and the lead agency's AGENCY_LEAD: FORBIDDEN to other members, NOT_FOUND to outsiders as for a plan that does not exist", async () => {
    const plan = await createPlan(t, force, { title: 'Who pages the access log' });
    await read(plan.id, force.tokens.cbpPlanner);
    for (const who of ['oversight', 'ncshpLead'] as const) {
      expect((await page({ p: plan.id }, force.tokens[who])).nodes.some((node) => node.action === 'VIEW' && node.user.id === force.users.cbpPlanner)).toBe(true);
    }
    for (const who of ['cbpLead', 'ncshpPlanner', 'cbpPlanner', 'ncshpOfficer'] as const) {
      expect([who, errorOf(await t.gql(PAGE, { p: plan.id }, force.tokens[who])).extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
    for (const token of [force.tokens.wcsoPlanner, force.tokens.ncshpAdmin]) {
      const hidden = errorOf(await t.gql(PAGE, { p: plan.id }, token));
      expect(hidden.extensions?.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(errorOf(await t.gql(PAGE, { p: MISSING_ID }, token)));
    }
  });
});
