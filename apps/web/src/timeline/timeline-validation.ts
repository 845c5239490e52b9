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
    const problem = dependencyProblem(values.dependsOnIds ?? [], context);
    if (problem) ctx.addIssue({ code: 'custom', path: ['dependsOnIds'], message: problem });
  });
}

/** Why the chosen dependencies cannot be saved (itself, or a cycle), or null. */
function dependencyProblem(chosen: readonly string[], context: ValidationContext): string | null {
  const self = context.editingId ?? NEW_EVENT;
  if (chosen.includes(self)) return 'An event cannot depend on itself.';
  const edges = new Map(context.events.filter((e) => e.id !== self).map((e) => [e.id, e.dependsOnIds]));
  return wouldCreateCycle(edges, self, chosen) ? 'These dependencies would create a cycle: an event you chose already depends on this one.' : null;
}

/**
 * Readiness blockers the save would leave: allowed, but said out loud. Not while the dependencies
 * cannot be saved at all (a cycle): "it can be saved" would contradict that error.
 */
export function eventWarnings(values: EventFormValues, context: ValidationContext): string[] {
  const start = fromLocalInput(values.startsAt, context.zone);
  const end = fromLocalInput(values.endsAt, context.zone);
  if (!start || !end || !inDateRange(Date.parse(start)) || !inDateRange(Date.parse(end)) || Date.parse(end) < Date.parse(start)) return [];
  if (dependencyProblem(values.dependsOnIds, context)) return [];
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
