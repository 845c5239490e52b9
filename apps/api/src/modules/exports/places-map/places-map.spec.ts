import { placesMapSvg, type MapPlace } from './places-map';
import { FRAME, MIN_SPAN_KM, mapView, scaleBarKm } from './view';

/** Tags balance (every opened tag is closed, in order) and no text holds a bare "<" or "&": well-formed enough for an XML parser. */
function assertWellFormed(svg: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const open: string[] = [];
  const tags = svg.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    const name = /^<\/?([a-zA-Z]+)/.exec(tag)?.[1];
    expect(name).toBeDefined();
    if (tag.startsWith('</')) {
      expect(open.pop()).toBe(name);
    } else {
      counts[name!] = (counts[name!] ?? 0) + 1;
      if (!tag.endsWith('/>')) open.push(name!);
    }
    // Attribute values are quoted and hold no bare quote, "<" or "&".
    for (const [, value] of tag.matchAll(/="([^"]*)"/g)) expect(value).not.toMatch(/[<&]/);
  }
  expect(open).toEqual([]);
  const text = svg.replace(/<[^>]*>/g, '');
  expect(text).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
  expect(text).not.toContain('<');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  return counts;
}

/** The centres of the point markers, in SVG units. */
const markerCentres = (svg: string) => [...svg.matchAll(/<g data-place="\d+" transform="translate\(([-\d.]+),([-\d.]+)\)">/g)].map(([, x, y]) => [Number(x), Number(y)] as const);

/** The route lines (not their white casings). */
const routeLines = (svg: string) => [...svg.matchAll(/<path data-place="\d+" d="([^"]+)" fill="none" stroke="#162e51" stroke-width="4"/g)].map(([, d]) => d!);

const RALEIGH: MapPlace = { name: 'Command post Alpha', kind: 'COMMAND_POST', coordinates: [[-78.6382, 35.7796]] };
const CHECKPOINT: MapPlace = { name: 'Checkpoint I-40 exit 289', kind: 'CHECKPOINT', coordinates: [[-78.5842, 35.7471]] };
const ROUTE: MapPlace = { name: 'Route to Durham', kind: 'ROUTE', coordinates: [[-78.6382, 35.7796], [-78.7, 35.85], [-78.8, 35.9], [-78.8986, 35.994]] };

describe('placesMapSvg', () => {
  it('draws well-formed SVG with a marker per point, a line per route, a number each and a legend of the kinds used', () => {
    const svg = placesMapSvg([RALEIGH, CHECKPOINT, ROUTE]);
    const counts = assertWellFormed(svg);
    expect(markerCentres(svg)).toHaveLength(2);
    expect(routeLines(svg)).toHaveLength(1);
    expect(routeLines(svg)[0]!.match(/-?[\d.]+,-?[\d.]+/g)).toHaveLength(4);
    // Numbers 1 to 3, each in its badge.
    for (const n of [1, 2, 3]) expect(svg).toMatch(new RegExp(`font-weight="bold" text-anchor="middle" fill="#1b1b1b">${n}</text>`));
    // The legend names the kinds used, not the others.
    for (const label of ['Command post', 'Checkpoint', 'Route', 'County line', 'State line']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).not.toContain('>Medical</text>');
    expect(svg).toContain(' km</text>');
    expect(counts['svg']).toBe(2);
  });

  it('gives each kind of point its own shape, so it reads in black and white', () => {
    const kinds = ['COMMAND_POST', 'STAGING_AREA', 'CHECKPOINT', 'INSPECTION_SITE', 'HOLDING_FACILITY', 'MEDICAL', 'OTHER'];
    const svg = placesMapSvg(kinds.map((kind, i) => ({ name: kind, kind, coordinates: [[-78.6 + i * 0.05, 35.8]] })));
    const shapes = [...svg.matchAll(/<g data-place="\d+" transform="translate\([^)]*\)">(<(?:rect|circle|path)[^>]*?(?:d="[^"]*"|width="[^"]*"|r="[^"]*"))/g)].map(([, shape]) => shape!.replace(/fill="[^"]*"/, ''));
    expect(shapes).toHaveLength(kinds.length);
    expect(new Set(shapes).size).toBe(kinds.length);
  });

  it('escapes every text it writes', () => {
    const svg = placesMapSvg([{ ...RALEIGH, name: `<script>alert("x")</script> & 'Co'` }]);
    assertWellFormed(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos;');
  });

  it('fits the view to the places with room around them: every marker and route point lies inside the frame', () => {
    const asheville: MapPlace = { name: 'Staging west', kind: 'STAGING_AREA', coordinates: [[-82.5515, 35.5951]] };
    const places = [RALEIGH, asheville, ROUTE];
    const view = mapView(places.flatMap((p) => p.coordinates));
    for (const [lon, lat] of places.flatMap((p) => p.coordinates)) {
      expect(lon).toBeGreaterThan(view.bounds.west);
      expect(lon).toBeLessThan(view.bounds.east);
      expect(lat).toBeGreaterThan(view.bounds.south);
      expect(lat).toBeLessThan(view.bounds.north);
    }
    const svg = placesMapSvg(places);
    const points = [...markerCentres(svg), ...routeLines(svg).flatMap((d) => d.match(/-?[\d.]+,-?[\d.]+/g)!.map((pair) => pair.split(',').map(Number) as [number, number]))];
    expect(points.length).toBe(2 + 4);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(40);
      expect(x).toBeLessThanOrEqual(FRAME.width - 40);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y).toBeLessThanOrEqual(FRAME.height - 40);
    }
    // The two places far apart span most of the frame's width: the view is fitted, not the whole state.
    const xs = markerCentres(svg).map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(FRAME.width * 0.7);
  });

  it('shows North Carolina when there are no places, and the surroundings of a single point', () => {
    const state = mapView([]).bounds;
    // North Carolina spans about 84.3°W to 75.5°W and 33.8°N to 36.6°N.
    expect(state.west).toBeLessThan(-84.3);
    expect(state.east).toBeGreaterThan(-75.5);
    expect(state.south).toBeLessThan(33.85);
    expect(state.north).toBeGreaterThan(36.55);
    expect(state.east - state.west).toBeLessThan(10);
    const svg = placesMapSvg([]);
    assertWellFormed(svg);
    expect(markerCentres(svg)).toHaveLength(0);
    expect(svg).toContain('No places: North Carolina.');

    const one = mapView(RALEIGH.coordinates);
    const kmAcross = (one.bounds.north - one.bounds.south) * 111.19;
    expect(kmAcross).toBeGreaterThanOrEqual(MIN_SPAN_KM * 0.99);
    expect(kmAcross).toBeLessThan(MIN_SPAN_KM * 2);
    const [[x, y]] = markerCentres(placesMapSvg([RALEIGH]));
    expect([x, y]).toEqual([FRAME.width / 2, FRAME.height / 2]);
    // Two places at one spot are one spot.
    expect(mapView([...RALEIGH.coordinates, ...RALEIGH.coordinates]).bounds).toEqual(one.bounds);
  });

  it('keeps the drawing small: one decimal place, and base lines outside a close view left out', () => {
    const state = placesMapSvg([]);
    const city = placesMapSvg([RALEIGH]);
    for (const svg of [state, city]) {
      const coordinates = [...svg.matchAll(/ (?:d|x|y|cx|cy|width|height|transform)="([^"]*)"/g)].map(([, value]) => value).join(' ');
      expect(coordinates).toMatch(/\d\.\d/);
      expect(coordinates).not.toMatch(/\d\.\d{2}/);
    }
    expect(state.length).toBeLessThan(40_000);
    expect(city.length).toBeLessThan(state.length / 2);
    // County names help on a close view only.
    expect(city).toContain('>Wake</text>');
    expect(state).not.toContain('>Wake</text>');
  });

  it('picks a round scale bar length', () => {
    expect(scaleBarKm(1.2, 180)).toBe(100);
    expect(scaleBarKm(16.7, 180)).toBe(10);
    expect(scaleBarKm(40, 180)).toBe(2);
  });
});
