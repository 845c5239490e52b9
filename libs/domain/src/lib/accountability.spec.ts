import { agreementActiveAt, agreementCoversWindow, trainingCompletionDay, trainingCurrentThrough, trainingExpiresOn, trainingStanding } from './accountability';

describe('agreements in force', () => {
  const agreement = { agencyIds: ['a', 'b'], scope: ['CHECKPOINT'], effectiveFrom: '2026-01-01T00:00:00Z', expiresOn: '2026-12-31T23:59:59Z' };

  it('is in force from its first instant through the last instant of expiresOn', () => {
    expect(agreementActiveAt(agreement, '2025-12-31T23:59:59Z')).toBe(false);
    expect(agreementActiveAt(agreement, '2026-01-01T00:00:00Z')).toBe(true);
    expect(agreementActiveAt(agreement, '2026-12-31T23:59:59Z')).toBe(true);
    expect(agreementActiveAt(agreement, '2027-01-01T00:00:00Z')).toBe(false);
    expect(agreementActiveAt({ ...agreement, expiresOn: null }, '2099-01-01T00:00:00Z')).toBe(true);
  });

  it('ends at once when terminated', () => {
    const terminated = { ...agreement, terminatedAt: '2026-06-01T12:00:00Z' };
    expect(agreementActiveAt(terminated, '2026-06-01T11:59:59Z')).toBe(true);
    expect(agreementActiveAt(terminated, '2026-06-01T12:00:00Z')).toBe(false);
  });

  it('covers a window only when in force at both ends', () => {
    expect(agreementCoversWindow(agreement, '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z')).toBe(true);
    expect(agreementCoversWindow(agreement, '2026-12-31T00:00:00Z', '2027-01-02T00:00:00Z')).toBe(false);
    expect(agreementCoversWindow(agreement, '2025-12-31T00:00:00Z', '2026-01-02T00:00:00Z')).toBe(false);
  });
});

describe('training', () => {
  it('lapses at the end of the day validityMonths calendar months after completion, where the task force works', () => {
    // 15 March 2027 ends at 04:00 UTC on the 16th (EDT); 28 February 2026 at 05:00 UTC on 1 March (EST).
    expect(trainingExpiresOn('2026-03-15T00:00:00Z', 12)?.toISOString()).toBe('2027-03-16T03:59:59.999Z');
    expect(trainingExpiresOn('2026-01-31T00:00:00Z', 1)?.toISOString()).toBe('2026-03-01T04:59:59.999Z');
    expect(trainingExpiresOn('2027-08-31T00:00:00Z', 6)?.toISOString()).toBe('2028-03-01T04:59:59.999Z');
    expect(trainingExpiresOn('2026-12-31T00:00:00Z', 2)?.toISOString()).toBe('2027-03-01T04:59:59.999Z');
    expect(trainingExpiresOn('2026-01-31T00:00:00Z', null)).toBeNull();
  });

  it('takes the completion as a calendar date: a time of day does not move it', () => {
    expect(trainingExpiresOn('2026-03-15T23:30:00Z', 12)?.toISOString()).toBe('2027-03-16T03:59:59.999Z');
    expect(trainingCompletionDay('2026-03-15T23:30:00Z').toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });

  it('covers an operation that ends late in the evening of the day the training lapses', () => {
    const expiresOn = trainingExpiresOn('2026-03-15T00:00:00Z', 12);
    // 10 PM EDT on 15 March 2027, when the day of the lapse is not over where the task force works.
    expect(trainingCurrentThrough({ expiresOn }, '2027-03-16T02:00:00Z')).toBe(true);
    expect(trainingCurrentThrough({ expiresOn }, '2027-03-16T04:00:00Z')).toBe(false);
  });

  it('is current through a day when it does not lapse before it', () => {
    expect(trainingCurrentThrough({ expiresOn: '2027-03-03T18:00:00Z' }, '2027-03-03T18:00:00Z')).toBe(true);
    expect(trainingCurrentThrough({ expiresOn: '2027-03-02T18:00:00Z' }, '2027-03-03T18:00:00Z')).toBe(false);
    expect(trainingCurrentThrough({ expiresOn: null }, '2099-01-01T00:00:00Z')).toBe(true);
  });

  it('stands current, expiring (within 30 days), expired or missing, by the best completion', () => {
    const now = '2026-12-01T00:00:00Z';
    expect(trainingStanding([], now)).toBe('MISSING');
    expect(trainingStanding([{ expiresOn: '2026-11-30T00:00:00Z' }], now)).toBe('EXPIRED');
    expect(trainingStanding([{ expiresOn: '2026-12-20T00:00:00Z' }], now)).toBe('EXPIRING');
    expect(trainingStanding([{ expiresOn: '2026-11-30T00:00:00Z' }, { expiresOn: '2027-06-01T00:00:00Z' }], now)).toBe('CURRENT');
    expect(trainingStanding([{ expiresOn: '2026-11-30T00:00:00Z' }, { expiresOn: null }], now)).toBe('CURRENT');
  });
});
