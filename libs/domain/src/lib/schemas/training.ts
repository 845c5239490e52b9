import { z } from './zod';
import { OperationType } from '../accountability';
import { CLOCK_SKEW_MS } from './after-action';
import { inDateRange, instant, requiredChoice, requiredText, timeOf, titleText } from './fields';

/**
 * The input rules of courses and training records (docs/architecture.md#training), for the web's
 * forms and the API alike. Rules that need the database (a code used twice, the trainee's agency,
 * an unknown course) stay in the API's training service. "Now" is passed in, so a form and the
 * API judge "in the future" at their own moment.
 */

/** The longest course code ("FA-101"). */
export const COURSE_CODE_MAX = 32;
/** A course stays current at most this long (ten years); longer is a typing mistake. */
export const COURSE_VALIDITY_MONTHS_MAX = 120;
/** Certificate number, instructor or other proof: a line or two. */
export const TRAINING_EVIDENCE_MAX = 1000;

const VALIDITY_MESSAGE = `Validity must be a whole number of months from 1 to ${COURSE_VALIDITY_MONTHS_MAX}, or empty if it never lapses.`;

/** Months a completion stays current: a whole number from 1 up, or empty / null ("never lapses"). A form's text counts as its number. */
const validityMonths = z
  .union([z.number(), z.string()], { error: VALIDITY_MESSAGE })
  .nullish()
  .superRefine((value, ctx) => {
    if (value == null || (typeof value === 'string' && value.trim() === '')) return;
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isInteger(n) || n < 1 || n > COURSE_VALIDITY_MONTHS_MAX) ctx.addIssue({ code: 'custom', message: VALIDITY_MESSAGE });
  });

/** createCourse's input. */
export const courseSchema = z.object({
  code: requiredText('Code', COURSE_CODE_MAX),
  title: titleText(),
  validityMonths,
  requiredFor: z.array(z.enum(OperationType, { error: 'Choose operation types from the list.' }), { error: 'Choose operation types from the list.' }),
});

/** The months a course form's text stands for: null when empty ("never lapses"). */
export function validityMonthsOf(value: string | number | null | undefined): number | null {
  if (value == null) return null;
  if (typeof value === 'number') return value;
  return value.trim() === '' ? null : Number(value);
}

/** recordTraining's arguments, judged at `now` (the API's Clock, the browser's time): a completion cannot lie ahead. */
export function trainingRecordSchema(now: number) {
  return z.object({
    userId: requiredChoice('Choose a person.'),
    courseId: requiredChoice('Choose a course.'),
    completedOn: instant('Completed on', { required: true }).superRefine((value, ctx) => {
      const time = timeOf(value);
      if (time !== null && !Number.isNaN(time) && inDateRange(time) && time > now + CLOCK_SKEW_MS) {
        ctx.addIssue({ code: 'custom', message: 'Completed on cannot be in the future.' });
      }
    }),
    evidence: requiredText('Evidence', TRAINING_EVIDENCE_MAX),
  });
}
