import { eventFormSchema, eventWarnings, type EventFormValues, type ValidationContext } from './timeline-validation';

// Briefing (06:00–07:00 EDT) then Hot wash (20:00–21:00 EDT), which depends on the briefing.
const context: ValidationContext = {
  events: [
    { id: 'brief', title: 'Pre-operation briefing', startsAt: '2027-04-17T10:00:00Z', endsAt: '2027-04-17T11:00:00Z', dependsOnIds: [] },
    { id: 'wash', title: 'Hot wash', startsAt: '2027-04-18T00:00:00Z', endsAt: '2027-04-18T01:00:00Z', dependsOnIds: ['brief'] },
  ],
  editingId: 'brief',
  windowStart: '2027-04-17T10:00:00Z',
  windowEnd: '2027-04-18T04:00:00Z',
  zone: 'America/New_York',
};
const briefing = (dependsOnIds: string[]): EventFormValues => ({ title: 'Pre-operation briefing', phase: 'BRIEFING', startsAt: '2027-04-17T06:00', endsAt: '2027-04-17T07:00', agencyId: '', dependsOnIds, notes: '', placeId: '' });

describe('timeline event form: dependencies', () => {
  it('refuses a cycle, and then warns of nothing that "can be saved"', () => {
    const result = eventFormSchema(context).safeParse(briefing(['wash']));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain('These dependencies would create a cycle: an event you chose already depends on this one.');
    expect(eventWarnings(briefing(['wash']), context)).toEqual([]);
  });

  it('warns, without refusing, when an event starts before one it depends on ends', () => {
    const washFirst = { ...context, editingId: null, events: [{ ...context.events[1]!, dependsOnIds: [] }] };
    expect(eventFormSchema(washFirst).safeParse(briefing(['wash'])).success).toBe(true);
    expect(eventWarnings(briefing(['wash']), washFirst)).toEqual(['It starts before "Hot wash" ends.']);
  });
});
