import { debriefListSchema, debriefOutcomeSchema, debriefStepCount, INCIDENT_OUTSIDE_WINDOW_MESSAGE, incidentSchema, incidentTimeBounds, incidentWindowSchema } from './debrief';
import { violationsOf } from './violations';

describe('debrief schemas', () => {
  const hour = 3_600_000;
  const window = { startsAt: '2027-04-17T10:00:00Z', endsAt: '2027-04-17T22:00:00Z' };
  const start = Date.parse(window.startsAt);
  const end = Date.parse(window.endsAt);
  const now = end + 48 * hour;
  const incident = (occurredAt: Date | string) => ({ type: 'SAFETY', occurredAt, description: 'Near miss at the ramp', reportedTo: '' });

  it('bounds incident times to the operation window, 12 hours either side, inclusive', () => {
    expect(incidentTimeBounds(window)).toEqual({ earliest: start - 12 * hour, latest: end + 12 * hour });
    for (const at of [start - 12 * hour, start - 11 * hour, start, end, end + 12 * hour]) {
      expect(violationsOf(incidentWindowSchema(window), new Date(at), 'input.incidents[0].occurredAt')).toEqual([]);
    }
    for (const at of [start - 12 * hour - 1, end + 13 * hour, start - 183 * 24 * hour]) {
      expect(violationsOf(incidentWindowSchema(window), new Date(at), 'input.incidents[0].occurredAt')).toEqual([
        { field: 'input.incidents[0].occurredAt', message: INCIDENT_OUTSIDE_WINDOW_MESSAGE },
      ]);
    }
  });

  it('compares instants, whatever zone the time is written in', () => {
    // 10:00 UTC is 06:00 in New York (EDT): both spellings of 11 hours before are accepted, 13 hours before is not.
    expect(violationsOf(incidentWindowSchema(window), '2027-04-16T19:00:00-04:00')).toEqual([]);
    expect(violationsOf(incidentWindowSchema(window), '2027-04-16T23:00:00Z')).toEqual([]);
    expect(violationsOf(incidentWindowSchema(window), '2027-04-16T17:00:00-04:00')).toHaveLength(1);
  });

  it('sets no bound when the plan has no complete window, and leaves malformed times to their own rule', () => {
    expect(incidentTimeBounds({ startsAt: null, endsAt: window.endsAt })).toBeNull();
    expect(violationsOf(incidentWindowSchema({ startsAt: null, endsAt: null }), '2020-01-01T00:00:00Z')).toEqual([]);
    expect(violationsOf(incidentWindowSchema(window), 'not a date')).toEqual([]);
  });

  it('checks an incident of the wizard: type, a time in the window and not in the future, a description', () => {
    expect(violationsOf(incidentSchema(now, window), incident(new Date(start + hour)))).toEqual([]);
    expect(violationsOf(incidentSchema(now, window), incident(new Date(start - 183 * 24 * hour)))).toEqual([{ field: 'occurredAt', message: INCIDENT_OUTSIDE_WINDOW_MESSAGE }]);
    expect(violationsOf(incidentSchema(start, window), incident(new Date(start + hour)))).toEqual([{ field: 'occurredAt', message: 'The time cannot be in the future.' }]);
    expect(violationsOf(incidentSchema(now, window), { type: '', occurredAt: '', description: ' ', reportedTo: '' }).map((v) => v.field)).toEqual(['type', 'occurredAt', 'description']);
    // Without a window only the date and the future are checked.
    expect(violationsOf(incidentSchema(now), incident(new Date(start - 183 * 24 * hour)))).toEqual([]);
  });

  it('takes an optional location, [longitude, latitude] in range, as the API checks input.incidents[i].location', () => {
    const at = new Date(start + hour);
    expect(violationsOf(incidentSchema(now, window), { ...incident(at), location: [-78.63818, 35.77961] })).toEqual([]);
    expect(violationsOf(incidentSchema(now, window), { ...incident(at), location: null })).toEqual([]);
    expect(violationsOf(incidentSchema(now, window), { ...incident(at), location: [-78.6, 91] })).toEqual([{ field: 'location[1]', message: 'Latitude must be a number from −90 to 90.' }]);
    expect(violationsOf(incidentSchema(now, window), { ...incident(at), location: [Number.NaN, 35.7] })).toEqual([{ field: 'location[0]', message: 'Longitude must be a number from −180 to 180.' }]);
    expect(violationsOf(incidentSchema(now, window), { ...incident(at), location: [-78.6, 35.7, 90] }).map((v) => v.field)).toEqual(['location']);
  });

  it('needs an outcome on an objective step, and holds list items and notes to the text limit', () => {
    expect(violationsOf(debriefOutcomeSchema, { outcome: '', notes: '' })).toEqual([{ field: 'outcome', message: 'Choose an outcome for this objective.' }]);
    expect(violationsOf(debriefOutcomeSchema, { outcome: 'MET', notes: '' })).toEqual([]);
    expect(violationsOf(debriefListSchema('Strength'), ['ok', 'x'.repeat(20_001)], 'strengths').map((v) => v.field)).toEqual(['strengths[1]']);
  });

  it('counts one step per objective plus incidents, strengths, improvements, narrative and review', () => {
    expect(debriefStepCount(2)).toBe(7);
  });
});
