import type { TimelineEventFieldsFragment } from '@jointops/web-data';
import { mergeCurrentEvent } from './useTimelineMutations';

const cached = {
  __typename: 'TimelineEvent',
  id: 'e-3',
  version: 2,
  title: 'Sweep',
  phase: 'EXECUTION',
  startsAt: '2027-03-01T09:00:00Z',
  endsAt: '2027-03-01T10:00:00Z',
  agency: null,
  dependsOnIds: ['e-1'],
  notes: '',
  actualStartsAt: null,
  actualEndsAt: null,
  place: null,
} as TimelineEventFieldsFragment;
const agencies = [{ id: 'a-cbp', shortName: 'CBP' }];

describe('mergeCurrentEvent ("keep theirs" after a CONFLICT)', () => {
  it("takes the server's dependencies as ids, as the entity carries them (dependsOnIds)", () => {
    const merged = mergeCurrentEvent(cached, 3, { id: 'e-3', title: 'Their sweep', dependsOnIds: ['e-2', 'e-1'], agencyId: 'a-cbp' }, agencies);
    expect(merged).toMatchObject({ version: 3, title: 'Their sweep', dependsOnIds: ['e-2', 'e-1'], agency: { id: 'a-cbp', shortName: 'CBP' } });
  });

  it('reads a GraphQL-shaped current (dependsOn objects) too, and keeps ours when the ids are not all strings', () => {
    expect(mergeCurrentEvent(cached, 3, { dependsOn: [{ id: 'e-2' }] }, agencies).dependsOnIds).toEqual(['e-2']);
    expect(mergeCurrentEvent(cached, 3, { dependsOnIds: [null] }, agencies).dependsOnIds).toEqual(['e-1']);
    expect(mergeCurrentEvent(cached, 3, {}, agencies).dependsOnIds).toEqual(['e-1']);
  });
});
