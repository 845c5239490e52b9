import { z } from './zod';
import { PlaceKind, pointsAllowed, ROUTE_POINTS_MAX, ROUTE_POINTS_MIN } from '../places';
import { optionalText, titleText } from './fields';

/** One finite number in [min, max]: GraphQL floats cannot be NaN, but a form's can. */
function degrees(axis: 'Longitude' | 'Latitude', limit: number) {
  const message = `${axis} must be a number from −${limit} to ${limit}.`;
  return z.number({ error: message }).refine((value) => Number.isFinite(value) && value >= -limit && value <= limit, message);
}

/** A GeoJSON position: exactly [longitude, latitude] (no altitude). */
export const positionSchema = z.tuple([degrees('Longitude', 180), degrees('Latitude', 90)], { error: 'A point is [longitude, latitude]: two numbers.' });

const coordinatesSchema = z.array(positionSchema, { error: 'Coordinates are a list of [longitude, latitude] points.' }).max(ROUTE_POINTS_MAX, `A route has at most ${ROUTE_POINTS_MAX} points.`);

/** The number of points the kind takes: one for a point, 2 to 500 for a ROUTE. */
function pointCountIssue(kind: string | null | undefined, coordinates: readonly unknown[] | null | undefined): string | null {
  if (!coordinates) return null;
  const [min, max] = pointsAllowed(kind);
  if (coordinates.length >= min && coordinates.length <= max) return null;
  return max === 1 ? 'This place is one point: give exactly one [longitude, latitude].' : `A route has ${ROUTE_POINTS_MIN} to ${ROUTE_POINTS_MAX} points; it has ${coordinates.length}.`;
}

const placeFields = {
  name: titleText('Name'),
  kind: z.enum(PlaceKind, { error: 'Choose the kind of place.' }),
  coordinates: coordinatesSchema,
  address: optionalText('Address or description'),
  notes: optionalText('Notes'),
};

/**
 * A place of a plan. An update is checked as the place would stand after it (the patch over the
 * current place), so a new kind is held against the points it already has.
 */
export const placeSchema = z.object(placeFields).superRefine((place, ctx) => {
  const issue = pointCountIssue(place.kind, place.coordinates);
  if (issue) ctx.addIssue({ code: 'custom', path: ['coordinates'], message: issue });
});
