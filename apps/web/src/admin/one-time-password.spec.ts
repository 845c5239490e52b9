import { checkPassword } from '@jointops/domain/passwords';
import { oneTimePassword } from './one-time-password';

describe('oneTimePassword', () => {
  it('makes 16 unambiguous random characters in groups of four that pass the password policy', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const password = oneTimePassword();
      expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
      expect(checkPassword('p', password)).toBeNull();
      seen.add(password);
    }
    expect(seen.size).toBe(50);
  });

  it('draws again when the random source repeats itself into a refused password', () => {
    let calls = 0;
    // The first 16 draws give "aaaa-aaaa-aaaa-aaaa" (a repetition the policy refuses), then real randomness.
    const random = (bytes: Uint8Array) => (calls++ < 16 ? bytes.fill(0) : crypto.getRandomValues(bytes));
    expect(oneTimePassword(random)).not.toBe('aaaa-aaaa-aaaa-aaaa');
    expect(calls).toBeGreaterThan(16);
  });
});
