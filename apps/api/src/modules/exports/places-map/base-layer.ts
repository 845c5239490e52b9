import { feature, mesh } from 'topojson-client';
import type { Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A line of [longitude, latitude] points, with its bounding box so a view can skip it whole. */
export interface BaseLine {
  points: ReadonlyArray<readonly [number, number]>;
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The map's background: North Carolina's county lines, the outlines of it and its neighbours, and its land (tinted). */
export interface BaseLayer {
  counties: readonly BaseLine[];
  states: readonly BaseLine[];
  /** North Carolina's outer rings (filled lightly so the state reads at a glance). */
  northCarolina: readonly BaseLine[];
  /** Each North Carolina county's name at the centroid of its largest ring, to find one's way on a close view. */
  countyNames: ReadonlyArray<{ name: string; lon: number; lat: number }>;
}

/** FIPS codes: North Carolina and its neighbouring states (Virginia, Tennessee, Georgia, South Carolina). */
const NORTH_CAROLINA = '37';
const NEIGHBOURS = new Set([NORTH_CAROLINA, '51', '47', '13', '45']);

function baseLine(points: ReadonlyArray<readonly number[]>): BaseLine {
  const line: Array<readonly [number, number]> = points.map(([lon, lat]) => [lon!, lat!]);
  const lons = line.map(([lon]) => lon);
  const lats = line.map(([, lat]) => lat);
  return { points: line, west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

/** The centroid of a ring (the shoelace formula; planar, which over a county is close enough). */
function centroid(ring: ReadonlyArray<readonly number[]>): { lon: number; lat: number; area: number } {
  let area = 0;
  let lon = 0;
  let lat = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0! * y1! - x1! * y0!;
    area += cross;
    lon += (x0! + x1!) * cross;
    lat += (y0! + y1!) * cross;
  }
  return area ? { lon: lon / (3 * area), lat: lat / (3 * area), area: Math.abs(area / 2) } : { lon: ring[0]![0]!, lat: ring[0]![1]!, area: 0 };
}

function outerRings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates[0]!];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((polygon) => polygon[0]!);
  return [];
}

/** us-atlas names every county and state. */
type Named = GeometryCollection<{ name: string }>;

let cached: BaseLayer | null = null;

/**
 * The base layer from the U.S. Census boundaries shipped in `us-atlas` (counties-10m, which holds
 * the states too, so county and state lines share their arcs and meet exactly). Read, filtered and
 * meshed once, on first use (the file is 800 KB; the result about 2,300 points), then kept. The
 * lines stay in longitude/latitude: the map's projection is affine in them (see view.ts), so each
 * view only scales and rounds these cached lines.
 */
export function baseLayer(): BaseLayer {
  if (cached) return cached;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const atlas = require('us-atlas/counties-10m.json') as Topology<{ counties: Named; states: Named }>;
  const ncCounties: Named = {
    type: 'GeometryCollection',
    geometries: atlas.objects.counties.geometries.filter((county) => String(county.id).startsWith(NORTH_CAROLINA)),
  };
  const region: Named = { type: 'GeometryCollection', geometries: atlas.objects.states.geometries.filter((state) => NEIGHBOURS.has(String(state.id))) };
  const ncState: Named = { type: 'GeometryCollection', geometries: atlas.objects.states.geometries.filter((state) => String(state.id) === NORTH_CAROLINA) };
  const counties = feature(atlas, ncCounties).features;
  cached = {
    // Borders between two counties only: the state outline draws the rest.
    counties: mesh(atlas, ncCounties, (a, b) => a !== b).coordinates.map(baseLine),
    states: mesh(atlas, region).coordinates.map(baseLine),
    northCarolina: feature(atlas, ncState).features.flatMap((state) => outerRings(state.geometry)).map(baseLine),
    countyNames: counties.map((county) => {
      const largest = outerRings(county.geometry).map(centroid).sort((a, b) => b.area - a.area)[0]!;
      return { name: county.properties.name, lon: largest.lon, lat: largest.lat };
    }),
  };
  return cached;
}

/** North Carolina's bounding box: the map's view when a plan has no places. */
export function northCarolinaBounds(): { west: number; south: number; east: number; north: number } {
  const rings = baseLayer().northCarolina;
  return {
    west: Math.min(...rings.map((r) => r.west)),
    south: Math.min(...rings.map((r) => r.south)),
    east: Math.max(...rings.map((r) => r.east)),
    north: Math.max(...rings.map((r) => r.north)),
  };
}
