import { formatCoordinates } from '@jointops/domain';
import type { IncidentType } from '@jointops/web-data';
import { usePlanTime } from '../shared/plan-time';
import { INCIDENT_LABELS } from './debrief-model';

/** Short texts (strengths, improvements) as a list, or a word when there are none. */
export function TextList({ items, empty = 'None.' }: { items: readonly string[]; empty?: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="usa-list jo-user-text">
      {items.map((item, n) => (
        <li key={n}>{item}</li>
      ))}
    </ul>
  );
}

export interface IncidentItem {
  type: IncidentType;
  occurredAt: string;
  description: string;
  reportedTo: string;
  /** Where it happened, if marked: [longitude, latitude]. */
  location?: readonly number[] | null;
}

/** "at 35.77961, -78.63818": an incident's place, latitude first as people read it; '' when none. */
export const incidentPlace = (location: readonly number[] | null | undefined): string => (location?.length === 2 ? ` at ${formatCoordinates(location)}` : '');

/** " (reported to Sgt. Ames)": to whom an incident was reported; '' when to no one. */
export const reportedToText = (reportedTo: string | null | undefined): string => (reportedTo ? ` (reported to ${reportedTo})` : '');

/** Incidents: type, when, where (if marked), what, and to whom they were reported. */
export function IncidentList({ incidents, empty = 'None.' }: { incidents: readonly IncidentItem[]; empty?: string }) {
  const time = usePlanTime();
  if (incidents.length === 0) return <p>{empty}</p>;
  return (
    <ul className="usa-list jo-user-text">
      {incidents.map((i, n) => (
        <li key={n}>
          <span className="text-bold">{INCIDENT_LABELS[i.type]}</span>, <time dateTime={i.occurredAt}>{time.format(i.occurredAt)}</time>
          {i.location?.length === 2 ? (
            <>
              {' '}
              at <span data-testid="incident-location">{formatCoordinates(i.location)}</span> (latitude, longitude)
            </>
          ) : null}
          : {i.description}
          {reportedToText(i.reportedTo)}
        </li>
      ))}
    </ul>
  );
}
