import { createPlan, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * `Plan.events(beforeSeq)` pages the log backwards (issue 13, item 1): the Activity section shows
 * the newest events a page at a time instead of asking for a hundred at once.
 */
const EVENTS = `query($id: ID!, $afterSeq: Int, $beforeSeq: Int, $limit: Int) {
  plan(id: $id) { lastSeq events(afterSeq: $afterSeq, beforeSeq: $beforeSeq, limit: $limit) { seq type } }
}`;

describe('Plan.events paging backwards with beforeSeq', () => {
  let t: TestApp;
  let force: TaskForce;
  let planId: string;
  let lastSeq: number;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planId = (await createPlan(t, force, { title: 'Paging' })).id as string;
    for (let i = 1; i <= 11; i++) {
      await gqlData(t, `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t, successCriteria: "Yes" }) { id } }`, { p: planId, t: `Objective ${i}` }, force.tokens.ncshpPlanner);
    }
    lastSeq = (await gqlData(t, EVENTS, { id: planId, limit: 0 }, force.tokens.ncshpPlanner)).plan.lastSeq;
  });
  afterAll(() => t.close());

  const seqs = async (variables: Record<string, unknown>, token = force.tokens.ncshpPlanner): Promise<number[]> =>
    (await gqlData(t, EVENTS, { id: planId, ...variables }, token)).plan.events.map((event: { seq: number }) => event.seq);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('gives the newest `limit` events before beforeSeq, oldest first', async () => {
    expect(lastSeq).toBeGreaterThanOrEqual(12);
    expect(await seqs({ beforeSeq: lastSeq + 1, limit: 5 })).toEqual(range(lastSeq - 4, lastSeq));
    expect(await seqs({ beforeSeq: lastSeq - 4, limit: 5 })).toEqual(range(lastSeq - 9, lastSeq - 5));
  });

  it('pages back to the first event without a gap or a repeat, and ends empty', async () => {
    const seen: number[] = [];
    let before = lastSeq + 1;
    for (;;) {
      const page = await seqs({ beforeSeq: before, limit: 4 });
      if (page.length === 0) break;
      seen.unshift(...page);
      before = page[0]!;
    }
    expect(seen).toEqual(range(1, lastSeq));
    expect(await seqs({ beforeSeq: 1, limit: 4 })).toEqual([]);
  });

  it('stays above afterSeq when both are given, and without beforeSeq pages forward as before', async () => {
    expect(await seqs({ afterSeq: 3, beforeSeq: 7, limit: 10 })).toEqual([4, 5, 6]);
    expect(await seqs({ afterSeq: 3, limit: 2 })).toEqual([4, 5]);
  });

  it('is read by oversight as by members, and a plan one may not see stays absent', async () => {
    expect(await seqs({ beforeSeq: 3, limit: 10 }, force.tokens.oversight)).toEqual([1, 2]);
    const hidden = await t.gql(EVENTS, { id: planId, beforeSeq: 3, limit: 10 }, force.tokens.wcsoPlanner);
    expect(hidden.data?.plan ?? null).toBeNull();
  });
});
