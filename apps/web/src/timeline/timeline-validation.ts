import { checkDate, checkList, checkText, checkTitle, LIMITS, wouldCreateCycle } from '@jointops/domain';
import type { Phase } from '@jointops/web-data';
import { fromLocalInput } from './time';

export type EventField = 'title' | 'phase' | 'startsAt' | 'endsAt' | 'agencyId' | 'dependsOnIds' | 'notes';

export interface EventFormValues {
  title: string;
  phase: Phase;
  /** `datetime-local` values, in the browser's time zone. */
  startsAt: string;
  endsAt: string;
  agencyId: string;
  dependsOnIds: string[];
  notes: string;
}

export interface KnownEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  dependsOn: ReadonlyArray<{ id: string }>;
}

export interface ValidationContext {
  events: readonly KnownEvent[];
  /** The event being edited; null when adding. */
  editingId: string | null;
  windowStart: string | null;
  windowEnd: string | null;
}

export interface ValidationResult {
  errors: Partial<Record<EventField, string>>;
  /** Readiness blockers the save would leave: allowed, but said out loud. */
  warnings: string[];
}

const NEW_EVENT = '\u0000new';

/** Inline checks before sending, with the same rules (and words) as the server. */
export function validateEvent(values: EventFormValues, context: ValidationContext): ValidationResult {
  const errors: ValidationResult['errors'] = {};
  const warnings: string[] = [];

  const title = checkTitle('title', values.title);
  if (title) errors.title = title.message;

  const start = fromLocalInput(values.startsAt);
  const end = fromLocalInput(values.endsAt);
  if (!values.startsAt) errors.startsAt = 'Start is required.';
  else if (!start) errors.startsAt = 'Start is not a valid date and time.';
  else if (checkDate('startsAt', start)) errors.startsAt = 'Start must fall between 2000 and 2099.';
  if (!values.endsAt) errors.endsAt = 'End is required.';
  else if (!end) errors.endsAt = 'End is not a valid date and time.';
  else if (checkDate('endsAt', end)) errors.endsAt = 'End must fall between 2000 and 2099.';
  else if (start && Date.parse(end) < Date.parse(start)) errors.endsAt = 'End must not be before start.';

  const notes = checkText('notes', values.notes, LIMITS.textMax);
  if (notes) errors.notes = notes.message;

  const list = checkList('dependsOnIds', values.dependsOnIds);
  const self = context.editingId ?? NEW_EVENT;
  const edges = new Map(context.events.filter((e) => e.id !== self).map((e) => [e.id, e.dependsOn.map((d) => d.id)]));
  if (list) errors.dependsOnIds = `Depends on may hold at most ${LIMITS.listMax} events.`;
  else if (values.dependsOnIds.includes(self)) errors.dependsOnIds = 'An event cannot depend on itself.';
  else if (wouldCreateCycle(edges, self, values.dependsOnIds)) {
    errors.dependsOnIds = 'These dependencies would create a cycle: an event you chose already depends on this one.';
  }

  if (start && end && !errors.startsAt && !errors.endsAt) {
    const byId = new Map(context.events.map((e) => [e.id, e]));
    for (const id of values.dependsOnIds) {
      const dependency = byId.get(id);
      if (dependency && Date.parse(start) < Date.parse(dependency.endsAt)) {
        warnings.push(`It starts before "${dependency.title}" ends.`);
      }
    }
    if (context.windowStart && context.windowEnd) {
      if (Date.parse(start) < Date.parse(context.windowStart) || Date.parse(end) > Date.parse(context.windowEnd)) {
        warnings.push("It falls outside the plan's window.");
      }
    }
  }
  return { errors, warnings };
}
