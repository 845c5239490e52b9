import {
  addOneOfEach,
  approveAs,
  changesSince,
  createPlan,
  errorOf,
  gqlData,
  MISSING_ID,
  PART_FIELDS,
  planFootprint,
  planHead,
  readyPlan,
  seedTaskForce,
  submitPlan,
  type TaskForce,
} from './support/task-force';
import { asAt } from './support/clock';
import { startTestApp, type TestApp } from './support/test-app';

const EVENT = PART_FIELDS.TimelineEvent;
const ADD = `mutation($p: ID!, $input: TimelineEventInput!) { addTimelineEvent(planId: $p, input: $input) { ${EVENT} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: TimelineEventPatch!) { updateTimelineEvent(id: $id, expectedVersion: $v, patch: $patch) { ${EVENT} } }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removeTimelineEvent(id: $id, expectedVersion: $v) }`;
const TIMELINE = `query($id: ID!) { plan(id: $id) { timeline { ${EVENT} } readiness { blockers { code entityId } } } }`;

/** 2027-03-01 at the given UTC hour and minute; the plans' window is 06:00-18:00 that day. */
const at = (hour: number, minute = 0) => `2027-03-01T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;

type Event = { id: string; version: number; title: string; dependsOn: Array<{ id: string }> };

describe('timeline', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planner = force.tokens.ncshpPlanner;
  });
  afterAll(() => t.close());

  const add = async (planId: string, input: Record<string, unknown>, token = planner): Promise<Event & Record<string, any>> =>
    (await gqlData(t, ADD, { p: planId, input: { phase: 'EXECUTION', ...input } }, token)).addTimelineEvent;
  const update = async (event: { id: string; version: number }, patch: Record<string, unknown>, token = planner) =>
    (await gqlData(t, UPDATE, { id: event.id, v: event.version, patch }, token)).updateTimelineEvent;
  const planOf = async (planId: string) => (await gqlData(t, TIMELINE, { id: planId }, planner)).plan;
  const blockersOf = async (planId: string, code: string) =>
    (await planOf(planId)).readiness.blockers.filter((b: { code: string }) => b.code === code).map((b: { entityId: string }) => b.entityId);

  it('adds, updates and removes events, lists them by startsAt, and logs each change with its node', async () => {
    const { id: planId } = await createPlan(t, force, { title: 'Timeline lifecycle' });
    const start = await planHead(t, planId, planner);

    const briefing = await add(planId, { title: ' Joint briefing ', phase: 'BRIEFING', startsAt: at(7), endsAt: at(8), agencyId: force.agencies.ncshp, notes: 'Room 2.' });
    expect(briefing).toEqual({
      id: expect.any(String),
      version: 1,
      title: 'Joint briefing',
      phase: 'BRIEFING',
      startsAt: at(7),
      endsAt: at(8),
      notes: 'Room 2.',
      agencyRef: { id: force.agencies.ncshp },
      dependsOn: [],
    });
    const afterAdd = await changesSince(t, planId, start, planner);
    expect(afterAdd.head.revision).toBe(start.revision + 1);
    expect(afterAdd.events).toEqual([
      { seq: start.lastSeq + 1, type: 'TIMELINE_EVENT_ADDED', entityType: 'TIMELINE_EVENT', entityId: briefing.id, revision: start.revision + 1, node: { __typename: 'TimelineEvent', ...briefing } },
    ]);

    const patrol = await add(planId, { title: 'Patrol', startsAt: at(9), endsAt: at(12), dependsOnIds: [briefing.id, briefing.id] });
    expect(patrol).toMatchObject({ agencyRef: null, notes: '', dependsOn: [{ id: briefing.id }] });
    const staging = await add(planId, { title: 'Staging', phase: 'PREPARATION', startsAt: at(6, 30), endsAt: at(7) });
    // A zero-length event is allowed: the end is never *before* the start.
    await add(planId, { title: 'Handover', phase: 'DEMOBILIZATION', startsAt: at(12), endsAt: at(12) });
    expect((await planOf(planId)).timeline.map((e: Event) => e.title)).toEqual(['Staging', 'Joint briefing', 'Patrol', 'Handover']);

    // Moving the staging after the patrol reorders the list.
    const beforeUpdate = await planHead(t, planId, planner);
    const moved = await update(staging, { startsAt: at(12, 30), endsAt: at(13), title: 'Late staging', agencyId: force.agencies.cbp });
    expect(moved).toEqual({ ...staging, version: 2, title: 'Late staging', startsAt: at(12, 30), endsAt: at(13), agencyRef: { id: force.agencies.cbp } });
    expect((await planOf(planId)).timeline.map((e: Event) => e.title)).toEqual(['Joint briefing', 'Patrol', 'Handover', 'Late staging']);
    const afterUpdate = await changesSince(t, planId, beforeUpdate, planner);
    expect(afterUpdate.head.revision).toBe(beforeUpdate.revision + 1);
    expect(afterUpdate.events).toEqual([
      { seq: beforeUpdate.lastSeq + 1, type: 'TIMELINE_EVENT_UPDATED', entityType: 'TIMELINE_EVENT', entityId: staging.id, revision: beforeUpdate.revision + 1, node: { __typename: 'TimelineEvent', ...moved } },
    ]);
    // Explicit null: the event belongs to no single agency.
    expect(await update(moved, { agencyId: null })).toMatchObject({ version: 3, agencyRef: null });

    // Removing the briefing takes it out of the patrol's dependencies, in the same revision.
    const beforeRemove = await planHead(t, planId, planner);
    expect((await gqlData(t, REMOVE, { id: briefing.id, v: 1 }, planner)).removeTimelineEvent).toBe(briefing.id);
    const timeline = (await planOf(planId)).timeline;
    expect(timeline.map((e: Event) => e.title)).toEqual(['Patrol', 'Handover', 'Late staging']);
    expect(timeline[0]).toMatchObject({ id: patrol.id, dependsOn: [] });
    const [{ depends_on_ids }] = await t.db.query(`SELECT depends_on_ids FROM timeline_events WHERE id = $1`, [patrol.id]);
    expect(depends_on_ids).toEqual([]);
    const afterRemove = await changesSince(t, planId, beforeRemove, planner);
    expect(afterRemove.head.revision).toBe(beforeRemove.revision + 1);
    expect(afterRemove.events.map((event) => [event.type, event.entityId, event.revision])).toEqual([
      ['TIMELINE_EVENT_REMOVED', briefing.id, beforeRemove.revision + 1],
      ['TIMELINE_EVENT_UPDATED', patrol.id, beforeRemove.revision + 1],
    ]);
    expect(afterRemove.events[0].node).toBeNull();
    expect(afterRemove.events[1].node).toMatchObject({ __typename: 'TimelineEvent', id: patrol.id, dependsOn: [] });
  });

  describe('readiness', () => {
    it('shows TIMELINE_DEPENDENCY_OVERLAP while an event starts before its dependency ends', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Overlap plan' });
      const first = await add(planId, { title: 'Cordon', startsAt: at(8), endsAt: at(10) });
      const second = await add(planId, { title: 'Sweep', startsAt: at(9), endsAt: at(11), dependsOnIds: [first.id] });
      expect(await blockersOf(planId, 'TIMELINE_DEPENDENCY_OVERLAP')).toEqual([second.id]);
      // Finish-to-start: starting exactly when the dependency ends is fine.
      await update(second, { startsAt: at(10) });
      expect(await blockersOf(planId, 'TIMELINE_DEPENDENCY_OVERLAP')).toEqual([]);
      // Stretching the dependency brings the blocker back.
      await update(first, { endsAt: at(10, 30) });
      expect(await blockersOf(planId, 'TIMELINE_DEPENDENCY_OVERLAP')).toEqual([second.id]);
      expect(await blockersOf(planId, 'TIMELINE_OUTSIDE_WINDOW')).toEqual([]);
    });

    it('shows TIMELINE_OUTSIDE_WINDOW for an event outside the plan window', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Window plan' });
      await add(planId, { title: 'Inside', startsAt: at(6), endsAt: at(18) });
      const late = await add(planId, { title: 'Late', startsAt: at(17), endsAt: at(19) });
      const early = await add(planId, { title: 'Early', startsAt: at(5), endsAt: at(7) });
      expect((await blockersOf(planId, 'TIMELINE_OUTSIDE_WINDOW')).sort()).toEqual([late.id, early.id].sort());
      await update(late, { endsAt: at(18) });
      expect(await blockersOf(planId, 'TIMELINE_OUTSIDE_WINDOW')).toEqual([early.id]);
    });
  });

  describe('optimistic concurrency', () => {
    it('answers CONFLICT with the current event to a stale update or remove, and changes nothing', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Timeline conflict' });
      const event = await add(planId, { title: 'Checkpoint', startsAt: at(8), endsAt: at(9) });
      await update(event, { title: 'Checkpoint A' }, force.tokens.cbpPlanner);
      const before = await planFootprint(t, planId);
      const stale = errorOf(await t.gql(UPDATE, { id: event.id, v: 1, patch: { title: 'Stale' } }, planner));
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { id: event.id, title: 'Checkpoint A', version: 2 } });
      const staleRemove = errorOf(await t.gql(REMOVE, { id: event.id, v: 1 }, planner));
      expect(staleRemove.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { id: event.id, title: 'Checkpoint A', version: 2 } });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('lets two agencies edit two different events at once', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Timeline parallel' });
      const a = await add(planId, { title: 'A', startsAt: at(8), endsAt: at(9) });
      const b = await add(planId, { title: 'B', startsAt: at(9), endsAt: at(10) });
      const results = await Promise.all([
        t.gql(UPDATE, { id: a.id, v: 1, patch: { notes: 'NCSHP' } }, force.tokens.ncshpPlanner),
        t.gql(UPDATE, { id: b.id, v: 1, patch: { notes: 'CBP' } }, force.tokens.cbpPlanner),
      ]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      expect(results.map((result) => result.data?.updateTimelineEvent.version)).toEqual([2, 2]);
    });
  });

  describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
    let planId: string;
    let a: Event;
    let b: Event;
    let c: Event;
    let foreign: Event;
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Timeline validation' })).id;
      // a depends on b, b depends on c.
      c = await add(planId, { title: 'C', startsAt: at(7), endsAt: at(8) });
      b = await add(planId, { title: 'B', startsAt: at(8), endsAt: at(9), dependsOnIds: [c.id] });
      a = await add(planId, { title: 'A', startsAt: at(9), endsAt: at(10), dependsOnIds: [b.id] });
      foreign = await add((await createPlan(t, force, { title: 'Another timeline' })).id, { title: 'Foreign', startsAt: at(7), endsAt: at(8) });
    });

    // Lengths, required fields, list sizes and date order run on the service in timeline.medium-spec.ts;
    // the 1999 start stays here to prove the GraphQL shape of such a refusal (and the DateTime scalar) end to end.
    const inputCases: Array<[string, () => Record<string, unknown>, string]> = [
      ['a start in 1999', () => ({ title: 'ok', startsAt: '1999-03-01T08:00:00Z', endsAt: at(9) }), 'input.startsAt'],
      ['an agency not taking part in the plan', () => ({ title: 'ok', startsAt: at(8), endsAt: at(9), agencyId: force.agencies.wcso }), 'input.agencyId'],
      ['a dependency on an event of another plan', () => ({ title: 'ok', startsAt: at(8), endsAt: at(9), dependsOnIds: [foreign.id] }), 'input.dependsOnIds'],
      ['a dependency on an event that does not exist', () => ({ title: 'ok', startsAt: at(8), endsAt: at(9), dependsOnIds: [MISSING_ID] }), 'input.dependsOnIds'],
    ];
    it.each(inputCases)('addTimelineEvent refuses %s', async (_case, input, field) => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(ADD, { p: planId, input: { phase: 'EXECUTION', ...input() } }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    const patchCases: Array<[string, () => [Event, Record<string, unknown>], unknown]> = [
      ['an agency not taking part in the plan', () => [a, { agencyId: force.agencies.wcso }], 'patch.agencyId'],
      ['a dependency on itself', () => [a, { dependsOnIds: [a.id] }], 'patch.dependsOnIds'],
      ['a dependency on an event of another plan', () => [a, { dependsOnIds: [foreign.id] }], 'patch.dependsOnIds'],
      ['a direct cycle (A depends on B; B patched to depend on A)', () => [b, { dependsOnIds: [a.id] }], 'patch.dependsOnIds'],
      ['a longer cycle (A -> B -> C; C patched to depend on A)', () => [c, { dependsOnIds: [a.id] }], 'patch.dependsOnIds'],
    ];
    it.each(patchCases)('updateTimelineEvent refuses %s', async (_case, make, field) => {
      const [event, patch] = make();
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(UPDATE, { id: event.id, v: event.version, patch }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('still accepts dependencies that make no cycle', async () => {
      const updated = await update(c, { dependsOnIds: [] });
      expect(updated.dependsOn).toEqual([]);
      c = updated;
      const again = await update(a, { dependsOnIds: [b.id, c.id] });
      expect(again.dependsOn.map((d: { id: string }) => d.id).sort()).toEqual([b.id, c.id].sort());
      a = again;
    });

    it('serves the dependencies as ids too (dependsOnIds), the same set as dependsOn, kept when a dependency is removed', async () => {
      const IDS = `query($id: ID!) { plan(id: $id) { timeline { id dependsOnIds dependsOn { id } } } }`;
      const idsOf = async () => new Map(((await gqlData(t, IDS, { id: planId }, planner)).plan.timeline as Array<{ id: string; dependsOnIds: string[]; dependsOn: Array<{ id: string }> }>).map((e) => [e.id, e]));
      const events = await idsOf();
      expect([...events.get(a.id)!.dependsOnIds].sort()).toEqual([b.id, c.id].sort());
      for (const event of events.values()) expect([...event.dependsOnIds].sort()).toEqual(event.dependsOn.map((d) => d.id).sort());

      const d = await add(planId, { title: 'D', startsAt: at(11), endsAt: at(12), dependsOnIds: [a.id, a.id, c.id] });
      expect([...(await idsOf()).get(d.id)!.dependsOnIds].sort()).toEqual([a.id, c.id].sort());
      expect((await gqlData(t, REMOVE, { id: c.id, v: c.version }, planner)).removeTimelineEvent).toBe(c.id);
      const after = await idsOf();
      expect(after.get(d.id)!.dependsOnIds).toEqual([a.id]);
      expect(after.get(a.id)!.dependsOnIds).toEqual([b.id]);
      expect(after.get(b.id)!.dependsOnIds).toEqual([]);
    });
  });

  describe('access', () => {
    let planId: string;
    let event: Event;
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Timeline access' })).id;
      event = await add(planId, { title: 'Guarded', startsAt: at(8), endsAt: at(9) });
    });
    const input = { title: 'Nope', phase: 'EXECUTION', startsAt: at(8), endsAt: at(9) };

    it.each(['ncshpOfficer', 'oversight'] as const)('%s gets FORBIDDEN on add, update and remove, and nothing changes', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      expect(errorOf(await t.gql(ADD, { p: planId, input }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(UPDATE, { id: event.id, v: 1, patch: { title: 'Nope' } }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(REMOVE, { id: event.id, v: 1 }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each(['wcsoPlanner', 'ncshpAdmin'] as const)('%s (not a member) gets NOT_FOUND, the same answer as for an id that does not exist', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      const hiddenUpdate = errorOf(await t.gql(UPDATE, { id: event.id, v: 1, patch: { title: 'Nope' } }, token));
      expect(hiddenUpdate.extensions?.code).toBe('NOT_FOUND');
      expect(hiddenUpdate).toEqual(errorOf(await t.gql(UPDATE, { id: MISSING_ID, v: 1, patch: { title: 'Nope' } }, token)));
      const hiddenRemove = errorOf(await t.gql(REMOVE, { id: event.id, v: 1 }, token));
      expect(hiddenRemove.extensions?.code).toBe('NOT_FOUND');
      expect(hiddenRemove).toEqual(errorOf(await t.gql(REMOVE, { id: MISSING_ID, v: 1 }, token)));
      expect(errorOf(await t.gql(ADD, { p: planId, input }, token)).extensions?.code).toBe('NOT_FOUND');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('answers NOT_FOUND to a malformed id', async () => {
      expect(errorOf(await t.gql(UPDATE, { id: 'abc', v: 1, patch: { title: 'x' } }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(REMOVE, { id: 'abc', v: 1 }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(ADD, { p: 'abc', input }, planner)).extensions?.code).toBe('NOT_FOUND');
    });
  });
  describe('recordTimelineActuals checks the times with the rules the web form uses: BAD_USER_INPUT naming the field, nothing written', () => {
    const hour = 3_600_000;
    const RECORD = `mutation($id: ID!, $v: Int!, $start: DateTime, $end: DateTime) { recordTimelineActuals(id: $id, expectedVersion: $v, actualStartsAt: $start, actualEndsAt: $end) { id version actualStartsAt actualEndsAt } }`;
    let planId: string;
    let event: { id: string; version: number };
    const officer = () => force.tokens.ncshpOfficer;
    beforeAll(async () => {
      planId = (await readyPlan(t, force, { title: 'Actuals validation' })).id;
      await addOneOfEach(t, force, planId);
      await submitPlan(t, force, planId);
      await approveAs(t, planId, [force.tokens.ncshpLead, force.tokens.cbpLead]);
      // Activated six hours ago: actual times are recorded from activation on.
      await asAt(t, new Date(Date.now() - 6 * hour), () => gqlData(t, `mutation($p: ID!) { activatePlan(planId: $p) { id } }`, { p: planId }, force.tokens.ncshpLead));
      event = (await planOf(planId)).timeline[0];
    });

    const past = (hoursAgo: number) => new Date(Date.now() - hoursAgo * hour).toISOString();
    it.each([
      ['a start in the future', () => ({ start: new Date(Date.now() + hour).toISOString() }), 'actualStartsAt', 'An actual time cannot be in the future.'],
      ['an end in the future', () => ({ start: past(2), end: new Date(Date.now() + hour).toISOString() }), 'actualEndsAt', 'An actual time cannot be in the future.'],
      ['an end before the start', () => ({ start: past(1), end: past(2) }), 'actualEndsAt', 'The actual end cannot be before the actual start.'],
      ['an end without a start', () => ({ end: past(1) }), 'actualStartsAt', 'Record the actual start as well.'],
      ['a start in 1999', () => ({ start: '1999-03-01T08:00:00Z' }), 'actualStartsAt', 'Actual start must fall between 2000 and 2099.'],
    ])('refuses %s', async (_case, times, field, message) => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(RECORD, { id: event.id, v: event.version, ...times() }, officer()));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toBe(message);
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it("judges the future by the server's Clock, not the machine's time", async () => {
      const ahead = new Date(Date.now() + 48 * hour);
      const start = new Date(ahead.getTime() - 2 * hour).toISOString();
      // Two days ahead of the machine's time, but an hour before the Clock's now: accepted.
      const current = (await planOf(planId)).timeline[0];
      const recorded = await asAt(t, new Date(ahead.getTime() - hour), () => gqlData(t, RECORD, { id: event.id, v: current.version, start }, officer()));
      expect(recorded.recordTimelineActuals).toMatchObject({ actualStartsAt: start });
      // With the Clock back on the machine's time, the same start is in the future again.
      const refused = errorOf(await t.gql(RECORD, { id: event.id, v: recorded.recordTimelineActuals.version, start }, officer()));
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actualStartsAt' });
      event = (await planOf(planId)).timeline[0];
    });

    it('refuses an actual time before the operation was activated, as the activity log does, naming the field', async () => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(RECORD, { id: event.id, v: event.version, start: past(7) }, officer()));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actualStartsAt' });
      expect(error.message).toMatch(/^An actual time cannot be before the operation was activated \(/);
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('records a start and end in the past, and clears them with nulls', async () => {
      const [start, end] = [past(3), past(2)];
      const recorded = (await gqlData(t, RECORD, { id: event.id, v: event.version, start, end }, officer())).recordTimelineActuals;
      expect(recorded).toMatchObject({ actualStartsAt: start, actualEndsAt: end });
      expect(recorded.version).toBeGreaterThan(event.version);
      const cleared = (await gqlData(t, RECORD, { id: event.id, v: recorded.version, start: null, end: null }, officer())).recordTimelineActuals;
      expect(cleared).toMatchObject({ actualStartsAt: null, actualEndsAt: null });
    });
  });
});
