import { agreementActiveAt } from './accountability';
import { calendarDayOf, taskForceDayEnd, taskForceDayOf, taskForceDayStart, formatTaskForceDay } from './task-force-days';

describe("an agreement's days (TASK_FORCE_TIME_ZONE, America/New_York)", () => {
  it('turns a day into its first and last instant there, in summer and in winter', () => {
    expect(taskForceDayStart('2027-04-17')).toBe('2027-04-17T04:00:00.000Z');
    expect(taskForceDayEnd('2027-04-17')).toBe('2027-04-18T03:59:59.999Z');
    expect(taskForceDayStart('2027-01-15')).toBe('2027-01-15T05:00:00.000Z');
    expect(taskForceDayEnd('2027-12-31')).toBe('2028-01-01T04:59:59.999Z');
    // The night clocks go forward (a 23-hour day).
    expect(taskForceDayEnd('2027-03-14')).toBe('2027-03-15T03:59:59.999Z');
    expect(taskForceDayStart('2027-02-30')).toBeNull();
    expect(taskForceDayEnd('')).toBeNull();
  });

  it('reads a stored instant back as the same day, and shows it', () => {
    for (const day of ['2027-04-17', '2027-01-15', '2027-12-31', '2027-03-14', '2027-11-07']) {
      expect(taskForceDayOf(taskForceDayStart(day))).toBe(day);
      expect(taskForceDayOf(taskForceDayEnd(day))).toBe(day);
    }
    expect(taskForceDayOf(null)).toBe('');
    expect(formatTaskForceDay(taskForceDayEnd('2027-04-17'))).toBe('Apr 17, 2027');
    expect(formatTaskForceDay(taskForceDayEnd('2027-04-17'), 'isoDate')).toBe('2027-04-17');
  });

  it('keeps an agreement that expires on the day of an operation in force until that evening ends', () => {
    const agreement = { agencyIds: [], scope: [], effectiveFrom: taskForceDayStart('2026-01-01')!, expiresOn: taskForceDayEnd('2027-04-17') };
    // 8 PM EDT on 17 April is midnight UTC on the 18th.
    expect(agreementActiveAt(agreement, '2027-04-18T00:00:00Z')).toBe(true);
    expect(agreementActiveAt(agreement, '2027-04-18T04:00:00Z')).toBe(false);
  });

  it('reads a stored date (midnight UTC) as the calendar day it stands for', () => {
    expect(calendarDayOf('2027-04-17T00:00:00.000Z')).toBe('2027-04-17');
    expect(calendarDayOf(new Date('2027-04-17T23:30:00Z'))).toBe('2027-04-17');
    expect(calendarDayOf('not a date')).toBe('');
  });
});
