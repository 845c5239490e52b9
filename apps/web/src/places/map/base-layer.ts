import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import base from './nc-base.json';

/**
 * The base layer when no tile server is configured: North Carolina's counties and the outlines of
 * North Carolina and its neighbouring states, from the U.S. Census boundaries in us-atlas, cut to
 * those shapes by tools/make-map-base.cjs (38 KB). It ships in the map's chunk: no network needed.
 */
const topology = base as unknown as Topology<{ counties: GeometryCollection<{ name: string }>; states: GeometryCollection<{ name: string }> }>;

export type Outlines = FeatureCollection<Geometry, { name: string }>;

let outlines: { counties: Outlines; states: Outlines } | null = null;

/** The counties and states as GeoJSON (decoded once, on first use). */
export function baseOutlines(): { counties: Outlines; states: Outlines } {
  outlines ??= { counties: feature(topology, topology.objects.counties) as Outlines, states: feature(topology, topology.objects.states) as Outlines };
  return outlines;
}

/** What the outlines cover, [[south, west], [north, east]]: the map's view when a plan has no places. */
export const NC_BOUNDS: [[number, number], [number, number]] = [
  [33.84, -84.32],
  [36.59, -75.46],
];

/** The credit for the outlines when the server's map settings are not known (offline). */
export const CENSUS_CREDIT = 'Boundaries: U.S. Census Bureau (us-atlas)';
