/**
 * Input limits (docs/architecture.md#security-baseline). The API enforces them; the web app uses the same
 * functions to validate inline so both sides say the same thing.
 */
export const LIMITS = {
  titleMax: 200,
  textMax: 20_000,
  listMax: 500,
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 256,
  presenceFocusMax: 200,
  /** Dates outside this window are typing mistakes, not operations. */
  earliestDate: Date.UTC(2000, 0, 1),
  latestDate: Date.UTC(2100, 0, 1),
} as const;

export interface FieldViolation {
  /** Dotted path of the offending input field, e.g. `input.title`. */
  field: string;
  message: string;
}

export function checkRequiredText(field: string, value: string | null | undefined, max: number): FieldViolation | null {
  if (value == null || value.trim().length === 0) return { field, message: `${labelOf(field)} is required.` };
  return checkText(field, value, max);
}

export function checkText(field: string, value: string | null | undefined, max: number): FieldViolation | null {
  if (value == null) return null;
  if (value.length > max) return { field, message: `${labelOf(field)} must be at most ${max.toLocaleString('en-US')} characters.` };
  return null;
}

export function checkTitle(field: string, value: string | null | undefined): FieldViolation | null {
  return checkRequiredText(field, value, LIMITS.titleMax);
}

export function checkList(field: string, value: readonly unknown[] | null | undefined, max: number = LIMITS.listMax): FieldViolation | null {
  if (value == null) return null;
  if (value.length > max) return { field, message: `${labelOf(field)} may hold at most ${max} items.` };
  return null;
}

export function checkDate(field: string, value: Date | string | null | undefined): FieldViolation | null {
  if (value == null) return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(time)) return { field, message: `${labelOf(field)} is not a valid date.` };
  if (time < LIMITS.earliestDate || time >= LIMITS.latestDate) {
    return { field, message: `${labelOf(field)} must fall between 2000 and 2099.` };
  }
  return null;
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
