import { normalizeTrackingCode, TRACKING_CODE_ALPHABET } from '@jointops/domain';
import { addressHash, newTrackingCode, rateLimitAddress, trackingHash } from './complaint-codes';

describe('complaint codes', () => {
  it('makes readable tracking codes of five groups of four, from the alphabet without look-alikes', () => {
    const codes = Array.from({ length: 500 }, () => newTrackingCode());
    for (const { characters, shown } of codes) {
      expect(shown).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){4}$/);
      expect(normalizeTrackingCode(shown.toLowerCase())).toBe(characters);
    }
    expect(new Set(codes.map((code) => code.characters)).size).toBe(codes.length);
    // Every character of the alphabet turns up (a uniform draw), and nothing else.
    const seen = new Set(codes.flatMap((code) => [...code.characters]));
    expect([...seen].sort().join('')).toBe([...TRACKING_CODE_ALPHABET].sort().join(''));
    expect(20 * Math.log2(TRACKING_CODE_ALPHABET.length)).toBeGreaterThan(80);
  });

  it('hashes codes with SHA-256 and addresses with a keyed HMAC', () => {
    expect(trackingHash('ABCD').toString('hex')).toHaveLength(64);
    expect(addressHash('key-1', '192.0.2.1').equals(addressHash('key-1', '192.0.2.1'))).toBe(true);
    expect(addressHash('key-1', '192.0.2.1').equals(addressHash('key-2', '192.0.2.1'))).toBe(false);
  });

  it('counts an IPv4 address as itself and an IPv6 address by its /64', () => {
    expect(rateLimitAddress('192.0.2.1')).toBe('192.0.2.1');
    expect(rateLimitAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(rateLimitAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(rateLimitAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitAddress('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitAddress(null)).toBe('unknown');
  });
});
