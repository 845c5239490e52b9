import { lazy, Suspense } from 'react';
import type { PlaceMapProps } from './map/PlaceMap';

export type { MapPlace, PlaceMapProps } from './map/PlaceMap';

// Leaflet, its stylesheet and the outlines are their own chunk, loaded when a map is first shown.
const PlaceMapChunk = lazy(() => import('./map/PlaceMap'));

/** The places map, loaded on first use (see map/PlaceMap.tsx); says so while it loads. */
export function PlaceMap(props: PlaceMapProps) {
  return (
    <Suspense
      fallback={
        <p className="text-base" role="status">
          Loading the map…
        </p>
      }
    >
      <PlaceMapChunk {...props} />
    </Suspense>
  );
}
