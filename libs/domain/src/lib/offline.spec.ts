import { clientKeyProblem, offlineCopyAllowed, offlineCopyExpiresAt, sessionAbsoluteEnd } from './offline';

const H = 3_600_000;
const T0 = Date.parse('2026-12-01T12:00:00Z');

describe('client keys', () => {
  it('accepts a UUID and URL-safe tokens', () => {
    expect(clientKeyProblem('0b6c6f0e-6a55-4f51-9d0b-1f7a3c5e2d10')).toBeNull();
    expect(clientKeyProblem('abcdEFGH_1234')).toBeNull();
  });
  it.each(['', 'short', 'x'.repeat(65), 'has space in it', 'semi;colon1', 'ünïcode-key'])('refuses %p', (key) => {
    expect(clientKeyProblem(key)).toMatch(/8 to 64/);
  });
});

describe('offline copies', () => {
  it('are kept for ACTIVE plans the user is assigned to, and for 24 hours after completion', () => {
    expect(offlineCopyAllowed({ status: 'ACTIVE' }, true, T0)).toBe(true);
    expect(offlineCopyAllowed({ status: 'ACTIVE' }, false, T0)).toBe(false);
    expect(offlineCopyAllowed({ status: 'COMPLETED', completedAt: T0 - 23 * H }, true, T0)).toBe(true);
    expect(offlineCopyAllowed({ status: 'COMPLETED', completedAt: T0 - 24 * H }, true, T0)).toBe(false);
    expect(offlineCopyAllowed({ status: 'COMPLETED', completedAt: null }, true, T0)).toBe(false);
    for (const status of ['DRAFT', 'IN_REVIEW', 'APPROVED', 'CLOSED', 'CANCELLED']) expect(offlineCopyAllowed({ status }, true, T0)).toBe(false);
  });

  it('expire at the session absolute end, or 24 hours after completion when that is sooner', () => {
    const end = sessionAbsoluteEnd(T0);
    expect(end).toBe(T0 + 12 * H);
    expect(offlineCopyExpiresAt(end, null)).toBe(end);
    expect(offlineCopyExpiresAt(end, new Date(T0 - 20 * H))).toBe(T0 + 4 * H);
    expect(offlineCopyExpiresAt(new Date(end).toISOString(), new Date(T0).toISOString())).toBe(end);
  });
});
