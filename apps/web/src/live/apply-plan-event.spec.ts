import { gql } from '@apollo/client';
import { createCache } from '@jointops/web-data';
import { applyPlanEvent } from './apply-plan-event';
import { cachedPlan, CBP, objective, planEvent, readWholePlan, writeWholePlan } from './live-fixtures';

function setup() {
  const cache = createCache();
  writeWholePlan(cache, cachedPlan());
  const read = () => readWholePlan(cache);
  return { cache, read };
}

const timelineEvent = (id: string, startsAt: string) => ({
  __typename: 'TimelineEvent' as const,
  id,
  version: 1,
  title: `Event ${id}`,
  phase: 'EXECUTION',
  startsAt,
  endsAt: startsAt,
  agency: null,
  dependsOnIds: [],
  notes: '',
  actualStartsAt: null,
  actualEndsAt: null,
  place: null,
});

const PLACE_NAMED_BY = gql`
  fragment PlaceNamedBy on Place {
    id
    namedBy
  }
`;

describe('applyPlanEvent', () => {
  it('reads every place of the plan again when the cache never held the changed role (which place it named is unknown)', () => {
    const cache = createCache();
    const place = (id: string) => ({ __typename: 'Place' as const, id, version: 1, name: `Place ${id}`, kind: 'COMMAND_POST', coordinates: [[35.3, -78.6]], address: '', notes: '', createdAt: '2027-01-01T00:00:00Z', namedBy: ['role “Liaison”'] });
    writeWholePlan(cache, { ...cachedPlan(), places: [place('pl1'), place('pl2')] } as Parameters<typeof writeWholePlan>[1]);
    const namedBy = (id: string) => (cache.extract() as Record<string, { namedBy?: string[] } | undefined>)[`Place:${id}`]?.namedBy;
    const role = { __typename: 'RoleAssignment' as const, id: 'r9', version: 2, title: 'Liaison', responsibilities: '', agency: CBP, assignee: null, objectives: [], place: null };
    // Added: it cannot have named a place before, so nothing but its own place (none) is read again.
    const added = { ...role, id: 'r8' };
    applyPlanEvent(cache, planEvent(10, 'ROLE_ADDED', 'ROLE', 'r8', added), 9);
    expect([namedBy('pl1'), namedBy('pl2')]).toEqual([['role “Liaison”'], ['role “Liaison”']]);
    // Its place cleared, by someone else, on a role this cache never held: every place is read again.
    applyPlanEvent(cache, planEvent(11, 'ROLE_UPDATED', 'ROLE', 'r9', role), 10);
    expect([namedBy('pl1'), namedBy('pl2')]).toEqual([undefined, undefined]);
  });

  it('forgets what the places a role or timeline event named and names are named by, so they are read again', () => {
    const { cache } = setup();
    const namedBy = (id: string) => (cache.extract() as Record<string, { namedBy?: string[] } | undefined>)[`Place:${id}`]?.namedBy;
    const writePlaces = () => {
      cache.writeFragment({ fragment: PLACE_NAMED_BY, data: { __typename: 'Place', id: 'pl1', namedBy: ['timeline event “Event t1”'] } });
      cache.writeFragment({ fragment: PLACE_NAMED_BY, data: { __typename: 'Place', id: 'pl2', namedBy: [] } });
    };
    const at = (place: string | null) => ({ ...timelineEvent('t1', '2027-01-05T08:00:00Z'), place: place ? { __typename: 'Place' as const, id: place } : null });
    applyPlanEvent(cache, planEvent(10, 'TIMELINE_EVENT_ADDED', 'TIMELINE_EVENT', 't1', at('pl1')), 9);
    writePlaces();
    // An objective names no place: nothing is forgotten.
    applyPlanEvent(cache, planEvent(11, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', objective('o2', 1, 'Renamed')), 10);
    expect([namedBy('pl1'), namedBy('pl2')]).toEqual([['timeline event “Event t1”'], []]);
    // Moved from one place to the other: both are read again.
    applyPlanEvent(cache, planEvent(12, 'TIMELINE_EVENT_UPDATED', 'TIMELINE_EVENT', 't1', at('pl2')), 11);
    expect([namedBy('pl1'), namedBy('pl2')]).toEqual([undefined, undefined]);
    // Removed: the place it named is read again.
    writePlaces();
    applyPlanEvent(cache, planEvent(13, 'TIMELINE_EVENT_REMOVED', 'TIMELINE_EVENT', 't1', null), 12);
    expect(namedBy('pl2')).toBeUndefined();
    expect(namedBy('pl1')).toEqual(['timeline event “Event t1”']);
  });

  it('appends an added objective in position order and moves revision and lastSeq', () => {
    const { cache, read } = setup();
    const applied = applyPlanEvent(cache, planEvent(10, 'OBJECTIVE_ADDED', 'OBJECTIVE', 'o3', objective('o3', 2, 'Keep lanes open')), 9);
    expect(applied?.previous).toBeNull();
    const plan = read();
    expect(plan.objectives.map((o) => o.id)).toEqual(['o1', 'o2', 'o3']);
    expect(plan.objectives[2].title).toBe('Keep lanes open');
    expect(plan.revision).toBe(19);
    expect(plan.lastSeq).toBe(10);
  });

  it('writes an update over the cached entity and returns the previous snapshot', () => {
    const { cache, read } = setup();
    const applied = applyPlanEvent(cache, planEvent(10, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', objective('o2', 1, 'Objective o2', 'No delays over 10 min')), 9);
    expect(applied?.previous).toMatchObject({ __typename: 'Objective', id: 'o2', successCriteria: '' });
    expect(read().objectives[1].successCriteria).toBe('No delays over 10 min');
  });

  it('re-sorts objectives when an update moves one', () => {
    const { cache, read } = setup();
    applyPlanEvent(cache, planEvent(10, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o1', objective('o1', 1)), 9);
    applyPlanEvent(cache, planEvent(11, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o2', objective('o2', 0)), 10);
    expect(read().objectives.map((o) => [o.id, o.position])).toEqual([
      ['o2', 0],
      ['o1', 1],
    ]);
  });

  it('removes a removed entity from the list and from the cache', () => {
    const { cache, read } = setup();
    applyPlanEvent(cache, planEvent(10, 'OBJECTIVE_REMOVED', 'OBJECTIVE', 'o1', null), 9);
    expect(read().objectives.map((o) => o.id)).toEqual(['o2']);
    expect(cache.extract()['Objective:o1']).toBeUndefined();
  });

  it('ignores duplicates (seq at or below the last applied)', () => {
    const { cache, read } = setup();
    const event = planEvent(10, 'OBJECTIVE_ADDED', 'OBJECTIVE', 'o3', objective('o3', 2));
    expect(applyPlanEvent(cache, event, 9)).not.toBeNull();
    expect(applyPlanEvent(cache, event, 10)).toBeNull();
    expect(applyPlanEvent(cache, planEvent(10, 'OBJECTIVE_REMOVED', 'OBJECTIVE', 'o3', null), 10)).toBeNull();
    expect(read().objectives.map((o) => o.id)).toEqual(['o1', 'o2', 'o3']);
  });

  it('is a no-op for the echo of an optimistic or already applied change', () => {
    const { cache, read } = setup();
    const before = read();
    applyPlanEvent(cache, planEvent(10, 'OBJECTIVE_UPDATED', 'OBJECTIVE', 'o1', objective('o1', 0)), 9);
    expect(read().objectives).toEqual(before.objectives);
  });

  it('keeps the timeline ordered by start, whichever alias carries the node', () => {
    const { cache, read } = setup();
    applyPlanEvent(cache, planEvent(10, 'TIMELINE_EVENT_ADDED', 'TIMELINE_EVENT', 't2', timelineEvent('t2', '2027-03-01T12:00:00Z')), 9);
    applyPlanEvent(cache, planEvent(11, 'TIMELINE_EVENT_ADDED', 'TIMELINE_EVENT', 't1', timelineEvent('t1', '2027-03-01T08:00:00Z')), 10);
    expect(read().timeline.map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('writes plan fields from a PLAN_UPDATED node', () => {
    const { cache, read } = setup();
    const plan = cachedPlan();
    const node = { __typename: 'Plan' as const, id: 'p1', title: 'Operation Safe Harbor', summary: plan.summary, status: plan.status, version: 4, revision: 10, startsAt: null, endsAt: null, timeZone: 'America/New_York', agencies: plan.agencies };
    applyPlanEvent(cache, planEvent(10, 'PLAN_UPDATED', 'PLAN', 'p1', node), 9);
    expect(read()).toMatchObject({ title: 'Operation Safe Harbor', version: 4, lastSeq: 10 });
  });
});
