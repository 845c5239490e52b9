import { EFFECTIVENESS_MAX_PERIOD_DAYS, effectivenessPeriodViolation, lastTwelveMonths, objectiveVerdict } from './effectiveness';

describe('effectiveness rules', () => {
  it('refuses a period that ends before it starts or spans more than five years, naming `to`', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    expect(effectivenessPeriodViolation(from, from)).toBeNull();
    expect(effectivenessPeriodViolation(from, new Date('2025-12-31T23:59:59Z'))?.field).toBe('to');
    expect(effectivenessPeriodViolation(from, new Date(from.getTime() + EFFECTIVENESS_MAX_PERIOD_DAYS * 86_400_000))).toBeNull();
    expect(effectivenessPeriodViolation(from, new Date(from.getTime() + EFFECTIVENESS_MAX_PERIOD_DAYS * 86_400_000 + 1))).toEqual({ field: 'to', message: 'A period covers at most five years.' });
  });

  it('defaults to the twelve months up to today', () => {
    expect(lastTwelveMonths(new Date('2026-12-02T08:00:00Z'))).toEqual({ from: '2025-12-03', to: '2026-12-02' });
    expect(lastTwelveMonths(new Date('2028-02-29T08:00:00Z'))).toEqual({ from: '2027-03-02', to: '2028-02-29' });
  });

  it("gives an objective the outcome most debriefs gave it, a tie to the less favourable, none when nobody assessed it", () => {
    expect(objectiveVerdict({ met: 2, partiallyMet: 1, notMet: 0 })).toBe('MET');
    expect(objectiveVerdict({ met: 1, partiallyMet: 1, notMet: 0 })).toBe('PARTIALLY_MET');
    expect(objectiveVerdict({ met: 1, partiallyMet: 0, notMet: 1 })).toBe('NOT_MET');
    expect(objectiveVerdict({ met: 0, partiallyMet: 2, notMet: 1 })).toBe('PARTIALLY_MET');
    expect(objectiveVerdict({ met: 0, partiallyMet: 0, notMet: 0 })).toBeNull();
  });
});
