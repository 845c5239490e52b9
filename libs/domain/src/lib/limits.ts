import { LIMITS, type FieldViolation } from './input-limits';
import { idList, instant, optionalText, requiredText } from './schemas/fields';
import { violationsOf } from './schemas/violations';

export { LIMITS, type FieldViolation } from './input-limits';

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

/** A UTF-16 surrogate without its partner: not a character, so no database or JSON encoder can hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when text holds a NUL (PostgreSQL refuses it in text) or an unpaired surrogate (not Unicode). */
export function hasUnstorableText(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

/** Refuses text that cannot be stored as it was sent. The API applies it to every string it receives. */
export function checkStorableText(field: string, value: string | null | undefined): FieldViolation | null {
  if (value == null || !hasUnstorableText(value)) return null;
  return { field, message: `${labelOf(field)} contains a character that cannot be stored (a NUL character or an unpaired surrogate).` };
}

/** Refuses a value outside an enumeration, e.g. an incident type kept inside a JSON column. */
export function checkOneOf(field: string, value: unknown, allowed: readonly string[]): FieldViolation | null {
  if (typeof value === 'string' && allowed.includes(value)) return null;
  return { field, message: `${labelOf(field)} must be one of ${allowed.join(', ')}.` };
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkEmail(field: string, value: string | null | undefined): FieldViolation | null {
  if (value == null || value.trim() === '') return { field, message: 'Email is required.' };
  if (value.length > LIMITS.emailMax || !EMAIL_PATTERN.test(value.trim())) {
    return { field, message: 'Enter an email address like name@agency.gov.' };
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
