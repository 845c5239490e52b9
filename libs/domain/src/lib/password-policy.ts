import { dictionary } from '@zxcvbn-ts/language-common';
import { LIMITS, type FieldViolation } from './limits';

/**
 * Password rules after NIST SP 800-63B (5.1.1.2): at least 12 characters, no composition rules,
 * and a blocklist of passwords that are common, breached, repetitive, sequential or specific to
 * this product. The API and every web form that sets a password call `checkPassword`.
 */

/** The password of the seeded demo accounts, printed in the README: public, so never a real one. */
export const DEMO_PASSWORD = 'jointops-demo-2026';

export const PASSWORD_MESSAGES = {
  tooShort: `Password must be at least ${LIMITS.passwordMin} characters.`,
  tooLong: `Password must be at most ${LIMITS.passwordMax} characters.`,
  common: 'This password is too common. Choose another.',
  pattern: 'This password only repeats or follows a sequence of characters. Choose another.',
  demo: 'This is the public demo password. Choose another.',
} as const;

/**
 * Words and passwords that the bundled dictionary (the ~49,000 most common passwords from public
 * breach corpora, @zxcvbn-ts/language-common) does not hold but that attackers try first here.
 */
const PRODUCT_WORDS = ['jointops', 'joint-ops', 'jointoperations', 'taskforce', 'changeme', 'welcome', 'oversight', 'planner'];
const EXTRA_COMMON = [
  'password1234',
  'password12345',
  'password123456',
  'qwertyuiopas',
  'letmein12345',
  'welcome12345',
  'iloveyou1234',
  'changeme1234',
  'jointops1234',
  'passw0rd1234',
  'trustno11234',
  'football1234',
  'baseball1234',
  'sunshine1234',
];

/** Rows and runs people walk along: alphabet, digits, keyboard rows and columns. */
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '0123456789',
  'qwertyuiopasdfghjklzxcvbnm',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qazwsxedcrfvtgbyhnujmikolp',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/',
  '1q2w3e4r5t6y7u8i9o0p',
  'q1w2e3r4t5y6u7i8o9p0',
  '!@#$%^&*()_+',
  '`1234567890-=',
];

/** Leetspeak people use to dress up a common word. */
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i', '|': 'l', '+': 't' };

const MAX_DECORATION = 16;

let common: ReadonlySet<string> | null = null;
let mostCommon: ReadonlySet<string> | null = null;

/** Built on first use: the dictionary is large, and most callers never set a password. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set([...dictionary['passwords-common'], ...EXTRA_COMMON, ...PRODUCT_WORDS]);
  return common;
}

/** The head of the frequency-ordered dictionary, for "two common words glued together". */
function mostCommonPasswords(): ReadonlySet<string> {
  mostCommon ??= new Set([...dictionary['passwords-common'].slice(0, 1000).filter((word) => word.length >= 4), ...PRODUCT_WORDS]);
  return mostCommon;
}

/** The whole value is one short unit said again and again: "111111111111", "passwordpassword", "abcabcabcabc". */
export function isRepetition(value: string): boolean {
  for (let period = 1; period <= value.length / 2; period++) {
    let repeats = true;
    for (let i = period; i < value.length && repeats; i++) repeats = value[i] === value[i - period];
    if (repeats) return true;
  }
  return false;
}

/** The whole value walks a known row or run ("123456789012", "qwertyuiopas", "zyxwvutsrqpo") or steps evenly ("acegikmoqsuw"). */
export function isSequence(value: string): boolean {
  if (value.length < 3) return false;
  for (const base of SEQUENCES) {
    for (const run of [base, [...base].reverse().join('')]) {
      if (run.repeat(Math.ceil(value.length / run.length) + 1).includes(value)) return true;
    }
  }
  const step = value.charCodeAt(1) - value.charCodeAt(0);
  if (step === 0 || Math.abs(step) > 3) return false;
  for (let i = 2; i < value.length; i++) if (value.charCodeAt(i) - value.charCodeAt(i - 1) !== step) return false;
  return true;
}

/** Digits and symbols wrapped around a word add little: "2024", "!!", "1234", "123456789". */
function isTrivialDecoration(value: string): boolean {
  return value.length <= 4 || isRepetition(value) || isSequence(value) || /^[^a-z0-9]{0,2}(19|20)\d\d[^a-z0-9]{0,2}$/.test(value);
}

function deLeet(value: string): string {
  return [...value].map((char) => LEET[char] ?? char).join('');
}

/** A common password as it is, in leetspeak, said twice, glued to another, or wrapped in trivial digits and symbols. */
function isCommon(lower: string): boolean {
  const words = commonPasswords();
  if (words.has(lower)) return true;
  // Leading and trailing digits and symbols may belong to the word ("trustno1") or dress it up ("!2024").
  // Bounded, so a long input costs little.
  const head = Math.min(/^[^a-z]*/.exec(lower)?.[0].length ?? 0, MAX_DECORATION);
  const tail = Math.min(/[^a-z]*$/.exec(lower)?.[0].length ?? 0, MAX_DECORATION);
  if (!/[a-z]/.test(lower)) return false;
  for (let start = 0; start <= head; start++) {
    if (!isTrivialDecoration(lower.slice(0, start))) continue;
    for (let end = lower.length; end >= lower.length - tail; end--) {
      if (isTrivialDecoration(lower.slice(end)) && isCommonCore(lower.slice(start, end), words)) return true;
    }
  }
  return false;
}

function isCommonCore(core: string, words: ReadonlySet<string>): boolean {
  const top = mostCommonPasswords();
  for (const candidate of new Set([core, deLeet(core)])) {
    if (words.has(candidate)) return true;
    if (isRepetition(candidate) && words.has(candidate.slice(0, smallestPeriod(candidate)))) return true;
    for (let cut = 4; cut <= candidate.length - 4; cut++) {
      if (top.has(candidate.slice(0, cut)) && top.has(candidate.slice(cut))) return true;
    }
  }
  return false;
}

function smallestPeriod(value: string): number {
  for (let period = 1; period <= value.length / 2; period++) {
    if (value.length % period === 0 && value.slice(0, period).repeat(value.length / period) === value) return period;
  }
  return value.length;
}

export interface PasswordPolicyOptions {
  /**
   * Accept the public demo password as it is. Only for the demo accounts that the seed creates
   * outside production; everything else, and anything in production, refuses it.
   */
  allowDemoPassword?: boolean;
}

export function checkPassword(field: string, value: string | null | undefined, options: PasswordPolicyOptions = {}): FieldViolation | null {
  if (value == null || value.length < LIMITS.passwordMin) return { field, message: PASSWORD_MESSAGES.tooShort };
  if (value.length > LIMITS.passwordMax) return { field, message: PASSWORD_MESSAGES.tooLong };
  if (value === DEMO_PASSWORD && options.allowDemoPassword) return null;
  const lower = value.toLowerCase();
  if (lower.replace(/[^a-z0-9]/g, '').includes('jointopsdemo')) return { field, message: PASSWORD_MESSAGES.demo };
  if (lower.trim().length === 0 || isRepetition(lower) || isSequence(lower)) return { field, message: PASSWORD_MESSAGES.pattern };
  if (isCommon(lower)) return { field, message: PASSWORD_MESSAGES.common };
  return null;
}
