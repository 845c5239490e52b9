import { LIMITS } from '../input-limits';
import { activityEntrySchema, ACTIVITY_TEXT_MAX, CLOCK_SKEW_MS, correctiveActionPatchSchema, reportFinalizeSchema } from './after-action';
import { violationsOf } from './violations';

describe('after-action schemas', () => {
  const now = Date.parse('2027-03-01T12:00:00Z');

  it('holds an activity entry to the general text limit, the same in the form and the API', () => {
    expect(ACTIVITY_TEXT_MAX).toBe(LIMITS.textMax);
    expect(violationsOf(activityEntrySchema(now), { text: 'x'.repeat(LIMITS.textMax), at: null })).toEqual([]);
    expect(violationsOf(activityEntrySchema(now), { text: 'x'.repeat(LIMITS.textMax + 1), at: null })).toEqual([{ field: 'text', message: 'The entry must be at most 20,000 characters.' }]);
  });

  it('allows a minute of clock skew for the time of an entry, and no more', () => {
    expect(violationsOf(activityEntrySchema(now), { text: 'Briefing', at: new Date(now + CLOCK_SKEW_MS) })).toEqual([]);
    expect(violationsOf(activityEntrySchema(now), { text: 'Briefing', at: new Date(now + CLOCK_SKEW_MS + 1000) })).toEqual([{ field: 'at', message: 'The time cannot be in the future.' }]);
  });

  it('checks only the fields a corrective-action patch gives, naming them under patch', () => {
    expect(violationsOf(correctiveActionPatchSchema, { title: null, dueDate: null, status: 'DONE' }, 'patch')).toEqual([]);
    expect(violationsOf(correctiveActionPatchSchema, { title: ' ', notes: 'x'.repeat(LIMITS.textMax + 1) }, 'patch').map((v) => v.field)).toEqual(['patch.title', 'patch.notes']);
  });

  it('finalizes a report only with a summary that is more than spaces', () => {
    expect(violationsOf(reportFinalizeSchema, { summary: 'The sweep met its safety objective.' })).toEqual([]);
    for (const summary of ['', '   \n ']) expect(violationsOf(reportFinalizeSchema, { summary })).toEqual([{ field: 'summary', message: 'Write the summary before finalizing the report.' }]);
  });
});
