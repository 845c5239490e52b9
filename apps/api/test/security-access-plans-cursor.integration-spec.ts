import { createPlan, gqlData, randomIds, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const PLANS = `query($after: String, $first: Int) { plans(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

describe('security: a plans cursor does not disclose a hidden plan (issue 11, finding 10)', () => {
  let t: TestApp;
  let force: TaskForce;
  const ids: Record<'older' | 'hidden' | 'newer', string> = { older: '', hidden: '', newer: '' };

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    ids.older = (await createPlan(t, force, { title: 'Older, visible to CBP' })).id;
    // WCSO's own plan, without CBP: CBP's users may not see it.
    const hidden = await gqlData(t, `mutation { createPlan(input: { title: "WCSO only" }) { id } }`, {}, force.tokens.wcsoPlanner);
    ids.hidden = hidden.createPlan.id;
    ids.newer = (await createPlan(t, force, { title: 'Newer, visible to CBP' })).id;
  });
  afterAll(() => t.close());

  const plans = async (token: string, after: string | null, first = 50) => (await gqlData(t, PLANS, { after, first }, token)).plans;

  it('answers a cursor naming a plan the caller may not see exactly like an unknown cursor', async () => {
    const [unknown] = randomIds(1);
    const withHidden = await plans(force.tokens.cbpPlanner, ids.hidden);
    const withUnknown = await plans(force.tokens.cbpPlanner, unknown);
    expect(withUnknown.edges).toEqual([]);
    expect(withHidden).toEqual(withUnknown);
  });

  it('still pages with the cursors of visible plans', async () => {
    const firstPage = await plans(force.tokens.cbpPlanner, null, 1);
    expect(firstPage.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids.newer]);
    expect(firstPage.pageInfo).toEqual({ hasNextPage: true, endCursor: ids.newer });
    const secondPage = await plans(force.tokens.cbpPlanner, firstPage.pageInfo.endCursor, 1);
    expect(secondPage.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids.older]);
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
  });

  it('lets whoever sees the plan page from it', async () => {
    const page = await plans(force.tokens.oversight, ids.hidden);
    expect(page.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ids.older]);
  });
});
