import { Phase } from '@jointops/domain';
import { randomIds, planFootprint } from './support/task-force';
import { startMedium, violationsOf, type MediumApp } from './support/medium';
import type { TimelineEventInput, TimelineEventPatch } from '../src/modules/timeline/dto/timeline-event.input';
import { TimelineService } from '../src/modules/timeline/timeline.service';

/** 2027-03-01 at the given UTC hour and minute; the plan's window is 06:00-18:00 that day. */
const at = (hour: number, minute = 0) => new Date(Date.UTC(2027, 2, 1, hour, minute));

/**
 * The input limits of timeline events (lengths, required fields, list sizes, date order and
 * range), checked on the service over a real database: the refusal names the field and says why,
 * and nothing of the plan changes. timeline.integration-spec.ts proves the GraphQL shape once.
 */
describe('timeline input limits (medium: services on a real database)', () => {
  let m: MediumApp;
  let planId: string;
  let event: { id: string; version: number };
  const valid = { title: 'ok', phase: Phase.EXECUTION, startsAt: at(8), endsAt: at(9) };
  beforeAll(async () => {
    m = await startMedium();
    planId = await m.createPlan({ title: 'Timeline validation' });
    event = await m.get(TimelineService).add(m.users.ncshpPlanner, planId, { ...valid, title: 'A', startsAt: at(9), endsAt: at(10) });
  });
  afterAll(() => m.close());

  it.each<[string, Partial<TimelineEventInput>, string, string]>([
    ['an empty title', { title: '' }, 'input.title', 'Title is required.'],
    ['a 201-character title', { title: 'x'.repeat(201) }, 'input.title', 'Title must be at most 200 characters.'],
    ['20,001-character notes', { notes: 'n'.repeat(20_001) }, 'input.notes', 'Notes must be at most 20,000 characters.'],
    ['an end before the start', { startsAt: at(9), endsAt: at(8, 59) }, 'input.endsAt', 'End must not be before start.'],
    ['a start in 1999', { startsAt: new Date('1999-03-01T08:00:00Z') }, 'input.startsAt', 'Start must fall between 2000 and 2099.'],
    ['501 ids in dependsOnIds', { dependsOnIds: randomIds(501) }, 'input.dependsOnIds', 'Depends on may hold at most 500 events.'],
  ])('add refuses %s', async (_case, input, field, message) => {
    const before = await planFootprint(m, planId);
    expect(await violationsOf(m.get(TimelineService).add(m.users.ncshpPlanner, planId, { ...valid, ...input }))).toEqual([{ field, message }]);
    expect(await planFootprint(m, planId)).toEqual(before);
  });

  it.each<[string, TimelineEventPatch, unknown, string]>([
    ['an empty title', { title: '' }, 'patch.title', 'Title is required.'],
    ['a 201-character title', { title: 'x'.repeat(201) }, 'patch.title', 'Title must be at most 200 characters.'],
    ['20,001-character notes', { notes: 'n'.repeat(20_001) }, 'patch.notes', 'Notes must be at most 20,000 characters.'],
    ['an end before the start it already has', { endsAt: at(8, 59) }, 'patch.endsAt', 'End must not be before start.'],
    // Either end of the pair may be named when only the start moved past the end.
    ['a start after the end it already has', { startsAt: at(10, 1) }, expect.stringMatching(/^patch\.(startsAt|endsAt)$/), 'End must not be before start.'],
    ['501 ids in dependsOnIds', { dependsOnIds: randomIds(501) }, 'patch.dependsOnIds', 'Depends on may hold at most 500 events.'],
  ])('update refuses %s', async (_case, patch, field, message) => {
    const before = await planFootprint(m, planId);
    expect(await violationsOf(m.get(TimelineService).update(m.users.ncshpPlanner, event.id, event.version, patch))).toEqual([{ field, message }]);
    expect(await planFootprint(m, planId)).toEqual(before);
  });
});
