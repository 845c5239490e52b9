import type { TimelineEventFieldsFragment, TimelineEventInput, TimelineEventPatch } from '@jointops/web-data';
import { fromLocalInput, toLocalInput } from './time';
import type { EventFormValues } from './timeline-validation';

/** The form's values, times on the clocks of the plan's zone. */
export function initialValues(zone: string, event?: TimelineEventFieldsFragment): EventFormValues {
  return {
    title: event?.title ?? '',
    phase: event?.phase ?? 'PREPARATION',
    startsAt: toLocalInput(event?.startsAt, zone),
    endsAt: toLocalInput(event?.endsAt, zone),
    agencyId: event?.agency?.id ?? '',
    dependsOnIds: event ? [...event.dependsOnIds] : [],
    notes: event?.notes ?? '',
    placeId: event?.place?.id ?? '',
  };
}

export function toInput(values: EventFormValues, zone: string): TimelineEventInput {
  return {
    title: values.title.trim(),
    phase: values.phase,
    startsAt: fromLocalInput(values.startsAt, zone) as string,
    endsAt: fromLocalInput(values.endsAt, zone) as string,
    agencyId: values.agencyId || null,
    dependsOnIds: values.dependsOnIds,
    notes: values.notes,
    // Left out when none is chosen: the API's default.
    ...(values.placeId ? { placeId: values.placeId } : {}),
  };
}

/** Only what changed, so the plan's log records what the user actually edited. */
export function toPatch(values: EventFormValues, event: TimelineEventFieldsFragment, zone: string): TimelineEventPatch {
  const input = toInput(values, zone);
  const patch: TimelineEventPatch = {};
  if (input.title !== event.title) patch.title = input.title;
  if (input.phase !== event.phase) patch.phase = input.phase;
  if (values.startsAt !== toLocalInput(event.startsAt, zone)) patch.startsAt = input.startsAt;
  if (values.endsAt !== toLocalInput(event.endsAt, zone)) patch.endsAt = input.endsAt;
  if ((input.agencyId ?? null) !== (event.agency?.id ?? null)) patch.agencyId = input.agencyId ?? null;
  const before = [...event.dependsOnIds].sort().join(',');
  if ([...values.dependsOnIds].sort().join(',') !== before) patch.dependsOnIds = values.dependsOnIds;
  if (input.notes !== event.notes) patch.notes = input.notes;
  // Explicit null: the event no longer names a place.
  if ((input.placeId ?? null) !== (event.place?.id ?? null)) patch.placeId = input.placeId ?? null;
  return patch;
}
