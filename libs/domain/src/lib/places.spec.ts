import { computeBlockers, computeWarnings, withAccountabilityBlockers, type Blocker, type ReadinessInput } from './readiness';
import { describePlaceExtent, formatCoordinates, needsCommandPost, placeExtent, placeInRegion } from './places';
import { placeSchema, violationsOf } from './schemas';

const RALEIGH = [-78.6382, 35.7796];
const point = (kind: string, coordinates: number[][] = [RALEIGH]) => ({ name: 'Place', kind, coordinates });

describe('places: where a point may be', () => {
  it.each([
    ['Raleigh, NC', [-78.6382, 35.7796]],
    ['Manteo, on Roanoke Island, NC', [-75.6679, 35.9082]],
    ['Richmond, VA', [-77.436, 37.5407]],
    ['Nashville, TN', [-86.7816, 36.1627]],
    ['Atlanta, GA', [-84.388, 33.749]],
    ['Columbia, SC', [-81.0348, 34.0007]],
  ])('%s is in the region', (_name, at) => expect(placeInRegion([at])).toBe(true));

  it.each([
    ['Washington, DC', [-77.0369, 38.9072]],
    ['Louisville, KY', [-85.7585, 38.2527]],
    ['Birmingham, AL', [-86.8025, 33.5186]],
    ['Jacksonville, FL', [-81.6557, 30.3322]],
    ['the Atlantic off Cape Hatteras', [-74.5, 35.2]],
    ['the null island', [0, 0]],
  ])('%s is outside the region', (_name, at) => expect(placeInRegion([at])).toBe(false));

  it('a route is in the region only when every point is', () => {
    expect(placeInRegion([RALEIGH, [-77.436, 37.5407]])).toBe(true);
    expect(placeInRegion([RALEIGH, [-77.0369, 38.9072]])).toBe(false);
  });

  it('formats latitude first, five decimals', () => expect(formatCoordinates(RALEIGH)).toBe('35.77960, -78.63820'));

  it('says where a place lies: a point by its coordinates, a route by its ends and its number of points', () => {
    const route = { kind: 'ROUTE', coordinates: [RALEIGH, [-78.7, 35.85], [-78.8986, 35.994]] };
    expect(describePlaceExtent(point('COMMAND_POST'))).toBe('35.77960, -78.63820');
    expect(describePlaceExtent(route)).toBe('35.77960, -78.63820 to 35.99400, -78.89860 (3 points)');
    expect(describePlaceExtent(route, '\n')).toBe('35.77960, -78.63820\nto 35.99400, -78.89860\n(3 points)');
    expect(placeExtent(route)).toEqual({ start: '35.77960, -78.63820', end: '35.99400, -78.89860', points: 3 });
    // A route drawn so far with one point reads as that point; a draft with none says nothing.
    expect(describePlaceExtent({ kind: 'ROUTE', coordinates: [RALEIGH] })).toBe('35.77960, -78.63820');
    expect(describePlaceExtent({ kind: 'ROUTE', coordinates: [] })).toBe('');
    expect(placeExtent({ kind: 'CHECKPOINT', coordinates: [] })).toBeNull();
  });
});

describe('places: input rules', () => {
  const fields = (value: unknown) => violationsOf(placeSchema, value, 'input').map((v) => v.field);

  it('accepts a point and a route', () => {
    expect(fields(point('COMMAND_POST'))).toEqual([]);
    expect(fields(point('ROUTE', [RALEIGH, [-78.7, 35.8]]))).toEqual([]);
  });

  it.each([
    ['longitude above 180', [[180.5, 35]], 'input.coordinates[0][0]'],
    ['longitude below -180', [[-181, 35]], 'input.coordinates[0][0]'],
    ['latitude above 90', [[-78, 90.1]], 'input.coordinates[0][1]'],
    ['latitude below -90', [[-78, -91]], 'input.coordinates[0][1]'],
    ['NaN', [[Number.NaN, 35]], 'input.coordinates[0][0]'],
    ['Infinity', [[-78, Number.POSITIVE_INFINITY]], 'input.coordinates[0][1]'],
    ['a position with altitude', [[-78, 35, 100]], 'input.coordinates[0]'],
    ['a position of one number', [[-78]], 'input.coordinates[0]'],
    ['two points for a checkpoint', [RALEIGH, RALEIGH], 'input.coordinates'],
    ['no point', [], 'input.coordinates'],
  ])('refuses %s, naming the field', (_what, coordinates, field) => {
    expect(fields(point('CHECKPOINT', coordinates as number[][]))).toContain(field);
  });

  it('a route has 2 to 500 points', () => {
    expect(fields(point('ROUTE', [RALEIGH]))).toEqual(['input.coordinates']);
    expect(fields(point('ROUTE', Array.from({ length: 500 }, () => RALEIGH)))).toEqual([]);
    expect(fields(point('ROUTE', Array.from({ length: 501 }, () => RALEIGH)))).toEqual(['input.coordinates']);
  });

  it('refuses a malformed GeoJSON value and an unknown kind', () => {
    expect(fields({ ...point('CHECKPOINT'), coordinates: { type: 'Point', coordinates: RALEIGH } })).toEqual(['input.coordinates']);
    expect(fields({ ...point('CHECKPOINT'), coordinates: [['-78', '35']] })).toContain('input.coordinates[0][0]');
    expect(fields(point('CASTLE'))).toEqual(['input.kind']);
    expect(fields({ ...point('CHECKPOINT'), name: '  ' })).toEqual(['input.name']);
  });
});

describe('places: readiness', () => {
  const base: ReadinessInput = {
    startsAt: '2027-03-01T06:00:00Z',
    endsAt: '2027-03-01T18:00:00Z',
    agencies: [],
    objectives: [{ id: 'o1', title: 'O', successCriteria: 'C' }],
    roles: [],
    resources: [],
    comms: [{}],
    checklist: [],
    timeline: [{ id: 't1', title: 'T', startsAt: '2027-03-01T06:00:00Z', endsAt: '2027-03-01T07:00:00Z', dependsOnIds: [] }],
    places: [],
    operationType: 'CHECKPOINT',
  };
  const codes = (input: ReadinessInput) => computeBlockers(input).map((b) => b.code);

  it('every operation type but a training exercise needs a command post', () => {
    expect(codes(base)).toEqual(['NO_COMMAND_POST']);
    expect(codes({ ...base, operationType: 'TRAINING_EXERCISE' })).toEqual([]);
    expect(codes({ ...base, places: [{ id: 'p', name: 'Staging', kind: 'STAGING_AREA', coordinates: [RALEIGH] }] })).toEqual(['NO_COMMAND_POST']);
    expect(codes({ ...base, places: [{ id: 'p', name: 'CP', kind: 'COMMAND_POST', coordinates: [RALEIGH] }] })).toEqual([]);
    expect(needsCommandPost(null)).toBe(false);
    expect(needsCommandPost('WARRANT_SERVICE')).toBe(true);
  });

  it('a place outside the region warns, naming it, and never blocks', () => {
    const places = [
      { id: 'cp', name: 'CP', kind: 'COMMAND_POST', coordinates: [RALEIGH] },
      { id: 'far', name: 'Typo', kind: 'CHECKPOINT', coordinates: [[78.6382, 35.7796]] },
    ];
    expect(codes({ ...base, places })).toEqual([]);
    expect(computeWarnings({ places })).toEqual([{ code: 'PLACE_OUTSIDE_REGION', message: expect.stringContaining('"Typo" lies outside North Carolina'), entityId: 'far' }]);
  });

  it('NO_COMMAND_POST comes after the agreement and training blockers', () => {
    const accountability: Blocker = { code: 'AGREEMENT_MISSING', message: 'm', entityId: 'a' };
    expect(withAccountabilityBlockers(computeBlockers(base), [accountability]).map((b) => b.code)).toEqual(['AGREEMENT_MISSING', 'NO_COMMAND_POST']);
  });
});
