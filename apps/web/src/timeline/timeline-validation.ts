import { inDateRange, timelineEventSchema, wouldCreateCycle } from '@jointops/domain';
import type { Phase } from '@jointops/web-data';
import { fromLocalInput } from './time';

export type EventFormValues = {
  title: string;
  phase: Phase;
  /** `datetime-local` values, on the clocks of the plan's time zone. */
  startsAt: string;
  endsAt: string;
  agencyId: string;
  dependsOnIds: string[];
  notes: string;
  /** A place of the plan, or '' for none. */
  placeId: string;
};

export interface KnownEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  dependsOnIds: readonly string[];
}

export interface ValidationContext {
  events: readonly KnownEvent[];
  /** The event being edited; null when adding. */
  editingId: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  /** The plan's IANA zone, in which the form's times are read. */
  zone: string;
}

const NEW_EVENT = '\u0000new';

/**
 * The event's own rules (shared with the API, from `@jointops/domain`) and, with the other
 * events known, its dependencies: never on itself, never a cycle.
 */
export function eventFormSchema(context: ValidationContext) {
  return timelineEventSchema.superRefine((values, ctx) => {
    const chosen = values.dependsOnIds ?? [];
    const self = context.editingId ?? NEW_EVENT;
    const edges = new Map(context.events.filter((e) => e.id !== self).map((e) => [e.id, e.dependsOnIds]));
    if (chosen.includes(self)) ctx.addIssue({ code: 'custom', path: ['dependsOnIds'], message: 'An event cannot depend on itself.' });
    else if (wouldCreateCycle(edges, self, chosen)) {
      ctx.addIssue({ code: 'custom', path: ['dependsOnIds'], message: 'These dependencies would create a cycle: an event you chose already depends on this one.' });
    }
  });
}

/** Readiness blockers the save would leave: allowed, but said out loud. */
export function eventWarnings(values: EventFormValues, context: ValidationContext): string[] {
  const start = fromLocalInput(values.startsAt, context.zone);
  const end = fromLocalInput(values.endsAt, context.zone);
  if (!start || !end || !inDateRange(Date.parse(start)) || !inDateRange(Date.parse(end)) || Date.parse(end) < Date.parse(start)) return [];
  const warnings: string[] = [];
  const byId = new Map(context.events.map((e) => [e.id, e]));
  for (const id of values.dependsOnIds) {
    const dependency = byId.get(id);
    if (dependency && Date.parse(start) < Date.parse(dependency.endsAt)) warnings.push(`It starts before "${dependency.title}" ends.`);
  }
  if (context.windowStart && context.windowEnd && (Date.parse(start) < Date.parse(context.windowStart) || Date.parse(end) > Date.parse(context.windowEnd))) {
    warnings.push("It falls outside the plan's window.");
  }
  return warnings;
}
