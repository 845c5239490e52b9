import { formatCoordinates, isRoute, placeSchema, PLACE_KINDS, PLACE_KIND_LABELS, violationsOf, type LonLat, type PlaceKind } from '@jointops/domain';
import type { PlaceFieldsFragment, PlaceInput } from '@jointops/web-data';
import { z } from 'zod';
import { degreesOf } from '../shared/degrees';
import { fieldKeyOf } from '../shared/errors';

/**
 * A place as its form holds it: a point as latitude and longitude fields, a route as rows of
 * "lat, lon" (people read and paste coordinates latitude first; GeoJSON stores longitude first).
 */
export type PlaceFormValues = {
  name: string;
  kind: PlaceKind | '';
  latitude: string;
  longitude: string;
  points: string[];
  address: string;
  notes: string;
};

/** What the map hands the form: a kind and the points placed or drawn, [longitude, latitude]. */
export interface PlacePreset {
  kind: PlaceKind;
  coordinates: readonly LonLat[];
}

export const KIND_OPTIONS = PLACE_KINDS.map((kind) => ({ value: kind, label: PLACE_KIND_LABELS[kind] }));

/** `[lon, lat]` → "35.77961, -78.63818". */
export const rowOf = (point: readonly number[]): string => formatCoordinates(point);

/** "35.77961, -78.63818" (comma or spaces between) → `[lon, lat]`; null when it is not two numbers. */
export function parseLatLon(text: string): LonLat | null {
  // Decimal commas ("35,77961; -78,63818" or "35,77961 -78,63818") when a semicolon or a space parts
  // the two numbers; otherwise a comma may part them too ("35.77961, -78.63818").
  for (const separator of [/\s*;\s*|\s+/, /\s*[,;\s]\s*/]) {
    const parts = text.trim().split(separator).filter(Boolean);
    if (parts.length !== 2) continue;
    const [lat, lon] = parts.map(degreesOf) as [number, number];
    if (Number.isFinite(lat) && Number.isFinite(lon)) return [lon, lat];
  }
  return null;
}

export function placeValuesOf(place?: Pick<PlaceFieldsFragment, 'name' | 'kind' | 'coordinates' | 'address' | 'notes'>, preset?: PlacePreset): PlaceFormValues {
  const kind = place?.kind ?? preset?.kind ?? '';
  const coordinates = place?.coordinates ?? preset?.coordinates ?? [];
  const first = coordinates[0];
  const round = (value: number | undefined) => (value === undefined ? '' : String(Math.round(value * 1e5) / 1e5));
  return {
    name: place?.name ?? '',
    kind,
    latitude: round(first?.[1]),
    longitude: round(first?.[0]),
    points: isRoute(kind) ? (coordinates.length > 0 ? coordinates.map(rowOf) : ['', '']) : [],
    address: place?.address ?? '',
    notes: place?.notes ?? '',
  };
}

/** The place the form describes, as the API takes it (coordinates NaN where a field is not a number: the schema names it). */
export function placeInputOf(values: PlaceFormValues): PlaceInput {
  const coordinates: number[][] = isRoute(values.kind)
    ? values.points.filter((row) => row.trim() !== '').map((row) => [...(parseLatLon(row) ?? [Number.NaN, Number.NaN])])
    : [[degreesOf(values.longitude), degreesOf(values.latitude)]];
  return { name: values.name.trim(), kind: values.kind as PlaceKind, coordinates, address: values.address.trim(), notes: values.notes };
}

/**
 * The form field a violation of `placeSchema` belongs to (ours, or the server's `input.coordinates[0][1]`):
 * a point's latitude or longitude, or a route's points.
 */
export function placeFieldOf(field: string, kind: string): string {
  const path = field.replace(/^(input|patch)\./, '');
  if (!path.startsWith('coordinates')) return fieldKeyOf(path);
  if (isRoute(kind)) return 'points';
  return /^coordinates\[\d+\]\[0\]$/.test(path) ? 'longitude' : 'latitude';
}

/** "Point 3: …": a message about one route point (`index` from 0). */
const pointMessage = (index: number, message: string): string => `Point ${index + 1}: ${message}`;

/** The route point (from 0) a `pointMessage` is about; null for a message about the whole route. */
export function pointOfMessage(message: string): number | null {
  const point = /^Point (\d+): /.exec(message)?.[1];
  return point === undefined ? null : Number(point) - 1;
}

/** "Point 3: …" for a violation of one route point. */
function routeMessage(field: string, message: string): string {
  const index = /^(?:input\.|patch\.)?coordinates\[(\d+)\]/.exec(field)?.[1];
  return index === undefined ? message : pointMessage(Number(index), message);
}

/**
 * The form's check: `placeSchema` (the API's) on the place the form describes, each violation on
 * the field that shows it. A route row that is not two numbers is named first.
 */
export const placeFormSchema = z.custom<PlaceFormValues>().superRefine((values, ctx) => {
  if (isRoute(values.kind)) {
    const rows = values.points.map((row, index) => ({ row, index })).filter(({ row }) => row.trim() !== '');
    const bad = rows.find(({ row }) => !parseLatLon(row));
    if (bad) {
      ctx.addIssue({ code: 'custom', path: ['points'], message: pointMessage(bad.index, 'write it as latitude, longitude in decimal degrees (e.g. 35.77961, -78.63818, or with decimal commas 35,77961; -78,63818).') });
      return;
    }
  }
  // A point's empty field is missing, not "not a number".
  const empty = isRoute(values.kind) ? [] : (['latitude', 'longitude'] as const).filter((key) => values[key].trim() === '');
  for (const key of empty) ctx.addIssue({ code: 'custom', path: [key], message: `Enter the ${key}.` });
  for (const violation of violationsOf(placeSchema, placeInputOf(values))) {
    const key = placeFieldOf(violation.field, values.kind);
    if ((empty as readonly string[]).includes(key)) continue;
    ctx.addIssue({ code: 'custom', path: [key], message: key === 'points' ? routeMessage(violation.field, violation.message) : violation.message });
  }
});
