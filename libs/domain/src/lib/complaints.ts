import { enumOf, type EnumValue } from './enums';

/**
 * The public side (docs/architecture.md#the-public-side): complaints anyone may file without
 * signing in, handled by oversight, and the rules of published figures. Written once for the API
 * and the web app.
 */
export const ComplaintCategory = enumOf(
  'RACIAL_PROFILING',
  'USE_OF_FORCE',
  'UNLAWFUL_SEARCH_OR_SEIZURE',
  'LANGUAGE_ACCESS',
  'DISCOURTESY',
  'PROPERTY',
  'DATA_PRIVACY',
  'OTHER',
);
export type ComplaintCategory = EnumValue<typeof ComplaintCategory>;

export const ComplaintStatus = enumOf('RECEIVED', 'UNDER_REVIEW', 'REFERRED', 'CLOSED');
export type ComplaintStatus = EnumValue<typeof ComplaintStatus>;

/** Where a complaint may go next. It moves forward one step or more; CLOSED is final. */
export const COMPLAINT_TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  RECEIVED: ['UNDER_REVIEW', 'REFERRED', 'CLOSED'],
  UNDER_REVIEW: ['REFERRED', 'CLOSED'],
  REFERRED: ['UNDER_REVIEW', 'CLOSED'],
  CLOSED: [],
};

export function canMoveComplaint(from: ComplaintStatus, to: ComplaintStatus): boolean {
  return from === to || COMPLAINT_TRANSITIONS[from].includes(to);
}

/** Text caps of a complaint, in characters. A request body larger than COMPLAINT_MAX_BODY_BYTES is refused before it is parsed. */
export const COMPLAINT_LIMITS = {
  location: 300,
  description: 5000,
  contact: 300,
  outcome: 2000,
} as const;

/**
 * The largest request body a caller without a session may send (the public form's fileComplaint,
 * sign-in): a complaint at its caps, every character escaped, fits several times over. Requests
 * with a session keep the general limit (1 MiB).
 */
export const COMPLAINT_MAX_BODY_BYTES = 64 * 1024;

/** Filings per client address per window; past it, RATE_LIMITED with the seconds until the oldest leaves the window. */
export const COMPLAINT_RATE_LIMIT = { filings: 5, windowSeconds: 60 * 60 } as const;
/** How long a client address (as a keyed hash) is kept for the rate limit. */
export const COMPLAINT_ADDRESS_RETENTION_DAYS = 30;

/**
 * Tracking codes: 20 characters of a 30-character alphabet without look-alikes (no 0/O, 1/I/L,
 * U), about 98 bits of randomness, shown in five groups of four: `K7QM-4XTA-…`. Case and separators are
 * ignored when a code is typed back.
 */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_GROUPS = 5;
export const TRACKING_CODE_GROUP_LENGTH = 4;
export const TRACKING_CODE_LENGTH = TRACKING_CODE_GROUPS * TRACKING_CODE_GROUP_LENGTH;

/** Formats the code's characters in groups of four. */
export function formatTrackingCode(characters: string): string {
  return (characters.match(new RegExp(`.{1,${TRACKING_CODE_GROUP_LENGTH}}`, 'g')) ?? []).join('-');
}

/** The code's characters as typed back (upper case, no spaces or dashes), or null when it cannot be a tracking code. */
export function normalizeTrackingCode(typed: string): string | null {
  return trackingCodeProblem(typed) === null ? trackingCodeCharacters(typed) : null;
}

/**
 * Why what was typed cannot be a tracking code: too few or too many characters (`length`, with how
 * many there are), or a character no code has (`character`: 0, O, 1, I, L, U or a sign); null
 * when it can be one. The form says so before asking; a code of the right shape is still asked
 * about, and an unknown one is "not found" like any other.
 */
export function trackingCodeProblem(typed: string): { kind: 'length'; count: number } | { kind: 'character' } | null {
  const characters = trackingCodeCharacters(typed);
  if (characters.length !== TRACKING_CODE_LENGTH) return { kind: 'length', count: characters.length };
  for (const character of characters) if (!TRACKING_CODE_ALPHABET.includes(character)) return { kind: 'character' };
  return null;
}

const trackingCodeCharacters = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');

/** Published figures: a count under this is suppressed. */
export const PUBLIC_COUNT_THRESHOLD = 5;

export interface PublicCount {
  value: number | null;
  suppressed: boolean;
}

/**
 * Whether hidden parts of a published total give away a small count by subtraction: a single
 * hidden part is the total minus the rest, and several hidden parts that together hold fewer than
 * the threshold say that so few cases (one, say, or none) fall in them, which the threshold exists
 * to hide ("no single case can be picked out"). `hiddenValues` are the hidden parts' counts.
 */
export function hiddenPartsExposed(hiddenValues: readonly number[]): boolean {
  if (hiddenValues.length === 0) return false;
  return hiddenValues.length === 1 || hiddenValues.reduce((sum, value) => sum + value, 0) < PUBLIC_COUNT_THRESHOLD;
}

/**
 * Suppresses a total and its parts for publication (DESIGN section 8). Every count under the
 * threshold is hidden, zero included: "fewer than 5" says nothing of which. Then complementary
 * suppression: while the hidden parts give a small count away by subtraction (hiddenPartsExposed),
 * the smallest shown part is hidden too. A total under the threshold hides everything.
 */
export function suppressCounts(total: number, parts: readonly number[]): { total: PublicCount; parts: PublicCount[] } {
  const hidden: PublicCount = { value: null, suppressed: true };
  if (total < PUBLIC_COUNT_THRESHOLD) return { total: hidden, parts: parts.map(() => hidden) };
  const hide = parts.map((value) => value < PUBLIC_COUNT_THRESHOLD);
  const recoverable = () => hiddenPartsExposed(parts.filter((_, index) => hide[index]));
  while (recoverable()) {
    let smallest = -1;
    parts.forEach((value, index) => {
      if (!hide[index] && (smallest < 0 || value < parts[smallest])) smallest = index;
    });
    if (smallest < 0) break;
    hide[smallest] = true;
  }
  return {
    total: { value: total, suppressed: false },
    parts: parts.map((value, index) => (hide[index] ? hidden : { value, suppressed: false })),
  };
}

/** One count alone (no parts to protect): hidden under the threshold. */
export function suppressCount(value: number): PublicCount {
  return value < PUBLIC_COUNT_THRESHOLD ? { value: null, suppressed: true } : { value, suppressed: false };
}
