import { describePlaceExtent, enumLabel, PLACE_KIND_LABELS } from '@jointops/domain';
import type { Place } from '../places/place.entity';
import { CONTENT_WIDTH, table, type Content } from './pdf-renderer';
import { placesMapSvg } from './places-map/places-map';

/** The annex's heading: the lead's e2e and the integration spec find the map page by it. */
export const PLACES_HEADING = 'Annex A. Places';

/**
 * How a role or timeline event names its place: "2. Checkpoint Bravo", the number the map and the
 * places table give it (as the roles table numbers objectives). '' for none.
 */
export function placeNames(places: readonly Place[]): (placeId: string | null | undefined) => string {
  const numbered = new Map(places.map((place, index) => [place.id, `${index + 1}. ${place.name}`]));
  return (placeId) => (placeId ? (numbered.get(placeId) ?? '') : '');
}

/** A cell's text with "Place: …" under it when the item names a place. */
export function withPlace(text: string, place: string): string {
  return place ? `${text}\nPlace: ${place}` : text;
}

/**
 * The plan's places, as an annex after the body: on a page of its own, the map drawn from the same
 * data (an SVG rendered on the server: see places-map/), then the table with the same numbers.
 * With no places, one line and no map.
 */
export function placesSection(places: readonly Place[]): Content[] {
  if (places.length === 0) return [{ text: PLACES_HEADING, style: 'h2' }, { text: 'No places recorded.', italics: true }];
  return [
    { text: PLACES_HEADING, style: 'h2', pageBreak: 'before' },
    { text: 'Each place is numbered as in the table below. Coordinates are WGS 84, latitude first.', style: 'small', margin: [0, 0, 0, 6] },
    { svg: placesMapSvg(places), width: CONTENT_WIDTH, margin: [0, 0, 0, 10] },
    table(
      ['#', 'Name', 'Kind', 'Coordinates (lat, lon)', 'Address or description', 'Notes'],
      places.map((place, index) => [index + 1, place.name, enumLabel(PLACE_KIND_LABELS, place.kind), describePlaceExtent(place, '\n') || '—', place.address || '—', place.notes || '—']),
      // Fixed widths where a break would split a label or a coordinate pair.
      ['auto', '*', 76, 118, '*', '*'],
    ),
  ];
}
