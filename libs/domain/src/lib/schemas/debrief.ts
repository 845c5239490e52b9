import { z } from './zod';
import { LIMITS } from '../input-limits';
import { IncidentType, Outcome } from '../plan-content';
import { inDateRange, optionalText, timeOf } from './fields';
import { positionSchema } from './places';

/**
 * The input rules of a debrief, shared by the web's wizard (one step at a time) and the API's
 * `saveDebrief`. Times are compared as instants, so the rules do not depend on a time zone.
 */

/** An incident belongs to the operation: its window or its run, give or take this much (set-up and stand-down). */
export const INCIDENT_WINDOW_MARGIN_HOURS = 12;
const INCIDENT_WINDOW_MARGIN_MS = INCIDENT_WINDOW_MARGIN_HOURS * 3_600_000;

export const INCIDENT_OUTSIDE_WINDOW_MESSAGE = `An incident must fall within ${INCIDENT_WINDOW_MARGIN_HOURS} hours of the operation: its planned window or the time it ran.`;

/**
 * A plan's operation window, as the API (Date) or the web (ISO string) holds it, and when it ran:
 * activated and (once it is) completed, which may lie outside the window.
 */
export interface OperationWindow {
  startsAt?: Date | string | null;
  endsAt?: Date | string | null;
  activatedAt?: Date | string | null;
  completedAt?: Date | string | null;
}

/**
 * The first and last instant (epoch ms) an incident of the plan may be placed at: from 12 hours
 * before the earlier of the window's start and the activation, to 12 hours after the later of the
 * window's end and the completion. An operation activated months before its window (or run past
 * it) has its incidents where they happened. Null when the plan has no start or no end.
 */
export function incidentTimeBounds(window: OperationWindow | null | undefined): { earliest: number; latest: number } | null {
  const times = (...values: Array<Date | string | null | undefined>) => values.map(timeOf).filter((time): time is number => time !== null && !Number.isNaN(time));
  const starts = times(window?.startsAt, window?.activatedAt);
  const ends = times(window?.endsAt, window?.completedAt);
  if (starts.length === 0 || ends.length === 0) return null;
  return { earliest: Math.min(...starts) - INCIDENT_WINDOW_MARGIN_MS, latest: Math.max(...ends) + INCIDENT_WINDOW_MARGIN_MS };
}

/**
 * "Within the operation, 12 hours either side": the time of one incident. Says nothing
 * about a missing or malformed time (those have their own messages) or when the plan has no window.
 */
export function incidentWindowSchema(window: OperationWindow | null | undefined) {
  const bounds = incidentTimeBounds(window);
  return z.unknown().superRefine((value, ctx) => {
    const time = timeOf(value);
    if (!bounds || time === null || Number.isNaN(time)) return;
    if (time < bounds.earliest || time > bounds.latest) ctx.addIssue({ code: 'custom', message: INCIDENT_OUTSIDE_WINDOW_MESSAGE });
  });
}

/**
 * One incident of a debrief, as the wizard checks it: a type, a time (not in the future, within the
 * window ±12 h), a description, and optionally where it happened (a GeoJSON [longitude, latitude]).
 */
export function incidentSchema(now: number, window?: OperationWindow | null) {
  const withinWindow = incidentWindowSchema(window);
  return z.object({
    type: z.enum(IncidentType, { error: 'Choose the type of incident.' }),
    occurredAt: z.union([z.date(), z.string()], { error: 'Enter when it happened.' }).superRefine((at, ctx) => {
      const time = timeOf(at);
      if (time === null || Number.isNaN(time) || !inDateRange(time)) ctx.addIssue({ code: 'custom', message: 'Enter when it happened.' });
      else if (time > now) ctx.addIssue({ code: 'custom', message: 'The time cannot be in the future.' });
      else {
        const outside = withinWindow.safeParse(at);
        if (!outside.success) ctx.addIssue({ code: 'custom', message: outside.error.issues[0]!.message });
      }
    }),
    description: z.string({ error: 'Describe what happened.' }).refine((text) => text.trim().length > 0, 'Describe what happened.'),
    reportedTo: optionalText('Reported to'),
    location: positionSchema.nullish(),
  });
}

/** An objective's step: an outcome must be chosen before moving on. */
export const debriefOutcomeSchema = z.object({
  outcome: z.enum(Outcome, { error: 'Choose an outcome for this objective.' }),
  notes: optionalText('Notes'),
});

/** The strengths or improvements step: each item at most the general text limit (empty ones are dropped). */
export function debriefListSchema(label: string) {
  return z.array(optionalText(label, LIMITS.textMax));
}

/** The narrative step. */
export const debriefNarrativeSchema = optionalText('Narrative', LIMITS.textMax);

/** One step per objective, then incidents, strengths, improvements, narrative, and review. */
export function debriefStepCount(objectiveCount: number): number {
  return objectiveCount + 5;
}
