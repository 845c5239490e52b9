import type { TimelineSectionPlanFragment } from '@jointops/web-data';
import { placeLabel } from '../shared/place-ref';
import { currentRelations } from './conflict-current';
import { PHASE_LABELS } from './timeline-phases';
import { formatDateTime, fromLocalInput } from './time';
import type { EventFormValues } from './timeline-validation';

type Plan = Pick<TimelineSectionPlanFragment, 'agencies' | 'timeline' | 'places'>;

export const conflictFields = [
  { key: 'title', label: 'Title' },
  { key: 'phase', label: 'Phase' },
  { key: 'startsAt', label: 'Start' },
  { key: 'endsAt', label: 'End' },
  { key: 'agency', label: 'Agency' },
  { key: 'place', label: 'Place' },
  { key: 'dependsOn', label: 'Depends on' },
  { key: 'notes', label: 'Notes' },
];

const agencyName = (plan: Plan, id: unknown) => (typeof id === 'string' ? (plan.agencies.find((a) => a.id === id)?.shortName ?? id) : '');
const placeName = (plan: Plan, id: unknown) => {
  if (typeof id !== 'string') return '';
  const place = plan.places.find((p) => p.id === id);
  return place ? placeLabel(place) : id;
};
const titles = (plan: Plan, ids: readonly unknown[]) =>
  ids
    .map((id) => plan.timeline.find((e) => e.id === id)?.title ?? String(id))
    .sort()
    .join(', ');

/** What the user typed, as the conflict notice shows it. */
export function describeValues(values: EventFormValues, plan: Plan, zone: string): Record<string, string> {
  return {
    title: values.title,
    phase: PHASE_LABELS[values.phase],
    startsAt: formatDateTime(fromLocalInput(values.startsAt, zone), zone),
    endsAt: formatDateTime(fromLocalInput(values.endsAt, zone), zone),
    agency: agencyName(plan, values.agencyId || null),
    place: placeName(plan, values.placeId || null),
    dependsOn: titles(plan, values.dependsOnIds),
    notes: values.notes,
  };
}

/** The server's current event (`extensions.current`), whichever shape of relation it carries. */
export function describeCurrent(current: Record<string, unknown>, plan: Plan, zone: string): Record<string, string> {
  const { agencyId, placeId, dependsOnIds } = currentRelations(current);
  const phase = current['phase'] as keyof typeof PHASE_LABELS;
  return {
    title: String(current['title'] ?? ''),
    phase: PHASE_LABELS[phase] ?? String(phase ?? ''),
    startsAt: formatDateTime(current['startsAt'] as string | undefined, zone),
    endsAt: formatDateTime(current['endsAt'] as string | undefined, zone),
    agency: agencyName(plan, agencyId),
    place: placeName(plan, placeId),
    dependsOn: titles(plan, dependsOnIds ?? []),
    notes: String(current['notes'] ?? ''),
  };
}
