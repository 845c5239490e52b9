import { LIMITS, type FieldViolation } from './input-limits';
import { idList, instant, optionalText, requiredText } from './schemas/fields';
import { violationsOf } from './schemas/violations';

export { LIMITS, type FieldViolation } from './input-limits';

/** A small list of passwords refused whatever their length (NIST 800-63B asks for a blocklist). */
export const BANNED_PASSWORDS: ReadonlySet<string> = new Set([
  'password1234',
  'password12345',
  'password123456',
  '123456789012',
  '1234567890123',
  'qwertyuiopas',
  'qwerty123456',
  'letmein12345',
  'welcome12345',
  'iloveyou1234',
  'administrator',
  'changeme1234',
  'jointops1234',
  'passw0rd1234',
  'aaaaaaaaaaaa',
  'abc123456789',
  'trustno11234',
  'football1234',
  'baseball1234',
  'sunshine1234',
]);

/** The first violation of `value` against a field schema, named `field`. */
function firstViolation(schema: Parameters<typeof violationsOf>[0], field: string, value: unknown): FieldViolation | null {
  return violationsOf(schema, value, field)[0] ?? null;
}

/** Required text (not blank once trimmed), at most `max` characters. The label comes from the field's name. */
export function checkRequiredText(field: string, value: string | null | undefined, max: number): FieldViolation | null {
  return firstViolation(requiredText(labelOf(field), max), field, value);
}

export function checkText(field: string, value: string | null | undefined, max: number): FieldViolation | null {
  return firstViolation(optionalText(labelOf(field), max), field, value);
}

export function checkTitle(field: string, value: string | null | undefined): FieldViolation | null {
  return checkRequiredText(field, value, LIMITS.titleMax);
}

export function checkList(field: string, value: readonly unknown[] | null | undefined, max: number = LIMITS.listMax): FieldViolation | null {
  return firstViolation(idList(labelOf(field), max), field, value?.map(String));
}

export function checkDate(field: string, value: Date | string | null | undefined): FieldViolation | null {
  return firstViolation(instant(labelOf(field)), field, value);
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(field: string, value: string | null | undefined): FieldViolation | null {
  if (value == null || value.trim() === '') return { field, message: 'Email is required.' };
  if (value.length > LIMITS.emailMax || !EMAIL_PATTERN.test(value.trim())) {
    return { field, message: 'Enter an email address like name@agency.gov.' };
  }
  return null;
}

export function checkPassword(field: string, value: string | null | undefined): FieldViolation | null {
  if (value == null || value.length < LIMITS.passwordMin) {
    return { field, message: `Password must be at least ${LIMITS.passwordMin} characters.` };
  }
  if (value.length > LIMITS.passwordMax) {
    return { field, message: `Password must be at most ${LIMITS.passwordMax} characters.` };
  }
  if (BANNED_PASSWORDS.has(value.toLowerCase())) {
    return { field, message: 'This password is too common. Choose another.' };
  }
  return null;
}

export function collectViolations(...checks: Array<FieldViolation | null | undefined>): FieldViolation[] {
  return checks.filter((check): check is FieldViolation => check != null);
}

/** `input.successCriteria` -> `Success criteria`. */
export function labelOf(field: string): string {
  const last = field.split('.').pop() ?? field;
  const words = last.replace(/\[\d+\]/g, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
