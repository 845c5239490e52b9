import { enumLabel, PLACE_KIND_LABELS, type PlaceKind } from '@jointops/domain';
import { useMemo } from 'react';
import { Link } from 'react-router';

/** What a timeline event or a role shows of the place it names: the plan's places carry these. */
export interface PlaceRef {
  id: string;
  name: string;
  kind: PlaceKind | string;
}

export const placeKindLabel = (kind: string): string => enumLabel(PLACE_KIND_LABELS, kind);

/** "Main CP (Command post)". */
export const placeLabel = (place: Pick<PlaceRef, 'name' | 'kind'>): string => `${place.name} (${placeKindLabel(place.kind)})`;

/** The choices of a "Place" select: each place of the plan, named with its kind. */
export function placeOptions(places: readonly PlaceRef[]) {
  return places.map((place) => ({ value: place.id, label: placeLabel(place) }));
}

/**
 * The plan's places by id, built once per list: a long timeline (500 events) names each event's
 * place from the section's loaded list, with no query or search per row.
 */
export function usePlacesById<P extends PlaceRef>(places: readonly P[] | null | undefined): ReadonlyMap<string, P> {
  return useMemo(() => new Map((places ?? []).map((place) => [place.id, place])), [places]);
}

/** The place an item names (`place { id }`), from the plan's places; null when none or not loaded. */
export function placeOf<P extends PlaceRef>(item: { place?: { id: string } | null }, byId: ReadonlyMap<string, P>): P | null {
  return item.place ? (byId.get(item.place.id) ?? null) : null;
}

/** A place's name linking to the plan's Places section, with its kind: "Main CP (Command post)". */
export function PlaceLink({ planId, place }: { planId: string; place: Pick<PlaceRef, 'name' | 'kind'> }) {
  return (
    <>
      <Link to={`/plans/${planId}/places`} className="usa-link">
        {place.name}
      </Link>{' '}
      <span className="text-base-dark">({placeKindLabel(place.kind)})</span>
    </>
  );
}
