import {
  changesSince,
  createPlan,
  errorOf,
  gqlData,
  MISSING_ID,
  PART_FIELDS,
  planFootprint,
  planHead,
  seedTaskForce,
  type TaskForce,
} from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const RESOURCE = PART_FIELDS.ResourceCommitment;
const ADD_RESOURCE = `mutation($p: ID!, $input: ResourceCommitmentInput!) { addResource(planId: $p, input: $input) { ${RESOURCE} } }`;
const UPDATE_RESOURCE = `mutation($id: ID!, $v: Int!, $patch: ResourceCommitmentPatch!) { updateResource(id: $id, expectedVersion: $v, patch: $patch) { ${RESOURCE} } }`;
const REMOVE_RESOURCE = `mutation($id: ID!, $v: Int!) { removeResource(id: $id, expectedVersion: $v) }`;

const CHANNEL = PART_FIELDS.CommsChannel;
const ADD_CHANNEL = `mutation($p: ID!, $input: CommsChannelInput!) { addCommsChannel(planId: $p, input: $input) { ${CHANNEL} } }`;
const UPDATE_CHANNEL = `mutation($id: ID!, $v: Int!, $patch: CommsChannelPatch!) { updateCommsChannel(id: $id, expectedVersion: $v, patch: $patch) { ${CHANNEL} } }`;
const REMOVE_CHANNEL = `mutation($id: ID!, $v: Int!) { removeCommsChannel(id: $id, expectedVersion: $v) }`;

const PLAN_PARTS = `query($id: ID!) { plan(id: $id) { resources { ${RESOURCE} } comms { ${CHANNEL} } } }`;

/** One part kind's mutations, for the rules every part shares. */
interface PartKind {
  name: string;
  add: string;
  update: string;
  remove: string;
  /** The mutation's field name in the response. */
  addField: string;
  updateField: string;
  removeField: string;
  validInput: (force: TaskForce) => Record<string, unknown>;
  validPatch: Record<string, unknown>;
}

const KINDS: PartKind[] = [
  {
    name: 'resource commitment',
    add: ADD_RESOURCE,
    update: UPDATE_RESOURCE,
    remove: REMOVE_RESOURCE,
    addField: 'addResource',
    updateField: 'updateResource',
    removeField: 'removeResource',
    validInput: (force) => ({ agencyId: force.agencies.cbp, kind: 'Vehicles', quantity: 4 }),
    validPatch: { quantity: 5 },
  },
  {
    name: 'comms channel',
    add: ADD_CHANNEL,
    update: UPDATE_CHANNEL,
    remove: REMOVE_CHANNEL,
    addField: 'addCommsChannel',
    updateField: 'updateCommsChannel',
    removeField: 'removeCommsChannel',
    validInput: () => ({ name: 'Command net', details: 'VIPER talkgroup CMD-1' }),
    validPatch: { purpose: 'Command traffic.' },
  },
];

describe('resources and comms', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planner = force.tokens.ncshpPlanner;
  });
  afterAll(() => t.close());

  const partsOf = async (planId: string) => (await gqlData(t, PLAN_PARTS, { id: planId }, planner)).plan;

  describe('resource commitments', () => {
    it('adds, updates and removes a commitment; each change is one revision with its event and node', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Resources lifecycle' });
      const start = await planHead(t, planId, planner);
      const added = (await gqlData(t, ADD_RESOURCE, { p: planId, input: { agencyId: force.agencies.cbp, kind: '  Vehicles ', quantity: 6, notes: 'Marked units.' } }, force.tokens.cbpPlanner)).addResource;
      expect(added).toEqual({ id: expect.any(String), version: 1, kind: 'Vehicles', quantity: 6, notes: 'Marked units.', agency: { id: force.agencies.cbp } });
      const afterAdd = await changesSince(t, planId, start, planner);
      expect(afterAdd.head.revision).toBe(start.revision + 1);
      expect(afterAdd.events).toEqual([
        { seq: start.lastSeq + 1, type: 'RESOURCE_ADDED', entityType: 'RESOURCE', entityId: added.id, revision: start.revision + 1, node: { __typename: 'ResourceCommitment', ...added } },
      ]);

      const officers = (await gqlData(t, ADD_RESOURCE, { p: planId, input: { agencyId: force.agencies.ncshp, kind: 'Officers', quantity: 0 } }, planner)).addResource;
      expect(officers).toMatchObject({ quantity: 0, notes: '', agency: { id: force.agencies.ncshp } });
      expect((await partsOf(planId)).resources).toEqual([added, officers]);

      const updated = (await gqlData(t, UPDATE_RESOURCE, { id: added.id, v: 1, patch: { quantity: 8, kind: 'Patrol vehicles' } }, planner)).updateResource;
      expect(updated).toEqual({ ...added, version: 2, quantity: 8, kind: 'Patrol vehicles' });
      const afterUpdate = await changesSince(t, planId, afterAdd.head, planner);
      expect(afterUpdate.head.revision).toBe(afterAdd.head.revision + 2);
      expect(afterUpdate.events.at(-1)).toEqual({
        seq: afterAdd.head.lastSeq + 2,
        type: 'RESOURCE_UPDATED',
        entityType: 'RESOURCE',
        entityId: added.id,
        revision: afterAdd.head.revision + 2,
        node: { __typename: 'ResourceCommitment', ...updated },
      });
      expect((await partsOf(planId)).resources).toEqual([updated, officers]);

      expect((await gqlData(t, REMOVE_RESOURCE, { id: added.id, v: 2 }, planner)).removeResource).toBe(added.id);
      const afterRemove = await changesSince(t, planId, afterUpdate.head, planner);
      expect(afterRemove.head.revision).toBe(afterUpdate.head.revision + 1);
      expect(afterRemove.events).toEqual([
        { seq: afterUpdate.head.lastSeq + 1, type: 'RESOURCE_REMOVED', entityType: 'RESOURCE', entityId: added.id, revision: afterUpdate.head.revision + 1, node: null },
      ]);
      expect((await partsOf(planId)).resources).toEqual([officers]);
      expect(afterRemove.head.contentHash).not.toBe(afterUpdate.head.contentHash);
    });

    describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
      let planId: string;
      beforeAll(async () => {
        planId = (await createPlan(t, force, { title: 'Resource validation' })).id;
        await gqlData(t, ADD_RESOURCE, { p: planId, input: { agencyId: force.agencies.ncshp, kind: 'Officers', quantity: 12 } }, planner);
      });

      // Lengths, required fields and the quantity range run on the services in resources-comms.medium-spec.ts;
      // one case per part stays here to prove the GraphQL shape of such a refusal end to end.
      const inputCases: Array<[string, (f: TaskForce) => Record<string, unknown>, string]> = [
        ['a 201-character kind', (f) => ({ agencyId: f.agencies.ncshp, kind: 'k'.repeat(201), quantity: 1 }), 'input.kind'],
        ['an agency not taking part in the plan', (f) => ({ agencyId: f.agencies.wcso, kind: 'Officers', quantity: 1 }), 'input.agencyId'],
        ['an agency that does not exist', () => ({ agencyId: MISSING_ID, kind: 'Officers', quantity: 1 }), 'input.agencyId'],
      ];
      it.each(inputCases)('addResource refuses %s', async (_case, input, field) => {
        const before = await planFootprint(t, planId);
        expect(errorOf(await t.gql(ADD_RESOURCE, { p: planId, input: input(force) }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await planFootprint(t, planId)).toEqual(before);
      });
    });
  });

  describe('comms channels', () => {
    it('adds, updates and removes a channel; each change is one revision with its event and node', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Comms lifecycle' });
      const start = await planHead(t, planId, planner);
      const added = (await gqlData(t, ADD_CHANNEL, { p: planId, input: { name: ' Command net ', details: ' VIPER CMD-1 ', purpose: 'Command traffic.' } }, planner)).addCommsChannel;
      expect(added).toEqual({ id: expect.any(String), version: 1, name: 'Command net', details: 'VIPER CMD-1', purpose: 'Command traffic.', agencyRef: null });
      const afterAdd = await changesSince(t, planId, start, planner);
      expect(afterAdd.head.revision).toBe(start.revision + 1);
      expect(afterAdd.events).toEqual([
        { seq: start.lastSeq + 1, type: 'COMMS_CHANNEL_ADDED', entityType: 'COMMS_CHANNEL', entityId: added.id, revision: start.revision + 1, node: { __typename: 'CommsChannel', ...added } },
      ]);

      const tactical = (await gqlData(t, ADD_CHANNEL, { p: planId, input: { name: 'Tactical 1', details: '155.475 MHz', agencyId: force.agencies.cbp } }, force.tokens.cbpPlanner)).addCommsChannel;
      expect(tactical).toMatchObject({ purpose: '', agencyRef: { id: force.agencies.cbp } });
      expect((await partsOf(planId)).comms).toEqual([added, tactical]);

      const head = await planHead(t, planId, planner);
      const updated = (await gqlData(t, UPDATE_CHANNEL, { id: added.id, v: 1, patch: { agencyId: force.agencies.ncshp, details: 'VIPER CMD-2' } }, force.tokens.cbpLead)).updateCommsChannel;
      expect(updated).toEqual({ ...added, version: 2, details: 'VIPER CMD-2', agencyRef: { id: force.agencies.ncshp } });
      const afterUpdate = await changesSince(t, planId, head, planner);
      expect(afterUpdate.head.revision).toBe(head.revision + 1);
      expect(afterUpdate.events).toEqual([
        { seq: head.lastSeq + 1, type: 'COMMS_CHANNEL_UPDATED', entityType: 'COMMS_CHANNEL', entityId: added.id, revision: head.revision + 1, node: { __typename: 'CommsChannel', ...updated } },
      ]);
      // Explicit null: the channel serves every agency.
      const shared = (await gqlData(t, UPDATE_CHANNEL, { id: added.id, v: 2, patch: { agencyId: null } }, planner)).updateCommsChannel;
      expect(shared).toMatchObject({ version: 3, agencyRef: null, details: 'VIPER CMD-2' });

      const beforeRemove = await planHead(t, planId, planner);
      expect((await gqlData(t, REMOVE_CHANNEL, { id: added.id, v: 3 }, planner)).removeCommsChannel).toBe(added.id);
      const afterRemove = await changesSince(t, planId, beforeRemove, planner);
      expect(afterRemove.head.revision).toBe(beforeRemove.revision + 1);
      expect(afterRemove.events).toEqual([
        { seq: beforeRemove.lastSeq + 1, type: 'COMMS_CHANNEL_REMOVED', entityType: 'COMMS_CHANNEL', entityId: added.id, revision: beforeRemove.revision + 1, node: null },
      ]);
      expect((await partsOf(planId)).comms).toEqual([tactical]);
    });

    describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
      let planId: string;
      let channel: { id: string; version: number };
      beforeAll(async () => {
        planId = (await createPlan(t, force, { title: 'Comms validation' })).id;
        channel = (await gqlData(t, ADD_CHANNEL, { p: planId, input: { name: 'Command net', details: 'CMD-1' } }, planner)).addCommsChannel;
      });

      const inputCases: Array<[string, (f: TaskForce) => Record<string, unknown>, string]> = [
        ['an agency not taking part in the plan', (f) => ({ name: 'Net', details: 'CMD-1', agencyId: f.agencies.wcso }), 'input.agencyId'],
      ];
      it.each(inputCases)('addCommsChannel refuses %s', async (_case, input, field) => {
        const before = await planFootprint(t, planId);
        expect(errorOf(await t.gql(ADD_CHANNEL, { p: planId, input: input(force) }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await planFootprint(t, planId)).toEqual(before);
      });

      // Lengths and required fields run on the service in resources-comms.medium-spec.ts; the empty name
      // stays here to prove the GraphQL shape of such a refusal end to end.
      const patchCases: Array<[string, (f: TaskForce) => Record<string, unknown>, string]> = [
        ['an empty name', () => ({ name: '' }), 'patch.name'],
        ['an agency not taking part in the plan', (f) => ({ agencyId: f.agencies.wcso }), 'patch.agencyId'],
      ];
      it.each(patchCases)('updateCommsChannel refuses %s', async (_case, patch, field) => {
        const before = await planFootprint(t, planId);
        expect(errorOf(await t.gql(UPDATE_CHANNEL, { id: channel.id, v: channel.version, patch: patch(force) }, planner)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(await planFootprint(t, planId)).toEqual(before);
      });
    });
  });

  describe.each(KINDS)('$name: concurrency and access', (kind) => {
    let planId: string;
    let item: { id: string; version: number };
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: `${kind.name} rules` })).id;
      item = (await gqlData(t, kind.add, { p: planId, input: kind.validInput(force) }, planner))[kind.addField];
    });

    it('answers CONFLICT with the current entity to a stale update or remove, and changes nothing', async () => {
      const fresh = (await gqlData(t, kind.update, { id: item.id, v: item.version, patch: kind.validPatch }, force.tokens.cbpPlanner))[kind.updateField];
      expect(fresh.version).toBe(item.version + 1);
      const before = await planFootprint(t, planId);
      const update = errorOf(await t.gql(kind.update, { id: item.id, v: item.version, patch: kind.validPatch }, planner));
      expect(update.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: fresh.version, current: { id: item.id, version: fresh.version } });
      const remove = errorOf(await t.gql(kind.remove, { id: item.id, v: item.version }, planner));
      expect(remove.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: fresh.version, current: { id: item.id, version: fresh.version } });
      expect(await planFootprint(t, planId)).toEqual(before);
      item = fresh;
    });

    it('lets two agencies edit two different entities at once', async () => {
      // Two new entities: `item` already holds validPatch, and a save that changes nothing keeps its version.
      const add = async () => (await gqlData(t, kind.add, { p: planId, input: kind.validInput(force) }, planner))[kind.addField];
      const [one, other] = [await add(), await add()];
      const results = await Promise.all([
        t.gql(kind.update, { id: one.id, v: one.version, patch: kind.validPatch }, force.tokens.ncshpPlanner),
        t.gql(kind.update, { id: other.id, v: other.version, patch: kind.validPatch }, force.tokens.cbpPlanner),
      ]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      expect(results.map((result) => result.data?.[kind.updateField].version)).toEqual([one.version + 1, other.version + 1]);
      item = results[0].data?.[kind.updateField];
    });

    it.each(['ncshpOfficer', 'oversight'] as const)('%s gets FORBIDDEN on add, update and remove, and nothing changes', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      expect(errorOf(await t.gql(kind.add, { p: planId, input: kind.validInput(force) }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(kind.update, { id: item.id, v: item.version, patch: kind.validPatch }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(kind.remove, { id: item.id, v: item.version }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each(['wcsoPlanner', 'ncshpAdmin'] as const)('%s (not a member) gets NOT_FOUND, the same answer as for an id that does not exist', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      const hiddenUpdate = errorOf(await t.gql(kind.update, { id: item.id, v: item.version, patch: kind.validPatch }, token));
      expect(hiddenUpdate.extensions?.code).toBe('NOT_FOUND');
      expect(hiddenUpdate).toEqual(errorOf(await t.gql(kind.update, { id: MISSING_ID, v: item.version, patch: kind.validPatch }, token)));
      const hiddenRemove = errorOf(await t.gql(kind.remove, { id: item.id, v: item.version }, token));
      expect(hiddenRemove.extensions?.code).toBe('NOT_FOUND');
      expect(hiddenRemove).toEqual(errorOf(await t.gql(kind.remove, { id: MISSING_ID, v: item.version }, token)));
      expect(errorOf(await t.gql(kind.add, { p: planId, input: kind.validInput(force) }, token)).extensions?.code).toBe('NOT_FOUND');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('answers NOT_FOUND to a malformed id', async () => {
      expect(errorOf(await t.gql(kind.update, { id: 'abc', v: 1, patch: kind.validPatch }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(kind.remove, { id: 'abc', v: 1 }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(kind.add, { p: 'abc', input: kind.validInput(force) }, planner)).extensions?.code).toBe('NOT_FOUND');
    });
  });
});
