import { createPlan, errorOf, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const PLANS = `query($first: Int, $after: String, $orderBy: PlanOrder, $offset: Int) {
  plans(first: $first, after: $after, orderBy: $orderBy, offset: $offset) { totalCount pageInfo { hasNextPage endCursor } edges { node { title status } } }
}`;

describe('plans: sorting and paging (orderBy, offset)', () => {
  let t: TestApp;
  let force: TaskForce;
  const titles = async (variables: Record<string, unknown>, token = force.tokens.cbpPlanner): Promise<string[]> =>
    (await gqlData(t, PLANS, variables, token)).plans.edges.map((edge: { node: { title: string } }) => edge.node.title);

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    // Created in this order; windows and titles in other orders; one without a window.
    await createPlan(t, force, { title: 'bravo', startsAt: '2027-05-01T06:00:00Z', endsAt: '2027-05-01T18:00:00Z' });
    const alpha = await createPlan(t, force, { title: 'Alpha', startsAt: '2027-07-01T06:00:00Z', endsAt: '2027-07-01T18:00:00Z' });
    await createPlan(t, force, { title: 'Delta', startsAt: null, endsAt: null });
    await createPlan(t, force, { title: 'charlie', startsAt: '2027-04-01T06:00:00Z', endsAt: '2027-04-01T18:00:00Z' });
    // Alpha changes last, and is cancelled (the last status).
    await gqlData(t, `mutation($id: ID!) { cancelPlan(planId: $id, reason: "Not needed") { status } }`, { id: alpha.id }, force.tokens.ncshpLead);
    // Another agency's plan, invisible to CBP, in the middle of every order.
    await gqlData(t, `mutation { createPlan(input: { title: "Bx hidden" }) { id } }`, {}, force.tokens.wcsoPlanner);
  });
  afterAll(() => t.close());

  it('keeps newest first without orderBy', async () => {
    expect(await titles({})).toEqual(['charlie', 'Delta', 'Alpha', 'bravo']);
  });

  it('sorts by title (case-insensitive), status (lifecycle order), window start (no window last) and last change, both ways', async () => {
    expect(await titles({ orderBy: { field: 'TITLE', direction: 'ASC' } })).toEqual(['Alpha', 'bravo', 'charlie', 'Delta']);
    expect(await titles({ orderBy: { field: 'TITLE', direction: 'DESC' } })).toEqual(['Delta', 'charlie', 'bravo', 'Alpha']);
    expect((await titles({ orderBy: { field: 'STATUS', direction: 'DESC' } }))[0]).toBe('Alpha');
    expect(await titles({ orderBy: { field: 'STARTS_AT', direction: 'ASC' } })).toEqual(['charlie', 'bravo', 'Alpha', 'Delta']);
    expect(await titles({ orderBy: { field: 'STARTS_AT', direction: 'DESC' } })).toEqual(['Alpha', 'bravo', 'charlie', 'Delta']);
    expect((await titles({ orderBy: { field: 'UPDATED_AT', direction: 'DESC' } }))[0]).toBe('Alpha');
    expect(await titles({ orderBy: { field: 'CREATED_AT' } })).toEqual(['bravo', 'Alpha', 'Delta', 'charlie']);
  });

  it('pages by offset in the chosen order, counting only visible plans', async () => {
    const page = async (offset: number) => (await gqlData(t, PLANS, { first: 2, offset, orderBy: { field: 'TITLE', direction: 'ASC' } }, force.tokens.cbpPlanner)).plans;
    const first = await page(0);
    const second = await page(2);
    expect(first.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['Alpha', 'bravo']);
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(second.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['charlie', 'Delta']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('pages by cursor in the chosen order too', async () => {
    const orderBy = { field: 'STARTS_AT', direction: 'DESC' };
    const first = (await gqlData(t, PLANS, { first: 2, orderBy }, force.tokens.cbpPlanner)).plans;
    const rest = await titles({ first: 10, after: first.pageInfo.endCursor, orderBy });
    expect(rest).toEqual(['charlie', 'Delta']);
  });

  it('refuses a negative or huge offset, and offset with after, naming the field', async () => {
    for (const variables of [{ offset: -1 }, { offset: 10_001 }, { offset: 2, after: '00000000-0000-4000-8000-000000000000' }]) {
      const error = errorOf(await t.gql(PLANS, variables, force.tokens.cbpPlanner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
    }
  });
});
