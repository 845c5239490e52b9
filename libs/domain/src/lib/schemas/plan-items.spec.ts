import { commsChannelPatchSchema, commsChannelSchema, createPlanSchema, objectivePatchSchema, objectiveSchema, planFieldsSchema, resourcePatchSchema, resourceSchema, rolePatchSchema, roleSchema, timelineEventSchema } from './plan-items';
import { violationsOf } from './violations';

const event = { title: 'Joint briefing', phase: 'BRIEFING', startsAt: '2027-06-10T09:00', endsAt: '2027-06-10T10:00', agencyId: '', dependsOnIds: [], notes: '' };

describe('plan part schemas (checked by the web before sending and by the API on every input)', () => {
  it('names each refused field under the prefix the API uses, one message per field, in field order', () => {
    expect(violationsOf(objectiveSchema, { title: '   ', description: 'd'.repeat(20_001), successCriteria: '' }, 'input')).toEqual([
      { field: 'input.title', message: 'Title is required.' },
      { field: 'input.description', message: 'Description must be at most 20,000 characters.' },
    ]);
    expect(violationsOf(objectiveSchema, { title: ' x ', priority: 'HIGH' }, 'input')).toEqual([]);
  });

  it('checks titles once trimmed, as the API stores them', () => {
    expect(violationsOf(objectiveSchema, { title: `${'x'.repeat(200)}   ` })).toEqual([]);
    expect(violationsOf(objectiveSchema, { title: 'x'.repeat(201) })).toEqual([{ field: 'title', message: 'Title must be at most 200 characters.' }]);
  });

  it('leaves out of a patch what is not given, and holds what is given to the same rules', () => {
    expect(violationsOf(objectivePatchSchema, { position: 2 }, 'patch')).toEqual([]);
    expect(violationsOf(objectivePatchSchema, { title: null, description: null }, 'patch')).toEqual([]);
    expect(violationsOf(objectivePatchSchema, { title: '' }, 'patch')).toEqual([{ field: 'patch.title', message: 'Title is required.' }]);
    expect(violationsOf(commsChannelPatchSchema, { details: '  ' }, 'patch')).toEqual([{ field: 'patch.details', message: 'Details is required.' }]);
    expect(violationsOf(rolePatchSchema, { objectiveIds: new Array(501).fill('x') }, 'patch')).toEqual([{ field: 'patch.objectiveIds', message: 'Objectives may hold at most 500 items.' }]);
  });

  it('wants an agency chosen for a role and for a resource, in the words the form shows', () => {
    expect(violationsOf(roleSchema, { agencyId: '', title: 'Commander' }, 'input')).toEqual([{ field: 'input.agencyId', message: 'Choose the agency that holds this role.' }]);
    expect(violationsOf(resourceSchema, { agencyId: '', kind: 'Officers', quantity: '2' }, 'input')).toEqual([{ field: 'input.agencyId', message: 'Choose the agency that commits this resource.' }]);
  });

  it('takes a quantity as a whole number from 0 to 100,000, typed or sent', () => {
    const quantity = (value: unknown) => violationsOf(resourcePatchSchema, { quantity: value }).map((v) => v.message);
    expect(quantity(12)).toEqual([]);
    expect(quantity('12')).toEqual([]);
    expect(quantity(0)).toEqual([]);
    expect(quantity(-1)).toEqual(['Quantity must be a whole number, 0 or more.']);
    expect(quantity('1.5')).toEqual(['Quantity must be a whole number, 0 or more.']);
    expect(quantity('')).toEqual(['Quantity must be a whole number, 0 or more.']);
    expect(quantity(100_001)).toEqual(['Quantity must be at most 100,000.']);
  });

  it('requires a channel name and details, not a purpose or an agency', () => {
    expect(violationsOf(commsChannelSchema, { name: 'Command net', details: 'CMD-1', purpose: '', agencyId: '' })).toEqual([]);
    expect(violationsOf(commsChannelSchema, { name: '', details: '' }, 'input').map((v) => v.field)).toEqual(['input.name', 'input.details']);
  });

  it('holds a timeline event to its start and end, typed as local times or sent as instants', () => {
    expect(violationsOf(timelineEventSchema, event)).toEqual([]);
    expect(violationsOf(timelineEventSchema, { ...event, startsAt: new Date('2027-06-10T09:00:00Z'), endsAt: new Date('2027-06-10T10:00:00Z') })).toEqual([]);
    expect(violationsOf(timelineEventSchema, { ...event, endsAt: '2027-06-10T08:30' })).toEqual([{ field: 'endsAt', message: 'End must not be before start.' }]);
    expect(violationsOf(timelineEventSchema, { ...event, startsAt: '', endsAt: '' })).toEqual([
      { field: 'startsAt', message: 'Start is required.' },
      { field: 'endsAt', message: 'End is required.' },
    ]);
    expect(violationsOf(timelineEventSchema, { ...event, startsAt: '1999-03-01T08:00:00Z' }, 'input')).toEqual([{ field: 'input.startsAt', message: 'Start must fall between 2000 and 2099.' }]);
    expect(violationsOf(timelineEventSchema, { ...event, dependsOnIds: new Array(501).fill('x') })[0]?.message).toBe('Depends on may hold at most 500 events.');
  });

  it("keeps a plan's window in order and in range; an open window is fine", () => {
    expect(violationsOf(planFieldsSchema, { title: 'Plan', summary: '', startsAt: null, endsAt: null })).toEqual([]);
    expect(violationsOf(planFieldsSchema, { title: 'Plan', startsAt: '2027-03-02T00:00:00Z', endsAt: '2027-03-01T00:00:00Z' }, 'patch')).toEqual([
      { field: 'patch.endsAt', message: 'The window end must not be before the window start.' },
    ]);
    expect(violationsOf(createPlanSchema, { title: 'Plan', startsAt: '1999-01-01T00:00:00Z', agencyIds: [] }, 'input')).toEqual([
      { field: 'input.startsAt', message: 'Starts at must fall between 2000 and 2099.' },
    ]);
    expect(violationsOf(createPlanSchema, { title: 'Plan', agencyIds: new Array(501).fill('a') }, 'input')[0]?.field).toBe('input.agencyIds');
  });

  it("holds a plan's time zone to the IANA zones; left out, it is not checked", () => {
    expect(violationsOf(createPlanSchema, { title: 'Plan', timeZone: 'America/Chicago' }, 'input')).toEqual([]);
    expect(violationsOf(createPlanSchema, { title: 'Plan' }, 'input')).toEqual([]);
    for (const timeZone of ['Eastern', 'America/Atlantis', '-05:00', '']) {
      expect(violationsOf(createPlanSchema, { title: 'Plan', timeZone }, 'input')).toEqual([{ field: 'input.timeZone', message: 'Time zone must be an IANA time zone, e.g. America/New_York.' }]);
    }
    expect(violationsOf(planFieldsSchema, { title: 'Plan', timeZone: 'Mars/Olympus' }, 'patch')).toEqual([{ field: 'patch.timeZone', message: 'Time zone must be an IANA time zone, e.g. America/New_York.' }]);
  });
});
