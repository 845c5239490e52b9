import { dateTimeProblem, daysInMonth } from './date-time';

describe('DateTime values', () => {
  it('accepts real date-times with any offset', () => {
    for (const value of ['2027-03-01T14:00:00Z', '2027-03-01T14:00Z', '2028-02-29T23:59:59.999+05:30', '2000-02-29T00:00:00-12:00']) {
      expect([value, dateTimeProblem(value)]).toEqual([value, null]);
    }
  });

  it('refuses dates the calendar does not have instead of rolling them over', () => {
    expect(dateTimeProblem('2027-02-30T10:00:00Z')).toBe('"2027-02-30T10:00:00Z" is not a real date: February 2027 has 28 days.');
    expect(dateTimeProblem('2100-02-29T10:00:00Z')).toMatch(/February 2100 has 28 days/);
    expect(dateTimeProblem('2027-04-31T10:00:00Z')).toMatch(/April 2027 has 30 days/);
    expect(dateTimeProblem('2027-00-10T10:00:00Z')).toMatch(/no month 0/);
    expect(dateTimeProblem('2027-03-00T10:00:00Z')).toMatch(/March 2027 has 31 days/);
  });

  it('refuses impossible times of day and offsets, and values without an offset', () => {
    expect(dateTimeProblem('2027-03-01T24:00:00Z')).toMatch(/not a real time of day/);
    expect(dateTimeProblem('2027-03-01T10:00:60Z')).toMatch(/not a real time of day/);
    expect(dateTimeProblem('2027-03-01T10:00:00+24:00')).toMatch(/UTC offset/);
    expect(dateTimeProblem('2027-03-01T10:00:00')).toMatch(/with an offset/);
    expect(dateTimeProblem(20270301)).toMatch(/with an offset/);
  });

  it('knows the leap years', () => {
    expect([1900, 2000, 2024, 2027].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 29, 28]);
  });
});
