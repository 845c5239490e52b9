import {
  addCommandPost,
  changesSince,
  createPlan,
  errorOf,
  gqlData,
  MISSING_ID,
  planFootprint,
  planHead,
  readyPlan,
  seedTaskForce,
  type TaskForce,
} from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

/** Places on a map (issue 20): a plan part with its own shape rules, named by timeline events and roles. */
const PLACE = 'id version name kind coordinates address notes';
const ADD = `mutation($p: ID!, $input: PlaceInput!) { addPlace(planId: $p, input: $input) { ${PLACE} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: PlacePatch!) { updatePlace(id: $id, expectedVersion: $v, patch: $patch) { ${PLACE} } }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removePlace(id: $id, expectedVersion: $v) }`;
const ADD_EVENT = `mutation($p: ID!, $input: TimelineEventInput!) { addTimelineEvent(planId: $p, input: $input) { id version title place { id name } } }`;
const UPDATE_EVENT = `mutation($id: ID!, $v: Int!, $patch: TimelineEventPatch!) { updateTimelineEvent(id: $id, expectedVersion: $v, patch: $patch) { id version place { id } } }`;
const ADD_ROLE = `mutation($p: ID!, $input: RoleAssignmentInput!) { addRole(planId: $p, input: $input) { id version title place { id name kind } } }`;
const UPDATE_ROLE = `mutation($id: ID!, $v: Int!, $patch: RoleAssignmentPatch!) { updateRole(id: $id, expectedVersion: $v, patch: $patch) { id version place { id } } }`;
const READINESS = `query($id: ID!) { plan(id: $id) { readiness { ready blockers { code entityId } warnings { code message entityId } } } }`;
const DIFF = `query($p: ID!, $from: Int!) { planDiff(planId: $p, fromRevision: $from) { entityType entityId kind field before after } }`;

const RALEIGH = [-78.6382, 35.7796];
const DUNN = [-78.6089, 35.3063];
const point = (over: Record<string, unknown> = {}) => ({ name: 'Checkpoint A', kind: 'CHECKPOINT', coordinates: [RALEIGH], address: ' US-1 at Exit 98 ', notes: 'Cones in the truck.', ...over });
const EVENT = { title: 'Briefing', phase: 'BRIEFING', startsAt: '2027-03-01T06:00:00Z', endsAt: '2027-03-01T07:00:00Z' };

describe('places', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planner = force.tokens.ncshpPlanner;
  });
  afterAll(() => t.close());

  describe('add, update, remove: versions, events, content hash, diff', () => {
    let planId: string;
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Places lifecycle' })).id;
    });

    it('adds a point and a route, each an event with its node, changing revision and content hash', async () => {
      const before = await planHead(t, planId, planner);
      const cp = (await gqlData(t, ADD, { p: planId, input: point({ name: 'Command post', kind: 'COMMAND_POST' }) }, planner)).addPlace;
      expect(cp).toMatchObject({ version: 1, name: 'Command post', kind: 'COMMAND_POST', coordinates: [RALEIGH], address: 'US-1 at Exit 98', notes: 'Cones in the truck.' });
      const route = (await gqlData(t, ADD, { p: planId, input: point({ name: 'I-95 south', kind: 'ROUTE', coordinates: [RALEIGH, DUNN], address: undefined, notes: undefined }) }, force.tokens.cbpPlanner)).addPlace;
      expect(route).toMatchObject({ kind: 'ROUTE', coordinates: [RALEIGH, DUNN], address: '', notes: '' });

      const { head, events } = await changesSince(t, planId, before, planner);
      expect(events.map((event) => [event.type, event.entityId])).toEqual([
        ['PLACE_ADDED', cp.id],
        ['PLACE_ADDED', route.id],
      ]);
      expect(events[1]!.node).toMatchObject({ __typename: 'Place', id: route.id, placeKind: 'ROUTE', coordinates: [RALEIGH, DUNN] });
      expect(head.revision).toBe(before.revision + 2);
      expect(head.contentHash).not.toBe(before.contentHash);
      const { plan } = await gqlData(t, `query($id: ID!) { plan(id: $id) { places { id name } } }`, { id: planId }, planner);
      expect(plan.places.map((place: { name: string }) => place.name)).toEqual(['Command post', 'I-95 south']);
    });

    it('updates with the expected version (a point dragged), logs PLACE_UPDATED and shows in planDiff', async () => {
      const [cp] = (await gqlData(t, `query($id: ID!) { plan(id: $id) { places { ${PLACE} } } }`, { id: planId }, planner)).plan.places;
      const head = await planHead(t, planId, planner);
      const moved = (await gqlData(t, UPDATE, { id: cp.id, v: cp.version, patch: { coordinates: [DUNN] } }, planner)).updatePlace;
      expect(moved).toMatchObject({ version: cp.version + 1, coordinates: [DUNN], name: 'Command post' });
      const { events } = await changesSince(t, planId, head, planner);
      expect(events.map((event) => event.type)).toEqual(['PLACE_UPDATED']);
      const diff = (await gqlData(t, DIFF, { p: planId, from: head.revision }, planner)).planDiff;
      expect(diff).toEqual(expect.arrayContaining([expect.objectContaining({ entityType: 'PLACE', entityId: cp.id, kind: 'UPDATED', field: 'coordinates' })]));
    });

    it('answers CONFLICT with the current place to a stale update or remove, and changes nothing', async () => {
      const [cp] = (await gqlData(t, `query($id: ID!) { plan(id: $id) { places { ${PLACE} } } }`, { id: planId }, planner)).plan.places;
      const fresh = (await gqlData(t, UPDATE, { id: cp.id, v: cp.version, patch: { notes: 'Moved to the lot.' } }, force.tokens.cbpPlanner)).updatePlace;
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(UPDATE, { id: cp.id, v: cp.version, patch: { name: 'Mine' } }, planner)).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: fresh.version, current: { id: cp.id } });
      expect(errorOf(await t.gql(REMOVE, { id: cp.id, v: cp.version }, planner)).extensions).toMatchObject({ code: 'CONFLICT', currentVersion: fresh.version });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('removes with the expected version and logs PLACE_REMOVED', async () => {
      const places = (await gqlData(t, `query($id: ID!) { plan(id: $id) { places { ${PLACE} } } }`, { id: planId }, planner)).plan.places;
      const route = places.find((place: { kind: string }) => place.kind === 'ROUTE');
      const head = await planHead(t, planId, planner);
      expect((await gqlData(t, REMOVE, { id: route.id, v: route.version }, planner)).removePlace).toBe(route.id);
      const { events } = await changesSince(t, planId, head, planner);
      expect(events.map((event) => [event.type, event.node])).toEqual([['PLACE_REMOVED', null]]);
    });
  });

  describe('bad input: BAD_USER_INPUT naming the field, nothing written', () => {
    let planId: string;
    let place: { id: string; version: number };
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Places validation' })).id;
      place = (await gqlData(t, ADD, { p: planId, input: point() }, planner)).addPlace;
    });

    const inputCases: Array<[string, Record<string, unknown>, string]> = [
      ['a longitude above 180', point({ coordinates: [[180.01, 35]] }), 'input.coordinates[0][0]'],
      ['a longitude below -180', point({ coordinates: [[-180.5, 35]] }), 'input.coordinates[0][0]'],
      ['a latitude above 90', point({ coordinates: [[-78, 90.5]] }), 'input.coordinates[0][1]'],
      ['a latitude below -90', point({ coordinates: [[-78, -91]] }), 'input.coordinates[0][1]'],
      ['a position with three numbers', point({ coordinates: [[-78, 35, 120]] }), 'input.coordinates[0]'],
      ['a position with one number', point({ coordinates: [[-78]] }), 'input.coordinates[0]'],
      ['two points for a checkpoint', point({ coordinates: [RALEIGH, DUNN] }), 'input.coordinates'],
      ['no point at all', point({ coordinates: [] }), 'input.coordinates'],
      ['a route of one point', point({ kind: 'ROUTE', coordinates: [RALEIGH] }), 'input.coordinates'],
      ['a route of 501 points', point({ kind: 'ROUTE', coordinates: Array.from({ length: 501 }, (_, i) => [-78 - i / 1000, 35]) }), 'input.coordinates'],
      ['an empty name', point({ name: '   ' }), 'input.name'],
    ];
    it.each(inputCases)('addPlace refuses %s', async (_case, input, field) => {
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(ADD, { p: planId, input }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('accepts a route of exactly 500 points', async () => {
      const coordinates = Array.from({ length: 500 }, (_, i) => [-78 - i / 1000, 35 + i / 2000]);
      const route = (await gqlData(t, ADD, { p: planId, input: point({ kind: 'ROUTE', name: 'Long route', coordinates }) }, planner)).addPlace;
      expect(route.coordinates).toHaveLength(500);
      await gqlData(t, REMOVE, { id: route.id, v: route.version }, planner);
    });

    const patchCases: Array<[string, Record<string, unknown>, string]> = [
      ['a latitude out of range', { coordinates: [[-78, 95]] }, 'patch.coordinates[0][1]'],
      ['a kind of ROUTE for the one point it has', { kind: 'ROUTE' }, 'patch.coordinates'],
      ['an empty name', { name: '' }, 'patch.name'],
    ];
    it.each(patchCases)('updatePlace refuses %s', async (_case, patch, field) => {
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(UPDATE, { id: place.id, v: place.version, patch }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('refuses a non-finite number and malformed GeoJSON before anything runs', async () => {
      const before = await planFootprint(t, planId);
      const literal = await t.gql(`mutation($p: ID!) { addPlace(planId: $p, input: { name: "X", kind: CHECKPOINT, coordinates: [[1e999, 35]] }) { id } }`, { p: planId }, planner);
      expect(errorOf(literal).extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      const geoJson = await t.gql(ADD, { p: planId, input: point({ coordinates: { type: 'Point', coordinates: RALEIGH } }) }, planner);
      expect(errorOf(geoJson).extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(geoJson).message).toContain('coordinates');
      const strings = await t.gql(ADD, { p: planId, input: point({ coordinates: [['-78.6', 'north']] }) }, planner);
      expect(errorOf(strings).extensions?.code).toBe('BAD_USER_INPUT');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('the table refuses a route that is not a route, whatever the API checks (CHECK constraint)', async () => {
      await expect(t.db.query(`UPDATE places SET coordinates = '[[-78,35],[-78.1,35.1]]'::jsonb WHERE id = $1`, [place.id])).rejects.toThrow(/check constraint/);
    });
  });

  describe('timeline events and roles name a place', () => {
    let planId: string;
    let cp: { id: string; version: number; name: string };
    let otherPlace: { id: string };
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Places named' })).id;
      cp = (await gqlData(t, ADD, { p: planId, input: point({ name: 'Command post', kind: 'COMMAND_POST' }) }, planner)).addPlace;
      const otherPlan = (await createPlan(t, force, { title: 'Another plan' })).id;
      otherPlace = (await gqlData(t, ADD, { p: otherPlan, input: point() }, planner)).addPlace;
    });

    it('an event and a role name a place of their plan and read it back; null clears', async () => {
      const event = (await gqlData(t, ADD_EVENT, { p: planId, input: { ...EVENT, placeId: cp.id } }, planner)).addTimelineEvent;
      expect(event.place).toEqual({ id: cp.id, name: 'Command post' });
      const role = (await gqlData(t, ADD_ROLE, { p: planId, input: { agencyId: force.agencies.ncshp, title: 'Commander', placeId: cp.id } }, planner)).addRole;
      expect(role.place).toEqual({ id: cp.id, name: 'Command post', kind: 'COMMAND_POST' });
      const cleared = (await gqlData(t, UPDATE_EVENT, { id: event.id, v: event.version, patch: { placeId: null } }, planner)).updateTimelineEvent;
      expect(cleared.place).toBeNull();
      const kept = (await gqlData(t, UPDATE_ROLE, { id: role.id, v: role.version, patch: { title: 'Incident commander' } }, planner)).updateRole;
      expect(kept.place).toEqual({ id: cp.id });
    });

    it.each([
      ['another plan’s place', () => otherPlace.id],
      ['an id no place has', () => MISSING_ID],
      ['a malformed id', () => 'abc'],
    ])('refuses %s, naming placeId, with nothing written', async (_case, placeId) => {
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(ADD_EVENT, { p: planId, input: { ...EVENT, placeId: placeId() } }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.placeId' });
      expect(errorOf(await t.gql(ADD_ROLE, { p: planId, input: { agencyId: force.agencies.ncshp, title: 'Liaison', placeId: placeId() } }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.placeId' });
      const { plan } = await gqlData(t, `query($id: ID!) { plan(id: $id) { timeline { id version } roles { id version } } }`, { id: planId }, planner);
      const [event] = plan.timeline;
      const [role] = plan.roles;
      expect(errorOf(await t.gql(UPDATE_EVENT, { id: event.id, v: event.version, patch: { placeId: placeId() } }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.placeId' });
      expect(errorOf(await t.gql(UPDATE_ROLE, { id: role.id, v: role.version, patch: { placeId: placeId() } }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.placeId' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('refuses to remove a place a role or an event names, saying which, and removes it once nothing does', async () => {
      const current = (await gqlData(t, `query($id: ID!) { plan(id: $id) { places { id version } roles { id version } timeline { id version } } }`, { id: planId }, planner)).plan;
      const event = (await gqlData(t, ADD_EVENT, { p: planId, input: { ...EVENT, title: 'Set-up', placeId: cp.id } }, planner)).addTimelineEvent;
      const before = await planFootprint(t, planId);
      const refused = errorOf(await t.gql(REMOVE, { id: cp.id, v: current.places[0].version }, planner));
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(refused.message).toContain('role “Incident commander”');
      expect(refused.message).toContain('timeline event “Set-up”');
      expect(await planFootprint(t, planId)).toEqual(before);
      // The page learns the same before offering Remove: Place.namedBy, in the refusal's words.
      const namedBy = async () => (await gqlData(t, `query($id: ID!) { plan(id: $id) { places { id namedBy } } }`, { id: planId }, planner)).plan.places.find((place: { id: string }) => place.id === cp.id)?.namedBy;
      expect([...(await namedBy())].sort()).toEqual(['role “Incident commander”', 'timeline event “Set-up”']);

      await gqlData(t, UPDATE_EVENT, { id: event.id, v: event.version, patch: { placeId: null } }, planner);
      await gqlData(t, UPDATE_ROLE, { id: current.roles[0].id, v: current.roles[0].version, patch: { placeId: null } }, planner);
      expect(await namedBy()).toEqual([]);
      expect((await gqlData(t, REMOVE, { id: cp.id, v: current.places[0].version }, planner)).removePlace).toBe(cp.id);
    });
  });

  describe('readiness', () => {
    it('blocks a CHECKPOINT plan without a command post (NO_COMMAND_POST) and clears once one is added', async () => {
      const plan = await readyPlan(t, force);
      const [place] = (await gqlData(t, `query($id: ID!) { plan(id: $id) { places { id version kind } } }`, { id: plan.id }, planner)).plan.places;
      await gqlData(t, UPDATE, { id: place.id, v: place.version, patch: { kind: 'STAGING_AREA' } }, planner);
      const blocked = (await gqlData(t, READINESS, { id: plan.id }, planner)).plan.readiness;
      expect(blocked).toMatchObject({ ready: false, blockers: [{ code: 'NO_COMMAND_POST', entityId: null }] });
      const refused = errorOf(await t.gql(`mutation($p: ID!) { submitPlanForReview(planId: $p) { id } }`, { p: plan.id }, planner));
      expect(refused.extensions?.blockers).toEqual([expect.objectContaining({ code: 'NO_COMMAND_POST' })]);
      await addCommandPost(t, plan.id, planner);
      expect((await gqlData(t, READINESS, { id: plan.id }, planner)).plan.readiness).toMatchObject({ ready: true, blockers: [], warnings: [] });
    });

    it('does not ask a training exercise for a command post', async () => {
      const plan = await readyPlan(t, force, { operationType: 'TRAINING_EXERCISE' });
      const [place] = (await gqlData(t, `query($id: ID!) { plan(id: $id) { places { id version } } }`, { id: plan.id }, planner)).plan.places;
      await gqlData(t, REMOVE, { id: place.id, v: place.version }, planner);
      expect((await gqlData(t, READINESS, { id: plan.id }, planner)).plan.readiness).toMatchObject({ ready: true, blockers: [] });
    });

    it('warns, without blocking, of a place outside North Carolina and its neighbouring states', async () => {
      const plan = await readyPlan(t, force);
      const far = (await gqlData(t, ADD, { p: plan.id, input: point({ name: 'Typo in longitude', coordinates: [[78.6382, 35.7796]] }) }, planner)).addPlace;
      await gqlData(t, ADD, { p: plan.id, input: point({ name: 'Richmond, VA', coordinates: [[-77.436, 37.5407]] }) }, planner);
      const readiness = (await gqlData(t, READINESS, { id: plan.id }, planner)).plan.readiness;
      expect(readiness.ready).toBe(true);
      expect(readiness.warnings).toEqual([{ code: 'PLACE_OUTSIDE_REGION', message: expect.stringContaining('Typo in longitude'), entityId: far.id }]);
    });
  });

  describe('access', () => {
    let planId: string;
    let place: { id: string; version: number };
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Places access' })).id;
      place = (await gqlData(t, ADD, { p: planId, input: point() }, planner)).addPlace;
    });

    it.each(['ncshpOfficer', 'oversight'] as const)('%s reads the places but gets FORBIDDEN on add, update and remove', async (who) => {
      const token = force.tokens[who];
      expect((await gqlData(t, `query($id: ID!) { plan(id: $id) { places { id } } }`, { id: planId }, token)).plan.places).toEqual([{ id: place.id }]);
      const before = await planFootprint(t, planId);
      expect(errorOf(await t.gql(ADD, { p: planId, input: point() }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(UPDATE, { id: place.id, v: place.version, patch: { name: 'X' } }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(REMOVE, { id: place.id, v: place.version }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each(['wcsoPlanner', 'ncshpAdmin'] as const)('%s (not a member) gets NOT_FOUND, as for an id that does not exist', async (who) => {
      const token = force.tokens[who];
      const hidden = errorOf(await t.gql(UPDATE, { id: place.id, v: place.version, patch: { name: 'X' } }, token));
      expect(hidden.extensions?.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(errorOf(await t.gql(UPDATE, { id: MISSING_ID, v: place.version, patch: { name: 'X' } }, token)));
      expect(errorOf(await t.gql(ADD, { p: planId, input: point() }, token)).extensions?.code).toBe('NOT_FOUND');
    });
  });
});
