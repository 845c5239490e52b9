import { isRoute, PLACE_KIND_LABELS, PLACE_KINDS, type PlaceKind } from '@jointops/domain';
import { baseLayer, type BaseLine } from './base-layer';
import { badgeBox, escapeXml, legendSymbol, marker, numberBadge, r1, ROUTE_CASING, ROUTE_LINE, type Box } from './symbols';
import { FRAME, mapView, meets, scaleBarKm, type MapView } from './view';

/** What the map needs of a place: its number on the map is its position in the list, from 1. */
export interface MapPlace {
  name: string;
  kind: string;
  /** [longitude, latitude] pairs: one for a point, 2 or more for a route. */
  coordinates: ReadonlyArray<readonly number[]>;
}

const LEGEND_ROW = 34;
const LEGEND_COLUMNS = 4;
const COUNTY_NAMES_UP_TO_KM = 250;

type Point = readonly [number, number];

/** "M1.2,3.4L5.6,7.8 …": rounded to 0.1 unit; a point that rounds onto the one before it adds nothing and is left out. */
function pathData(points: readonly Point[], close = false): string {
  const pairs: string[] = [];
  for (const [x, y] of points) {
    const pair = `${r1(x)},${r1(y)}`;
    if (pair !== pairs[pairs.length - 1]) pairs.push(pair);
  }
  if (pairs.length === 0) return '';
  const d = `M${pairs[0]}${pairs.length > 1 ? `L${pairs.slice(1).join(' ')}` : ''}`;
  return close ? `${d}Z` : d;
}

/**
 * A base line, projected, cut into the runs of segments that cross the frame (a segment whose box
 * misses the frame is dropped): zoomed in on a county, the rest of the state costs nothing. What
 * still pokes out of the frame is clipped by the frame's viewport.
 */
function visibleRuns(line: BaseLine, view: MapView): string[] {
  if (!meets(view.bounds, line)) return [];
  const points = line.points.map(([lon, lat]) => view.project(lon, lat));
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    const crosses = Math.max(ax, bx) >= -2 && Math.min(ax, bx) <= FRAME.width + 2 && Math.max(ay, by) >= -2 && Math.min(ay, by) <= FRAME.height + 2;
    if (crosses) {
      if (run.length === 0) run.push(points[i - 1]!);
      run.push(points[i]!);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.map((points) => pathData(points)).filter((d) => d.includes('L'));
}

function basePaths(view: MapView): string {
  const layer = baseLayer();
  const land = layer.northCarolina
    .filter((ring) => meets(view.bounds, ring))
    .map((ring) => pathData(ring.points.map(([lon, lat]) => view.project(lon, lat)), true))
    .join('');
  const counties = layer.counties.flatMap((line) => visibleRuns(line, view)).join('');
  const states = layer.states.flatMap((line) => visibleRuns(line, view)).join('');
  // County names only on a close view (under about 250 km across), where they help one find the way.
  const names =
    FRAME.width / view.unitsPerKm > COUNTY_NAMES_UP_TO_KM
      ? ''
      : layer.countyNames
          .map(({ name, lon, lat }) => ({ name, at: view.project(lon, lat) }))
          .filter(({ at: [x, y] }) => x > 40 && x < FRAME.width - 40 && y > 20 && y < FRAME.height - 20)
          .map(({ name, at: [x, y] }) => `<text x="${r1(x)}" y="${r1(y)}" font-family="Roboto" font-size="13" font-style="italic" text-anchor="middle" fill="#71767a">${escapeXml(name)}</text>`)
          .join('');
  return [
    land && `<path d="${land}" fill="#f1f1ec" stroke="none"/>`,
    counties && `<path d="${counties}" fill="none" stroke="#a9aeb1" stroke-width="0.9" stroke-linejoin="round"/>`,
    states && `<path d="${states}" fill="none" stroke="#565c65" stroke-width="2" stroke-linejoin="round"/>`,
    names,
  ].join('');
}

/** Routes first (under the markers), then the markers, then every number on top. */
function placeLayer(places: readonly MapPlace[], view: MapView): string {
  const routes: string[] = [];
  const markers: string[] = [];
  const badges: string[] = [];
  const taken: Box[] = [];
  places.forEach((place, index) => {
    const points = place.coordinates.map(([lon, lat]) => view.project(lon!, lat!));
    const [x, y] = points[0]!;
    if (isRoute(place.kind)) {
      const d = pathData(points);
      routes.push(`<path d="${d}" ${ROUTE_CASING}/><path data-place="${index + 1}" d="${d}" ${ROUTE_LINE}/>`);
      // Its start: a dot; its end: a ring.
      const [ex, ey] = points[points.length - 1]!;
      markers.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="5" fill="#162e51" stroke="#ffffff" stroke-width="1.5"/>`);
      markers.push(`<circle cx="${r1(ex)}" cy="${r1(ey)}" r="5" fill="#ffffff" stroke="#162e51" stroke-width="2.5"/>`);
    } else {
      markers.push(marker(place.kind, x, y, index + 1));
    }
    const box = badgeBox(index + 1, x, y, taken);
    taken.push(box);
    badges.push(numberBadge(index + 1, box));
  });
  return routes.join('') + markers.join('') + badges.join('');
}

/** A scale bar in kilometres at the frame's lower left, and a north arrow at its upper right. */
function furniture(view: MapView): string {
  const km = scaleBarKm(view.unitsPerKm, 180);
  const length = km * view.unitsPerKm;
  const x = 20;
  const y = FRAME.height - 24;
  const half = length / 2;
  const text = (tx: number, label: string) => `<text x="${r1(tx)}" y="${r1(y - 10)}" font-family="Roboto" font-size="13" text-anchor="middle" fill="#1b1b1b">${label}</text>`;
  const bar =
    `<rect x="${x - 12}" y="${y - 30}" width="${r1(length + 44)}" height="44" fill="#ffffff" fill-opacity="0.85" stroke="#a9aeb1" stroke-width="0.8"/>` +
    `<rect x="${x}" y="${y}" width="${r1(half)}" height="7" fill="#1b1b1b"/>` +
    `<rect x="${r1(x + half)}" y="${y}" width="${r1(half)}" height="7" fill="#ffffff" stroke="#1b1b1b" stroke-width="1"/>` +
    `<rect x="${x}" y="${y}" width="${r1(length)}" height="7" fill="none" stroke="#1b1b1b" stroke-width="1"/>` +
    text(x, '0') +
    text(x + length, `${km} km`);
  const nx = FRAME.width - 36;
  const north =
    `<circle cx="${nx}" cy="46" r="26" fill="#ffffff" fill-opacity="0.85" stroke="#a9aeb1" stroke-width="0.8"/>` +
    `<path d="M${nx},28L${nx + 10},58L${nx},51L${nx - 10},58Z" fill="#1b1b1b"/>` +
    `<text x="${nx}" y="${46 + 38}" font-family="Roboto" font-size="13" font-weight="bold" text-anchor="middle" fill="#1b1b1b">N</text>`;
  return bar + north;
}

/** The kinds the plan uses (in the vocabulary's order), the base layer's two lines, and where they come from. */
function legend(places: readonly MapPlace[], top: number): { svg: string; height: number } {
  const used = new Set(places.map((p) => p.kind));
  const items = PLACE_KINDS.filter((kind) => used.has(kind)).map((kind) => ({ symbol: (x: number, y: number) => legendSymbol(kind, x, y), label: PLACE_KIND_LABELS[kind as PlaceKind] }));
  items.push(
    { symbol: (x, y) => `<path d="M${x - 13},${y}H${x + 13}" stroke="#a9aeb1" stroke-width="1.5"/>`, label: 'County line' },
    { symbol: (x, y) => `<path d="M${x - 13},${y}H${x + 13}" stroke="#565c65" stroke-width="2.5"/>`, label: 'State line' },
  );
  const rows = Math.ceil(items.length / LEGEND_COLUMNS);
  const svg = items
    .map(({ symbol, label }, index) => {
      const x = 24 + (index % LEGEND_COLUMNS) * (FRAME.width / LEGEND_COLUMNS);
      const y = top + 26 + Math.floor(index / LEGEND_COLUMNS) * LEGEND_ROW;
      return symbol(x, y) + `<text x="${x + 22}" y="${y + 5}" font-family="Roboto" font-size="14" fill="#1b1b1b">${escapeXml(label)}</text>`;
    })
    .join('');
  const noteY = top + 26 + rows * LEGEND_ROW - 4;
  const note = `<text x="2" y="${noteY}" font-family="Roboto" font-size="12" fill="#565c65">Numbers refer to the table of places. Boundaries: U.S. Census Bureau (us-atlas). North is up.</text>`;
  return { svg: svg + note, height: noteY - top + 10 };
}

/**
 * A map of a plan's places as an SVG string, drawn on the server (no browser, no network): North
 * Carolina's counties and its neighbours' outlines under the places, each point a marker shaped by
 * its kind and numbered as in the table, each route a line numbered at its start; a legend of the
 * kinds used, a scale bar and a north arrow. The view fits the places (North Carolina when there
 * are none). Every text is escaped; coordinates are rounded to 0.1 unit.
 */
export function placesMapSvg(places: readonly MapPlace[]): string {
  const view = mapView(places.flatMap((place) => place.coordinates));
  const { svg: legendSvg, height: legendHeight } = legend(places, FRAME.height);
  const height = FRAME.height + legendHeight;
  const { width: w, height: h } = FRAME;
  const description = places.length
    ? places.map((place, index) => `${index + 1}. ${place.name} (${PLACE_KIND_LABELS[place.kind as PlaceKind] ?? place.kind})`).join('; ')
    : 'No places: North Carolina.';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}">` +
    `<title>Map of the plan's places</title><desc>${escapeXml(description)}</desc>` +
    // The frame is a nested viewport that hides its overflow: pdfmake's SVG renderer (svg-to-pdfkit)
    // makes that a real PDF clip, where it draws a clipPath as a soft mask that not every reader honours.
    `<svg x="0" y="0" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" overflow="hidden">` +
    `<rect x="0" y="0" width="${w}" height="${h}" fill="#ffffff"/>${basePaths(view)}${placeLayer(places, view)}</svg>` +
    furniture(view) +
    `<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" fill="none" stroke="#1b1b1b" stroke-width="1"/>` +
    legendSvg +
    `</svg>`
  );
}
