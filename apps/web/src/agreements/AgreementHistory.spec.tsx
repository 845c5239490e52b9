import { describeChange } from './AgreementHistory';

describe('the agreement history, in words', () => {
  it('gives an expiry as its day, as the page shows it, not as a stored instant', () => {
    expect(describeChange({ kind: 'UPDATED', field: 'expiresOn', before: '2028-01-01T04:59:59.999Z', after: '2027-04-17T03:59:59.999Z' })).toBe('Expires on: Dec 31, 2027 → Apr 16, 2027');
    expect(describeChange({ kind: 'UPDATED', field: 'expiresOn', before: null, after: '2027-04-18T03:59:59.999Z' })).toBe('Expires on: — → Apr 17, 2027');
  });

  it('gives a termination at its time in UTC, as the history times it, and other fields as they are', () => {
    expect(describeChange({ kind: 'UPDATED', field: 'terminatedAt', before: null, after: '2027-03-01T10:05:00.000Z' })).toBe('Terminated at: — → Mar 1, 2027, 10:05 AM UTC');
    expect(describeChange({ kind: 'UPDATED', field: 'title', before: 'Draft MOU', after: 'Signed MOU' })).toBe('Title: Draft MOU → Signed MOU');
    expect(describeChange({ kind: 'TERMINATED', field: null, before: null, after: null })).toBe('Terminated');
  });

  it('gives a scope in words, not as its stored operation types', () => {
    expect(describeChange({ kind: 'UPDATED', field: 'scope', before: 'SURVEILLANCE, WARRANT_SERVICE', after: 'SURVEILLANCE, WARRANT_SERVICE, CHECKPOINT' })).toMatch(
      /^Scope: [^_]+ → [^_]+$/,
    );
    expect(describeChange({ kind: 'UPDATED', field: 'scope', before: 'CHECKPOINT', after: 'CHECKPOINT' })).not.toContain('CHECKPOINT');
  });
});
