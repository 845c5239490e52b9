import { northCarolinaBounds } from './base-layer';

/** Kilometres in one degree of latitude (a sphere of radius 6,371 km). */
const KM_PER_DEGREE = (Math.PI / 180) * 6371;

/** The map frame, in SVG units (the legend goes below it). */
export const FRAME = { width: 1000, height: 720 } as const;

/** Space kept between the outermost places and the frame, in SVG units, so markers and their numbers show whole. */
const PLACES_PADDING = 70;
const REGION_PADDING = 16;

/** The narrowest view, across its smaller side: one point still shows the roads and county lines around it. */
export const MIN_SPAN_KM = 60;

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface MapView {
  /** What the frame shows, in longitude/latitude. */
  bounds: Bounds;
  /** SVG units per kilometre. */
  unitsPerKm: number;
  /** A position in SVG units (unrounded). */
  project(lon: number, lat: number): [number, number];
}

function boundsOf(points: ReadonlyArray<readonly number[]>): Bounds {
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

/**
 * The view of a plan's places: their bounding box with room around it, or North Carolina when
 * there are none. The projection is a plain equirectangular one with longitudes scaled by the
 * cosine of the view's central latitude (x = lon·cos φ₀, y = lat, in kilometres): over a state or
 * a county it distorts distances by well under 1%, so the scale bar holds, and north is up
 * everywhere. Not meant for views thousands of kilometres tall.
 */
export function mapView(points: ReadonlyArray<readonly number[]>): MapView {
  const region = points.length === 0;
  const box = region ? northCarolinaBounds() : boundsOf(points);
  const centreLon = (box.west + box.east) / 2;
  const centreLat = (box.south + box.north) / 2;
  const kmPerLonDegree = KM_PER_DEGREE * Math.cos((centreLat * Math.PI) / 180);
  const widthKm = (box.east - box.west) * kmPerLonDegree;
  const heightKm = (box.north - box.south) * KM_PER_DEGREE;
  const padding = region ? REGION_PADDING : PLACES_PADDING;
  const fit = Math.min((FRAME.width - 2 * padding) / Math.max(widthKm, 1e-9), (FRAME.height - 2 * padding) / Math.max(heightKm, 1e-9));
  // Never closer than MIN_SPAN_KM across the frame's smaller side (a single point, or places a few metres apart).
  const unitsPerKm = Math.min(fit, Math.min(FRAME.width, FRAME.height) / MIN_SPAN_KM);
  const project = (lon: number, lat: number): [number, number] => [
    FRAME.width / 2 + (lon - centreLon) * kmPerLonDegree * unitsPerKm,
    FRAME.height / 2 - (lat - centreLat) * KM_PER_DEGREE * unitsPerKm,
  ];
  const halfLon = FRAME.width / 2 / unitsPerKm / kmPerLonDegree;
  const halfLat = FRAME.height / 2 / unitsPerKm / KM_PER_DEGREE;
  return {
    bounds: { west: centreLon - halfLon, east: centreLon + halfLon, south: centreLat - halfLat, north: centreLat + halfLat },
    unitsPerKm,
    project,
  };
}

/** Whether a line's bounding box meets the view at all. */
export function meets(view: Bounds, line: Bounds): boolean {
  return line.east >= view.west && line.west <= view.east && line.north >= view.south && line.south <= view.north;
}

/** A round length for the scale bar (1, 2 or 5 × 10ⁿ km) that takes at most `maxUnits` SVG units. */
export function scaleBarKm(unitsPerKm: number, maxUnits: number): number {
  const most = maxUnits / unitsPerKm;
  const magnitude = 10 ** Math.floor(Math.log10(most));
  return [5, 2, 1].map((step) => step * magnitude).find((km) => km <= most) ?? magnitude;
}
