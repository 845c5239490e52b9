import { useQuery } from '@apollo/client/react';
import { MapSettingsDocument, PlacesSectionDocument, type MapSettingsQuery, type PlaceFieldsFragment } from '@jointops/web-data';

export type MapTiles = MapSettingsQuery['mapSettings'];

/**
 * The places of a plan (`PlaceFields`), from the cache when the Places section or the overview has
 * loaded them, kept current by live events: for pickers and views outside the Places section.
 */
export function usePlaces(planId: string): { places: readonly PlaceFieldsFragment[]; loading: boolean } {
  const { data, loading } = useQuery(PlacesSectionDocument, { variables: { id: planId }, fetchPolicy: 'cache-first' });
  return { places: data?.plan?.places ?? [], loading };
}

/**
 * How the maps draw their base layer. Null until known, and when the server cannot be reached
 * (offline): the maps then draw the bundled outlines, which need no network.
 */
export function useMapSettings(): MapTiles | null {
  const { data } = useQuery(MapSettingsDocument, { fetchPolicy: 'cache-first' });
  return data?.mapSettings ?? null;
}
