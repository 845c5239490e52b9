import { violationsOf } from '@jointops/domain';
import { parseLatLon, placeFieldOf, placeFormSchema, placeInputOf, placeValuesOf, type PlaceFormValues } from './place-form';

const values = (overrides: Partial<PlaceFormValues> = {}): PlaceFormValues => ({ name: 'Checkpoint', kind: 'CHECKPOINT', latitude: '35.77961', longitude: '-78.63818', points: [], address: '', notes: '', ...overrides });
const check = (v: PlaceFormValues) => violationsOf(placeFormSchema, v);

describe('the place form', () => {
  it('reads "latitude, longitude" rows as people paste them, into [longitude, latitude]', () => {
    expect(parseLatLon('35.77961, -78.63818')).toEqual([-78.63818, 35.77961]);
    expect(parseLatLon(' 35.7  -78.6 ')).toEqual([-78.6, 35.7]);
    expect(parseLatLon('35.7;−78.6')).toEqual([-78.6, 35.7]);
    // Decimal commas, the two numbers parted by a semicolon or a space, as the single point accepts them.
    expect(parseLatLon('35,30; -78,60')).toEqual([-78.6, 35.3]);
    expect(parseLatLon(' 35,30  -78,60 ')).toEqual([-78.6, 35.3]);
    expect(parseLatLon('35,30, -78,60')).toBeNull();
    for (const bad of ['', '35.7', '35.7, -78.6, 12', 'north, west', '35.7, 0x10']) expect([bad, parseLatLon(bad)]).toEqual([bad, null]);
  });

  it('sends a point as one [longitude, latitude] and a route as its rows in order, empty rows left out', () => {
    expect(placeInputOf(values())).toEqual({ name: 'Checkpoint', kind: 'CHECKPOINT', coordinates: [[-78.63818, 35.77961]], address: '', notes: '' });
    expect(placeInputOf(values({ kind: 'ROUTE', points: ['35.1, -78.1', '', '35.2, -78.2'] })).coordinates).toEqual([[-78.1, 35.1], [-78.2, 35.2]]);
  });

  it('reads a point typed with decimal commas or a typographic minus, as many keyboards write it', () => {
    expect(placeInputOf(values({ latitude: '35,77961', longitude: '−78,63818' })).coordinates).toEqual([[-78.63818, 35.77961]]);
    expect(check(values({ latitude: ' 35,7 ', longitude: '-78.6' }))).toEqual([]);
    // Two commas, or a comma with nothing after it, are not one number: the field is named.
    expect(check(values({ latitude: '35,7,1' }))).toEqual([{ field: 'latitude', message: 'Latitude must be a number from −90 to 90.' }]);
    expect(check(values({ longitude: '0x10' }))).toEqual([{ field: 'longitude', message: 'Longitude must be a number from −180 to 180.' }]);
  });

  it('starts from a place, or from what the map placed', () => {
    expect(placeValuesOf({ name: 'Route', kind: 'ROUTE', coordinates: [[-78.1, 35.1], [-78.2, 35.2]], address: 'I-40', notes: '' })).toMatchObject({ kind: 'ROUTE', points: ['35.10000, -78.10000', '35.20000, -78.20000'] });
    expect(placeValuesOf(undefined, { kind: 'MEDICAL', coordinates: [[-78.123456789, 35.987654321]] })).toMatchObject({ kind: 'MEDICAL', latitude: '35.98765', longitude: '-78.12346', points: [] });
    expect(placeValuesOf()).toMatchObject({ kind: '', latitude: '', longitude: '', points: [] });
  });

  it('checks with the API’s schema and names the form field: latitude, longitude, or the route’s points', () => {
    expect(check(values())).toEqual([]);
    expect(check(values({ latitude: '95' }))).toEqual([{ field: 'latitude', message: 'Latitude must be a number from −90 to 90.' }]);
    // Empty is missing, not "not a number".
    expect(check(values({ longitude: '' }))).toEqual([{ field: 'longitude', message: 'Enter the longitude.' }]);
    expect(check(values({ latitude: ' ', longitude: '' }))).toEqual([
      { field: 'latitude', message: 'Enter the latitude.' },
      { field: 'longitude', message: 'Enter the longitude.' },
    ]);
    expect(check(values({ name: ' ', kind: '' })).map((v) => v.field).sort()).toEqual(['kind', 'name']);
    expect(check(values({ kind: 'ROUTE', points: ['35.1, -78.1', ''] }))).toEqual([{ field: 'points', message: 'A route has 2 to 500 points; it has 1.' }]);
    expect(check(values({ kind: 'ROUTE', points: ['35.1, -78.1', 'somewhere'] }))).toEqual([{ field: 'points', message: 'Point 2: write it as latitude, longitude in decimal degrees (e.g. 35.77961, -78.63818, or with decimal commas 35,77961; -78,63818).' }]);
    expect(check(values({ kind: 'ROUTE', points: ['35.1, -78.1', '95, -78.2'] }))).toEqual([{ field: 'points', message: 'Point 2: Latitude must be a number from −90 to 90.' }]);
  });

  it('maps the server’s field paths onto the form', () => {
    expect(placeFieldOf('input.coordinates[0][0]', 'CHECKPOINT')).toBe('longitude');
    expect(placeFieldOf('patch.coordinates[0][1]', 'CHECKPOINT')).toBe('latitude');
    expect(placeFieldOf('input.coordinates', 'CHECKPOINT')).toBe('latitude');
    expect(placeFieldOf('input.coordinates[3][1]', 'ROUTE')).toBe('points');
    expect(placeFieldOf('input.name', 'ROUTE')).toBe('name');
  });
});
