import { enumOf, type EnumValue } from './enums';
import { REGION_NAME, REGION_RINGS } from './places-region';

/** What a place of a plan is (ICS 204 / OPORD annex vocabulary). A ROUTE is a line, every other kind a point. */
export const PlaceKind = enumOf('COMMAND_POST', 'STAGING_AREA', 'CHECKPOINT', 'INSPECTION_SITE', 'HOLDING_FACILITY', 'MEDICAL', 'ROUTE', 'OTHER');
export type PlaceKind = EnumValue<typeof PlaceKind>;
export const PLACE_KINDS: readonly PlaceKind[] = Object.values(PlaceKind);

export const PLACE_KIND_LABELS: Readonly<Record<PlaceKind, string>> = {
  COMMAND_POST: 'Command post',
  STAGING_AREA: 'Staging area',
  CHECKPOINT: 'Checkpoint',
  INSPECTION_SITE: 'Inspection site',
  HOLDING_FACILITY: 'Holding facility',
  MEDICAL: 'Medical',
  ROUTE: 'Route',
  OTHER: 'Other',
};

/** A WGS 84 position as GeoJSON writes it: [longitude, latitude]. */
export type LonLat = readonly [number, number];

/** A route is a line of 2 to 500 points; every other place is one point. */
export const ROUTE_POINTS_MIN = 2;
export const ROUTE_POINTS_MAX = 500;

export const isRoute = (kind: string | null | undefined): boolean => kind === PlaceKind.ROUTE;

/** How many points a place of `kind` has: [min, max]. */
export function pointsAllowed(kind: string | null | undefined): readonly [number, number] {
  return isRoute(kind) ? [ROUTE_POINTS_MIN, ROUTE_POINTS_MAX] : [1, 1];
}

/** The operation types that need a command post before submission (NO_COMMAND_POST): all but exercises. */
export function needsCommandPost(operationType: string | null | undefined): boolean {
  return !!operationType && operationType !== 'TRAINING_EXERCISE';
}

/** Whether [lon, lat] lies inside one of the rings (ray casting; a point on an edge may go either way). */
function insideRings(rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>>, [lon, lat]: LonLat): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The region places are expected in (PLACE_OUTSIDE_REGION warns outside it). */
export const PLACE_REGION_NAME = REGION_NAME;

/** True when every point of the place lies in North Carolina or a neighbouring state. */
export function placeInRegion(coordinates: ReadonlyArray<readonly number[]>): boolean {
  return coordinates.every((point) => insideRings(REGION_RINGS, [point[0]!, point[1]!]));
}

/** "35.77961, -78.63818": latitude first, as people read and paste coordinates. */
export function formatCoordinates([lon, lat]: readonly number[]): string {
  return `${lat!.toFixed(5)}, ${lon!.toFixed(5)}`;
}

/** Where a place lies, as people read it: its first point ("lat, lon"), a route's last one, and how many points it has. */
export interface PlaceExtent {
  start: string;
  /** A route's last point; null for a point. */
  end: string | null;
  points: number;
}

/** The extent of a place, or null when it has no coordinates (never stored, but a form's draft can be empty). */
export function placeExtent(place: { kind: string; coordinates: ReadonlyArray<readonly number[]> }): PlaceExtent | null {
  const { coordinates } = place;
  if (coordinates.length === 0) return null;
  const start = formatCoordinates(coordinates[0]!);
  if (!isRoute(place.kind) || coordinates.length === 1) return { start, end: null, points: coordinates.length };
  return { start, end: formatCoordinates(coordinates[coordinates.length - 1]!), points: coordinates.length };
}

/**
 * One line (or, with `break` '\n', a few) saying where a place is: "35.38210, -78.54860" for a
 * point, "36.5, -77.9 to 35.1, -78.9 (12 points)" for a route; '' with no coordinates. The places
 * table, the plan PDF and the officer's assignment all say it this way.
 */
export function describePlaceExtent(place: { kind: string; coordinates: ReadonlyArray<readonly number[]> }, lineBreak = ' '): string {
  const extent = placeExtent(place);
  if (!extent) return '';
  if (extent.end === null) return extent.start;
  return `${extent.start}${lineBreak}to ${extent.end}${lineBreak}(${extent.points} points)`;
}
