import { Button } from '@trussworks/react-uswds';
import type { TimelineEventFieldsFragment } from '@jointops/web-data';
import { EditingBadgeFor } from '../live/EditingBadgeFor';
import { PHASE_LABELS } from './timeline-phases';
import { placeOf, PlaceLink, type PlaceRef } from '../shared/place-ref';
import { usePlanTime } from '../shared/plan-time';
import { WindowedTable } from '../shared/WindowedTable';
import { useDependencyNames } from './dependency-names';
import { useRevealTarget } from './useRevealTarget';

export interface TimelineTableProps {
  planId: string;
  events: readonly TimelineEventFieldsFragment[];
  /** The plan's places by id: each event's place is named from here, not fetched per row. */
  places: ReadonlyMap<string, PlaceRef>;
  zoneLabel: string;
  canEdit: boolean;
  /** Event ids that readiness flags (overlapping a dependency, outside the window). */
  flagged: ReadonlyMap<string, string>;
  onEdit: (event: TimelineEventFieldsFragment) => void;
  onRemove: (event: TimelineEventFieldsFragment) => void;
  /** An event about to be focused (just added or edited): a long list scrolls to it first. */
  focusId?: string | null;
}

/** A compact row's height before one is measured (px). */
const ROW_HEIGHT = 41;

/**
 * The timeline as a table: the accessible view of what the chart draws. A long timeline renders
 * only the rows near the viewport (WindowedTable); screen readers still hear every row counted.
 */
export function TimelineTable({ planId, events, places, zoneLabel, canEdit, flagged, onEdit, onRemove, focusId = null }: TimelineTableProps) {
  const time = usePlanTime();
  const reveal = useRevealTarget(events, focusId);
  const dependencies = useDependencyNames(events);
  return (
    <WindowedTable
      className="jointops-timeline-table"
      caption={<span id="timeline-table-caption">Timeline events in start order. Times in {zoneLabel}.</span>}
      columns={['Event', 'Phase', 'Agency', 'Place', 'Start', 'End', 'Depends on']}
      actionsColumn={canEdit}
      rows={events}
      estimatedRowHeight={ROW_HEIGHT}
      reveal={reveal}
      renderRow={(event, _index, rowProps) => {
        const place = placeOf(event, places);
        return (
          <tr key={event.id} id={`timeline-${event.id}`} tabIndex={-1} {...rowProps}>
            <th scope="row">
              {event.title}
              <EditingBadgeFor entityKey={`timeline:${event.id}`} />
              {flagged.has(event.id) ? <span className="display-block font-body-3xs text-secondary-dark text-normal">{flagged.get(event.id)}</span> : null}
            </th>
            <td>{PHASE_LABELS[event.phase]}</td>
            <td>{event.agency?.shortName ?? '—'}</td>
            <td className="jointops-timeline-table__wrap">{place ? <PlaceLink planId={planId} place={place} /> : '—'}</td>
            <td className="jointops-timeline-table__time">
              <time dateTime={event.startsAt}>{time.format(event.startsAt)}</time>
            </td>
            <td className="jointops-timeline-table__time">
              <time dateTime={event.endsAt}>{time.format(event.endsAt)}</time>
            </td>
            <td className="jointops-timeline-table__wrap">{dependencies(event.dependsOnIds)}</td>
            {canEdit ? (
              <td className="jointops-timeline-table__actions">
                <Button id={`timeline-${event.id}-edit`} type="button" unstyled className="margin-right-2" aria-label={`Edit ${event.title}`} onClick={() => onEdit(event)}>
                  Edit
                </Button>
                <Button type="button" unstyled className="text-secondary-dark" aria-label={`Remove ${event.title}`} onClick={() => onRemove(event)}>
                  Remove
                </Button>
              </td>
            ) : null}
          </tr>
        );
      }}
    />
  );
}
