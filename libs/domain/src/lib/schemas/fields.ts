import { z } from './zod';
import { LIMITS, type FieldViolation } from '../input-limits';
import { MESSAGES } from './messages';
import { isTimeZone } from '../time-zones';

/**
 * Field rules shared by the web's forms (react-hook-form with these schemas) and the API's
 * input validation. They only check: values pass through unchanged, so each side keeps its own
 * mapping (the API trims titles when it stores them; the web turns local times into instants).
 *
 * Values may arrive as the API receives them (Date, number, null for "not given") or as a form
 * holds them (strings, '' for empty).
 */

/** Text that must not be blank (else `missing`); at most `max` characters once trimmed. */
export function requiredText(label: string, max: number = LIMITS.textMax, missing: string = MESSAGES.required(label)) {
  return z.string({ error: missing }).superRefine((value, ctx) => {
    const trimmed = value.trim();
    if (trimmed.length === 0) ctx.addIssue({ code: 'custom', message: missing });
    else if (trimmed.length > max) ctx.addIssue({ code: 'custom', message: MESSAGES.tooLong(label, max) });
  });
}

/** A title or name: required, at most 200 characters. */
export function titleText(label = 'Title') {
  return requiredText(label, LIMITS.titleMax);
}

/** Optional free text, at most `max` characters as typed. */
export function optionalText(label: string, max: number = LIMITS.textMax) {
  return z.string().max(max, MESSAGES.tooLong(label, max)).nullish();
}

/** A choice that must be made (a select whose empty option reads "- Select -"). */
export function requiredChoice(message: string) {
  return z.string({ error: message }).min(1, message);
}

/** A list of ids, at most `max` of them. */
export function idList(label: string, max: number = LIMITS.listMax, message: string = MESSAGES.tooMany(label, max)) {
  return z.array(z.string()).max(max, message).nullish();
}

/** Milliseconds since the epoch of a Date or of a date string ('' and null: none; NaN: not a date). */
export function timeOf(value: unknown): number | null {
  if (value == null || value === '') return null;
  if (value instanceof Date) return value.getTime();
  return typeof value === 'string' ? Date.parse(value) : Number.NaN;
}

/** Within the years operations are planned in (anything else is a typing mistake). */
export function inDateRange(time: number): boolean {
  return time >= LIMITS.earliestDate && time < LIMITS.latestDate;
}

/**
 * A point in time: a Date (API) or a date string (an ISO instant, or a `datetime-local` value,
 * which reads as local time). Empty is allowed unless `required`.
 */
export function instant(label: string, { required = false }: { required?: boolean } = {}) {
  return z.union([z.date(), z.string()], { error: MESSAGES.invalidDate(label) }).nullish().superRefine((value, ctx) => {
    const time = timeOf(value);
    if (time === null) {
      if (required) ctx.addIssue({ code: 'custom', message: MESSAGES.required(label) });
    } else if (Number.isNaN(time)) ctx.addIssue({ code: 'custom', message: MESSAGES.invalidDate(label) });
    else if (!inDateRange(time)) ctx.addIssue({ code: 'custom', message: MESSAGES.dateOutOfRange(label) });
  });
}

/** An IANA time zone name such as America/New_York (checked against the runtime's zone data). Empty: not given. */
export function timeZoneName() {
  return z
    .string({ error: MESSAGES.invalidTimeZone })
    .nullish()
    .refine((value) => value == null || isTimeZone(value), { message: MESSAGES.invalidTimeZone });
}

/**
 * "The end is not before the start", for an object schema's `superRefine`. Says nothing while
 * either date is missing or already wrong: those have their own messages.
 */
export function endNotBeforeStart<K extends string>(startKey: K, endKey: K, message: string) {
  return (value: Partial<Record<K, unknown>>, ctx: z.RefinementCtx) => {
    const start = timeOf(value[startKey]);
    const end = timeOf(value[endKey]);
    if (start === null || end === null || Number.isNaN(start) || Number.isNaN(end) || !inDateRange(start) || !inDateRange(end)) return;
    if (end < start) ctx.addIssue({ code: 'custom', path: [endKey], message });
  };
}

/** A whole number from `min` to `max`; a form's text ('12') counts as its number. */
export function wholeNumber(messages: { notWhole: string; tooLarge: string }, min: number, max: number) {
  return z.union([z.number(), z.string()], { error: messages.notWhole }).superRefine((value, ctx) => {
    const n = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isInteger(n) || n < min) ctx.addIssue({ code: 'custom', message: messages.notWhole });
    else if (n > max) ctx.addIssue({ code: 'custom', message: messages.tooLarge });
  });
}

/**
 * A field held to one of the older `check*` functions (email, roles, password, change reason),
 * so the schema says what the function says. The check is asked with an empty field name.
 */
export function checkedBy<T extends z.ZodType>(base: T, check: (field: string, value: z.output<T>) => FieldViolation | null) {
  return base.superRefine((value, ctx) => {
    const violation = check('', value);
    if (violation) ctx.addIssue({ code: 'custom', message: violation.message });
  });
}

type Shape = Record<string, z.ZodType>;

/**
 * The patch form of an input shape: every field may be left out or null ("unchanged"). Fields
 * given are held to the same rules.
 */
export function patchOf<S extends Shape>(shape: S): { [K in keyof S]: z.ZodOptional<z.ZodNullable<S[K]>> } {
  return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.nullable().optional()])) as never;
}
