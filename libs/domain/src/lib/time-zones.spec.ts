import {
  canonicalTimeZone,
  DEFAULT_TIME_ZONE,
  formatInZone,
  formatWindowInZone,
  fromZonedInput,
  isTimeZone,
  otherTimeZones,
  toZonedInput,
  zoneAbbreviation,
  zoneOffsetMinutes,
} from './time-zones';

/**
 * The expectations hold whatever zone the test process runs in: run this file with TZ=UTC,
 * TZ=Asia/Tokyo or TZ=America/Los_Angeles and it passes the same.
 */
const NY = 'America/New_York';

describe('zoneAbbreviation', () => {
  it.each([
    ['2027-01-15T15:00:00Z', NY, 'EST'],
    ['2027-04-17T10:00:00Z', NY, 'EDT'],
    ['2027-06-01T16:10:00Z', NY, 'EDT'],
    ['2027-09-20T12:00:00Z', NY, 'EDT'],
    ['2027-12-01T12:00:00Z', NY, 'EST'],
    ['2027-01-15T15:00:00Z', 'America/Chicago', 'CST'],
    ['2027-07-15T15:00:00Z', 'America/Chicago', 'CDT'],
    ['2027-01-15T15:00:00Z', 'America/Los_Angeles', 'PST'],
    ['2027-07-15T15:00:00Z', 'America/Los_Angeles', 'PDT'],
    ['2027-07-15T15:00:00Z', 'America/Phoenix', 'MST'],
    ['2027-07-15T15:00:00Z', 'UTC', 'UTC'],
  ])('%s in %s is %s', (at, zone, abbreviation) => {
    expect(zoneAbbreviation(new Date(at), zone)).toBe(abbreviation);
  });

  it('changes at the instant the clocks change, not on a fixed date', () => {
    // 2027: daylight time starts 14 March at 07:00Z and ends 7 November at 06:00Z in New York.
    expect(zoneAbbreviation('2027-03-14T06:59:00Z', NY)).toBe('EST');
    expect(zoneAbbreviation('2027-03-14T07:00:00Z', NY)).toBe('EDT');
    expect(zoneAbbreviation('2027-11-07T05:59:00Z', NY)).toBe('EDT');
    expect(zoneAbbreviation('2027-11-07T06:00:00Z', NY)).toBe('EST');
  });
});

describe('formatInZone', () => {
  it('prints the 6:00 AM Eastern briefing of 17 April 2027 as daylight time in every style', () => {
    const briefing = new Date('2027-04-17T10:00:00Z');
    expect(formatInZone(briefing, NY)).toBe('Apr 17, 2027, 6:00 AM EDT');
    expect(formatInZone(briefing, NY, 'iso')).toBe('2027-04-17 06:00 EDT');
    expect(formatInZone(briefing, NY, 'time')).toBe('6:00 AM EDT');
    expect(formatInZone(briefing, NY, 'date')).toBe('Apr 17, 2027');
    expect(formatInZone(briefing, NY, 'isoDate')).toBe('2027-04-17');
    expect(formatInZone(briefing, NY, 'long')).toBe('April 17, 2027 at 6:00 AM EDT');
    expect(formatInZone(briefing, NY, 'long', 'es-US')).toBe('17 de abril de 2027 a las 6:00 a.m. EDT');
  });

  it('shows January in standard time and the after-action 16:10Z in June as 12:10 PM EDT', () => {
    expect(formatInZone('2027-01-15T15:00:00Z', NY)).toBe('Jan 15, 2027, 10:00 AM EST');
    expect(formatInZone('2027-06-01T16:10:00Z', NY, 'iso')).toBe('2027-06-01 12:10 EDT');
    expect(formatInZone('2027-06-01T16:10:00Z', NY, 'time')).toBe('12:10 PM EDT');
  });

  it('uses each zone’s own rules: Chicago, Los Angeles, Phoenix (no daylight time) and UTC', () => {
    const at = '2027-07-04T17:00:00Z';
    expect(formatInZone(at, 'America/Chicago', 'iso')).toBe('2027-07-04 12:00 CDT');
    expect(formatInZone(at, 'America/Los_Angeles', 'iso')).toBe('2027-07-04 10:00 PDT');
    expect(formatInZone(at, 'America/Phoenix', 'iso')).toBe('2027-07-04 10:00 MST');
    expect(formatInZone(at, 'UTC', 'iso')).toBe('2027-07-04 17:00 UTC');
    expect(formatInZone('2027-01-04T17:00:00Z', 'America/Los_Angeles')).toBe('Jan 4, 2027, 9:00 AM PST');
  });

  it('gives the calendar date in the zone, which may differ from the UTC date', () => {
    // 03:30Z on 2 July is still 1 July in Los Angeles.
    expect(formatInZone('2027-07-02T03:30:00Z', 'America/Los_Angeles', 'isoDate')).toBe('2027-07-01');
    expect(formatInZone('2027-07-02T03:30:00Z', 'America/Los_Angeles', 'iso')).toBe('2027-07-01 20:30 PDT');
  });

  it('prints midnight as 00:00, not 24:00', () => {
    expect(formatInZone('2027-04-17T04:00:00Z', NY, 'iso')).toBe('2027-04-17 00:00 EDT');
  });

  it('prints nothing for no or an invalid time', () => {
    expect(formatInZone(null, NY)).toBe('');
    expect(formatInZone(undefined, NY)).toBe('');
    expect(formatInZone('', NY)).toBe('');
    expect(formatInZone('not a date', NY)).toBe('');
  });

  it('formats a window, and says when it is not set', () => {
    expect(formatWindowInZone('2027-04-17T10:00:00Z', '2027-04-17T22:00:00Z', NY)).toBe('Apr 17, 2027, 6:00 AM EDT – Apr 17, 2027, 6:00 PM EDT');
    expect(formatWindowInZone(null, '2027-01-17T22:00:00Z', NY)).toBe('… – Jan 17, 2027, 5:00 PM EST');
    expect(formatWindowInZone(null, null, NY)).toBe('Not set');
  });
});

describe('zoneOffsetMinutes', () => {
  it('follows daylight time', () => {
    expect(zoneOffsetMinutes('2027-01-15T12:00:00Z', NY)).toBe(-300);
    expect(zoneOffsetMinutes('2027-06-15T12:00:00Z', NY)).toBe(-240);
    expect(zoneOffsetMinutes('2027-06-15T12:00:00Z', 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes('2027-06-15T12:00:00Z', 'UTC')).toBe(0);
  });
});

describe('datetime-local values in the plan’s zone', () => {
  it('reads 06:00 on a Chicago plan as 06:00 Chicago time, whatever the browser zone', () => {
    expect(fromZonedInput('2027-04-17T06:00', 'America/Chicago')).toBe('2027-04-17T11:00:00.000Z');
    expect(fromZonedInput('2027-01-17T06:00', 'America/Chicago')).toBe('2027-01-17T12:00:00.000Z');
    expect(fromZonedInput('2027-04-17T06:00', NY)).toBe('2027-04-17T10:00:00.000Z');
    expect(fromZonedInput('2027-04-17T06:00', 'UTC')).toBe('2027-04-17T06:00:00.000Z');
    expect(fromZonedInput('2027-04-17T06:00:30', 'UTC')).toBe('2027-04-17T06:00:30.000Z');
  });

  it('shows an instant as the zone’s clocks show it', () => {
    expect(toZonedInput('2027-04-17T11:00:00Z', 'America/Chicago')).toBe('2027-04-17T06:00');
    expect(toZonedInput('2027-07-02T03:30:00Z', 'America/Los_Angeles')).toBe('2027-07-01T20:30');
    expect(toZonedInput(null, NY)).toBe('');
    expect(toZonedInput('nonsense', NY)).toBe('');
  });

  it('round-trips every hour across both 2027 daylight-time changes in New York, Chicago and Los Angeles', () => {
    for (const zone of [NY, 'America/Chicago', 'America/Los_Angeles']) {
      for (const start of ['2027-03-13T00:00:00Z', '2027-11-06T00:00:00Z']) {
        for (let hour = 0; hour < 72; hour++) {
          const instant = new Date(Date.parse(start) + hour * 3_600_000 + 15 * 60_000);
          const shown = toZonedInput(instant, zone);
          const back = fromZonedInput(shown, zone)!;
          // The second 01:15 of the night clocks go back reads as the first: one hour earlier.
          const diff = Date.parse(back) - instant.getTime();
          expect([0, -3_600_000]).toContain(diff);
          if (diff !== 0) expect(zoneOffsetMinutes(back, zone)).toBe(zoneOffsetMinutes(instant, zone) + 60);
        }
      }
    }
  });

  it('reads a time the clocks skip as after the gap, and a time they show twice as the first (daylight) one', () => {
    // 14 March 2027: 02:00 EST becomes 03:00 EDT. 02:30 does not exist; it is read as 03:30 EDT.
    expect(fromZonedInput('2027-03-14T02:30', NY)).toBe('2027-03-14T07:30:00.000Z');
    expect(formatInZone(fromZonedInput('2027-03-14T02:30', NY), NY, 'iso')).toBe('2027-03-14 03:30 EDT');
    expect(fromZonedInput('2027-03-14T01:59', NY)).toBe('2027-03-14T06:59:00.000Z');
    expect(fromZonedInput('2027-03-14T03:00', NY)).toBe('2027-03-14T07:00:00.000Z');
    // 7 November 2027: 02:00 EDT becomes 01:00 EST. 01:30 happens twice; the first is EDT.
    expect(fromZonedInput('2027-11-07T01:30', NY)).toBe('2027-11-07T05:30:00.000Z');
    expect(fromZonedInput('2027-11-07T02:30', NY)).toBe('2027-11-07T07:30:00.000Z');
    expect(fromZonedInput('2027-11-07T00:30', NY)).toBe('2027-11-07T04:30:00.000Z');
    // Los Angeles changes at its own 2 AM, three hours later in UTC.
    expect(fromZonedInput('2027-03-14T01:30', 'America/Los_Angeles')).toBe('2027-03-14T09:30:00.000Z');
    expect(fromZonedInput('2027-03-14T03:30', 'America/Los_Angeles')).toBe('2027-03-14T10:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    for (const value of ['', '   ', '2027-04-17', '2027-02-30T06:00', '2027-04-17T25:00', '17/04/2027 06:00', null, undefined]) {
      expect(fromZonedInput(value, NY)).toBeNull();
    }
  });
});

describe('zone names', () => {
  it('accepts IANA zones (in any case, spelled canonically) and refuses anything else', () => {
    for (const zone of [NY, 'America/Chicago', 'America/Los_Angeles', 'Pacific/Honolulu', 'Europe/Berlin', 'UTC']) expect(isTimeZone(zone)).toBe(true);
    expect(canonicalTimeZone('america/chicago')).toBe('America/Chicago');
    for (const zone of ['', 'Eastern', 'America/Nowhere', 'Mars/Olympus_Mons', '+05:00', 'EST +5', 42, null, 'x'.repeat(65)]) expect(isTimeZone(zone)).toBe(false);
  });

  it('defaults to New York and offers every other zone the runtime knows', () => {
    expect(DEFAULT_TIME_ZONE).toBe(NY);
    const others = otherTimeZones();
    expect(others).toContain('Europe/Berlin');
    expect(others).not.toContain(NY);
  });
});
