import { formatSlip, slipInWords, slipMinutes } from './plan-content';

describe('slips', () => {
  it('slipMinutes: minutes from planned to actual, null when nothing was recorded', () => {
    expect(slipMinutes('2027-03-01T06:00:00Z', '2027-03-01T06:15:00Z')).toBe(15);
    expect(slipMinutes(new Date('2027-03-01T06:00:00Z'), '2027-03-01T05:50:00Z')).toBe(-10);
    expect(slipMinutes('2027-03-01T06:00:00Z', null)).toBeNull();
  });

  it('formatSlip: signed, in minutes, hours and minutes, or whole days from two days on', () => {
    expect([null, 0, 15, -45, 60, 125, -(47 * 60 + 59), 2 * 24 * 60, -191_540].map(formatSlip)).toEqual([
      '—',
      '0 min',
      '+15 min',
      '−45 min',
      '+1 h',
      '+2 h 5 min',
      '−47 h 59 min',
      '+2 days',
      '−133 days',
    ]);
  });

  it('slipInWords: on time, late or early, sized the same way', () => {
    expect([null, 0, 1, -125, 191_346].map(slipInWords)).toEqual(['—', 'on time', '1 min late', '2 h 5 min early', '133 days late']);
  });
});
