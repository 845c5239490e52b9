import { z } from './zod';
import { LIMITS } from '../input-limits';
import { ActionStatus } from '../plan-content';
import { endNotBeforeStart, inDateRange, instant, optionalText, patchOf, requiredChoice, requiredText, timeOf, titleText } from './fields';

/**
 * The input rules of running and learning from an operation: actual times, the activity log,
 * debrief incidents, the report and its corrective actions. Times "now" is compared with are
 * passed in, so a form and the API apply the same rule at their own moment.
 */

/** Clocks differ a little between browser and server: a minute is not "in the future". */
export const CLOCK_SKEW_MS = 60_000;

const notInFuture = (now: number, message: string) => (value: unknown, ctx: z.RefinementCtx) => {
  const time = timeOf(value);
  if (time !== null && !Number.isNaN(time) && inDateRange(time) && time > now + CLOCK_SKEW_MS) ctx.addIssue({ code: 'custom', message });
};

/**
 * The operation as it ran is recorded from its activation on: an activity entry or an actual time
 * before it would rewrite what happened before anyone was under way. Times are typed to the
 * minute, so the minute of activation itself counts.
 */
export function beforeActivation(activatedAt: Date | null, when: Date): boolean {
  return activatedAt !== null && when.getTime() < Math.floor(activatedAt.getTime() / 60_000) * 60_000;
}

/** What really happened to a timeline event. Either may be cleared; an end needs its start. */
export function actualsSchema(now: number) {
  const actual = (label: string) => instant(label).superRefine(notInFuture(now, 'An actual time cannot be in the future.'));
  return z
    .object({ actualStartsAt: actual('Actual start'), actualEndsAt: actual('Actual end') })
    .superRefine(endNotBeforeStart('actualStartsAt', 'actualEndsAt', 'The actual end cannot be before the actual start.'))
    .superRefine((value, ctx) => {
      if (timeOf(value.actualStartsAt) === null && timeOf(value.actualEndsAt) !== null) {
        ctx.addIssue({ code: 'custom', path: ['actualStartsAt'], message: 'Record the actual start as well.' });
      }
    });
}

/** The log's text limit is the general text limit, on the form and in the API alike. */
export const ACTIVITY_TEXT_MAX = LIMITS.textMax;

/** An activity log entry: what happened and, optionally, when (empty: now; a minute of clock skew is not the future). */
export function activityEntrySchema(now: number) {
  return z.object({
    text: z.string({ error: 'Enter what happened.' }).superRefine((text, ctx) => {
      const trimmed = text.trim();
      if (!trimmed) ctx.addIssue({ code: 'custom', message: 'Enter what happened.' });
      else if (trimmed.length > ACTIVITY_TEXT_MAX) ctx.addIssue({ code: 'custom', message: `The entry must be at most ${ACTIVITY_TEXT_MAX.toLocaleString('en-US')} characters.` });
    }),
    at: z
      .union([z.date(), z.string()])
      .nullish()
      .superRefine((at, ctx) => {
        const time = timeOf(at);
        if (time === null) return;
        if (Number.isNaN(time) || !inDateRange(time)) ctx.addIssue({ code: 'custom', message: 'Enter a valid date and time, or leave it empty for now.' });
        else if (time > now + CLOCK_SKEW_MS) ctx.addIssue({ code: 'custom', message: 'The time cannot be in the future.' });
      }),
  });
}

/** The after-action report's summary. */
export const reportSummarySchema = z.object({ summary: optionalText('Summary') });
/** What finalizing needs of the report: a summary (the record oversight and the public figures read). */
export const reportFinalizeSchema = z.object({ summary: requiredText('Summary', LIMITS.textMax, 'Write the summary before finalizing the report.') });

/** A corrective action: what, who owns it, by when; its status once it exists. */
const correctiveActionFields = {
  title: titleText(),
  ownerAgencyId: requiredChoice('Choose the agency that owns it.'),
  dueDate: instant('Due date', { required: true }),
  status: z.enum(ActionStatus, { error: 'Choose a status.' }).nullish(),
  notes: optionalText('Notes'),
};
export const correctiveActionSchema = z.object(correctiveActionFields);
/** An update: fields left out or null stay as they are. */
export const correctiveActionPatchSchema = z.object(patchOf(correctiveActionFields));
