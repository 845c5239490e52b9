import { LOCAL_DELIVERY_WAIT_MS } from '../src/core/events/live-bus';
import { MetricsService } from '../src/core/metrics/metrics.service';
import { PlanEventRepository } from '../src/modules/events/plan-event.repository';
import { createPlan, gqlData, planHead, seedTaskForce, type TaskForce } from './support/task-force';
import { record, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 14 (fan-out): a change answers after the instance that made it has handed the change's
 * events to its own subscribers, so that instance sends them in one pass at the commit rather than
 * after the answer, in between the next requests. The wait is bounded: a stream whose read is
 * stuck does not hold the answer longer than LOCAL_DELIVERY_WAIT_MS, and still delivers later.
 */
const SUBSCRIBE = `subscription($p: ID!, $after: Int) { planEvents(planId: $p, afterSeq: $after) { seq } }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t }) { id } }`;

describe('a change answers after its own instance delivered it', () => {
  let t: TestApp;
  let force: TaskForce;
  let repository: PlanEventRepository;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    repository = t.app.get(PlanEventRepository);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** Events this instance has pushed to its subscribers so far (every stream, every plan). */
  async function delivered(): Promise<number> {
    const metric = await t.app.get(MetricsService).eventsDelivered.get();
    return metric.values.reduce((sum, value) => sum + value.value, 0);
  }

  /** A plan with two live subscribers who have applied a warm-up change. */
  async function watchedPlan() {
    const plan = await createPlan(t, force);
    const from = (await planHead(t, plan.id, force.tokens.ncshpPlanner)).lastSeq;
    const subscribers = [force.tokens.ncshpLead, force.tokens.cbpPlanner].map((token) =>
      record<number>(t.wsClient(token, { lazy: false }), SUBSCRIBE, { p: plan.id, after: from }, (data) => data.planEvents.seq),
    );
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Warm-up' }, force.tokens.ncshpPlanner);
    await Promise.all(subscribers.map((events) => events.until((values) => values.length === 1)));
    return { plan, subscribers };
  }

  /** Live reads of the log resolve only when `gate` does (the query itself runs at once, on the real database). */
  function holdLiveReads(gate: Promise<unknown>): void {
    const read = repository.afterWithActors.bind(repository);
    jest.spyOn(repository, 'afterWithActors').mockImplementation(async (...args) => {
      const events = await read(...args);
      await gate;
      return events;
    });
  }

  it('has pushed the event to every subscriber on this instance when the change answers', async () => {
    const { plan, subscribers } = await watchedPlan();
    // The read takes a while: without the wait, the answer would go out before anyone was handed the event.
    holdLiveReads(new Promise((resolve) => setTimeout(resolve, LOCAL_DELIVERY_WAIT_MS / 5)));
    const before = await delivered();
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Keep the ramp clear' }, force.tokens.ncshpPlanner);
    expect((await delivered()) - before).toBe(2);
    await Promise.all(subscribers.map((events) => events.until((values) => values.length === 2)));
    subscribers.forEach((events) => events.stop());
  });

  it('does not hold the answer for a stream whose read is stuck, and the stream delivers once it is not', async () => {
    const { plan, subscribers } = await watchedPlan();
    let release!: () => void;
    holdLiveReads(new Promise<void>((resolve) => (release = resolve)));
    const before = await delivered();
    await gqlData(t, ADD_OBJECTIVE, { p: plan.id, t: 'Answered while the read is held' }, force.tokens.ncshpPlanner);
    expect((await delivered()) - before).toBe(0);
    release();
    await Promise.all(subscribers.map((events) => events.until((values) => values.length === 2)));
    for (const events of subscribers) expect(events.values[1]).toBe(events.values[0] + 1);
    expect((await delivered()) - before).toBe(2);
    subscribers.forEach((events) => events.stop());
  });
});
