import { formatTrackingCode, TRACKING_CODE_ALPHABET, TRACKING_CODE_LENGTH } from '@jointops/domain';
import { createHash, createHmac, randomInt } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * A new tracking code: TRACKING_CODE_LENGTH characters drawn uniformly (node:crypto's randomInt,
 * no modulo bias) from the 30-character alphabet without look-alikes, about 98 bits, shown in
 * groups of four. `characters` is what is hashed and stored; `shown` is what the complainant keeps.
 */
export function newTrackingCode(): { characters: string; shown: string } {
  let characters = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) characters += TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  return { characters, shown: formatTrackingCode(characters) };
}

/**
 * The stored form of a tracking code: SHA-256 of its characters (normalizeTrackingCode's output).
 * With about 98 bits of randomness a plain hash cannot be reversed by guessing.
 */
export function trackingHash(characters: string): Buffer {
  return createHash('sha256').update(characters, 'utf8').digest();
}

/** The stored form of a client address: HMAC-SHA256 under the server's key, never the address itself. */
export function addressHash(key: string, address: string): Buffer {
  return createHmac('sha256', key).update(address, 'utf8').digest();
}

/**
 * The address the rate limit counts: an IPv4 address as itself (also when written IPv4-mapped,
 * `::ffff:192.0.2.1`), an IPv6 address by its /64 prefix (one subscriber's network, in which a
 * device may take any address), anything else as given. No address at all counts as one.
 */
export function rateLimitAddress(address: string | null | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIP(address) !== 6) return address;
  const [head, tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
