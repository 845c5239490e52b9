import { Button } from '@trussworks/react-uswds';
import { EditingBadgeFor } from '../live/EditingBadgeFor';
import { PHASE_LABELS } from './timeline-phases';
import { placeOf, PlaceLink } from '../shared/place-ref';
import { usePlanTime } from '../shared/plan-time';
import { useRef, useEffect } from 'react';
import { useWindowedRows } from '../shared/useWindowedRows';
import type { TimelineTableProps } from './TimelineTable';
import { useDependencyNames } from './dependency-names';
import '../shared/phone-cards.css';
import { useRevealTarget } from './useRevealTarget';

/** A card's height before one is measured (px). */
const CARD_HEIGHT = 300;

/** The same list, the same actions as the table: only the layout differs. */
export type TimelineCardsProps = TimelineTableProps;

/**
 * The timeline on a phone: one card per event, in start order, with every field of the table
 * stacked (start and end always in view, nothing to scroll sideways). Same ids as the table's
 * rows, so focus returns to an event after editing it. A long timeline renders only the cards near
 * the viewport, each saying its place in the whole list (`aria-posinset` of `aria-setsize`).
 */
export function TimelineCards({ planId, events, places, zoneLabel, canEdit, flagged, onEdit, onRemove, focusId = null }: TimelineCardsProps) {
  const time = usePlanTime();
  const list = useRef<HTMLOListElement>(null);
  const view = useWindowedRows(list, { count: events.length, estimatedRowHeight: CARD_HEIGHT, overscan: 3 });
  const reveal = useRevealTarget(events, focusId);
  const dependencies = useDependencyNames(events);
  const revealCard = view.reveal;
  useEffect(() => {
    if (reveal) revealCard(reveal.index);
  }, [reveal, revealCard]);
  return (
    <div data-testid="timeline-cards">
      <p id="timeline-cards-caption" className="text-bold margin-bottom-1">
        Timeline events in start order. Times in {zoneLabel}.
      </p>
      <ol ref={list} className="usa-list usa-list--unstyled" aria-labelledby="timeline-cards-caption" style={view.windowed ? { paddingTop: view.before, paddingBottom: view.after } : undefined}>
        {events.slice(view.start, view.end).map((event, offset) => {
          const place = placeOf(event, places);
          return (
            <li
              key={event.id}
              id={`timeline-${event.id}`}
              tabIndex={-1}
              className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2"
              data-testid="timeline-card"
              data-window-row
              aria-posinset={view.start + offset + 1}
              aria-setsize={events.length}
            >
              <h3 className="margin-0 font-heading-md">
                {event.title}
                <EditingBadgeFor entityKey={`timeline:${event.id}`} />
              </h3>
              {flagged.has(event.id) ? <p className="margin-y-05 font-body-2xs text-secondary-dark">{flagged.get(event.id)}</p> : null}
              <dl className="jo-phone-card__fields margin-bottom-1">
                <dt>Start</dt>
                <dd>
                  <time dateTime={event.startsAt}>{time.format(event.startsAt)}</time>
                </dd>
                <dt>End</dt>
                <dd>
                  <time dateTime={event.endsAt}>{time.format(event.endsAt)}</time>
                </dd>
                <dt>Phase</dt>
                <dd>{PHASE_LABELS[event.phase]}</dd>
                <dt>Agency</dt>
                <dd>{event.agency?.shortName ?? '—'}</dd>
                <dt>Place</dt>
                <dd>{place ? <PlaceLink planId={planId} place={place} /> : '—'}</dd>
                <dt>Depends on</dt>
                <dd>{dependencies(event.dependsOnIds)}</dd>
              </dl>
              {canEdit ? (
                <div className="jointops-timeline-card__actions">
                  <Button id={`timeline-${event.id}-edit`} type="button" outline aria-label={`Edit ${event.title}`} onClick={() => onEdit(event)}>
                    Edit
                  </Button>
                  <Button type="button" outline aria-label={`Remove ${event.title}`} onClick={() => onRemove(event)}>
                    Remove
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
