import type { TimelineEventFieldsFragment } from '@jointops/web-data';
import { useMemo } from 'react';

type Named = Pick<TimelineEventFieldsFragment, 'id' | 'title'>;

/**
 * How the table and the cards name an event's dependencies: their titles in the timeline's order,
 * from the events the section holds (the API sends dependencies as ids), or "—" for none.
 */
export function dependencyNames(events: readonly Named[]): (ids: readonly string[]) => string {
  const position = new Map(events.map((event, index) => [event.id, index]));
  return (ids) => {
    const names = ids
      .map((id) => position.get(id))
      .filter((index): index is number => index !== undefined)
      .sort((a, b) => a - b)
      .map((index) => events[index]!.title);
    return names.length > 0 ? names.join(', ') : '—';
  };
}

/** dependencyNames for the events a component shows, indexed once per list. */
export function useDependencyNames(events: readonly Named[]): (ids: readonly string[]) => string {
  return useMemo(() => dependencyNames(events), [events]);
}
