import {
  changesSince,
  createPlan,
  errorOf,
  gqlData,
  MISSING_ID,
  PART_FIELDS,
  planFootprint,
  planHead,
  randomIds,
  seedTaskForce,
  type TaskForce,
} from './support/task-force';
import { startTestApp, type TestApp } from './support/test-app';

const ROLE = PART_FIELDS.RoleAssignment;
const ADD = `mutation($p: ID!, $input: RoleAssignmentInput!) { addRole(planId: $p, input: $input) { ${ROLE} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: RoleAssignmentPatch!) { updateRole(id: $id, expectedVersion: $v, patch: $patch) { ${ROLE} } }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removeRole(id: $id, expectedVersion: $v) }`;
const ADD_OBJECTIVE = `mutation($p: ID!, $title: String!) { addObjective(planId: $p, input: { title: $title }) { id } }`;
const ROLES = `query($id: ID!) { plan(id: $id) { roles { ${ROLE} } readiness { blockers { code entityId } } } }`;

describe('roles', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planner = force.tokens.ncshpPlanner;
  });
  afterAll(() => t.close());

  const addRole = async (planId: string, input: Record<string, unknown>, token = planner) => (await gqlData(t, ADD, { p: planId, input }, token)).addRole;
  const addObjective = async (planId: string, title: string) => (await gqlData(t, ADD_OBJECTIVE, { p: planId, title }, planner)).addObjective.id as string;
  const plan = async (planId: string) => (await gqlData(t, ROLES, { id: planId }, planner)).plan;

  it('adds, updates and removes a role; each change is one revision with its event and node', async () => {
    const { id: planId } = await createPlan(t, force, { title: 'Roles lifecycle' });
    const o1 = await addObjective(planId, 'Checkpoint');
    const o2 = await addObjective(planId, 'Escort');
    const start = await planHead(t, planId, planner);

    const added = await addRole(planId, { agencyId: force.agencies.cbp, title: '  Liaison Officer ', responsibilities: 'Federal liaison.', assigneeId: force.users.cbpLead, objectiveIds: [o1, o1] });
    expect(added).toEqual({
      id: expect.any(String),
      version: 1,
      title: 'Liaison Officer',
      responsibilities: 'Federal liaison.',
      agency: { id: force.agencies.cbp },
      assignee: { id: force.users.cbpLead },
      objectives: [{ id: o1 }],
    });
    expect((await plan(planId)).roles).toEqual([added]);
    const afterAdd = await changesSince(t, planId, start, planner);
    expect(afterAdd.head.revision).toBe(start.revision + 1);
    expect(afterAdd.events).toEqual([
      { seq: start.lastSeq + 1, type: 'ROLE_ADDED', entityType: 'ROLE', entityId: added.id, revision: start.revision + 1, node: { __typename: 'RoleAssignment', ...added } },
    ]);

    const second = await addRole(planId, { agencyId: force.agencies.ncshp, title: 'Operation Commander' });
    expect(second).toMatchObject({ version: 1, responsibilities: '', assignee: null, objectives: [] });
    expect((await plan(planId)).roles.map((role: { id: string }) => role.id)).toEqual([added.id, second.id]);

    // Explicit null unassigns; objectiveIds are replaced.
    const beforeUpdate = await planHead(t, planId, planner);
    const updated = (await gqlData(t, UPDATE, { id: added.id, v: 1, patch: { assigneeId: null, objectiveIds: [o2], title: 'Liaison' } }, force.tokens.cbpPlanner)).updateRole;
    expect(updated).toEqual({ ...added, version: 2, title: 'Liaison', assignee: null, objectives: [{ id: o2 }] });
    const afterUpdate = await changesSince(t, planId, beforeUpdate, planner);
    expect(afterUpdate.head.revision).toBe(beforeUpdate.revision + 1);
    expect(afterUpdate.events).toEqual([
      { seq: beforeUpdate.lastSeq + 1, type: 'ROLE_UPDATED', entityType: 'ROLE', entityId: added.id, revision: beforeUpdate.revision + 1, node: { __typename: 'RoleAssignment', ...updated } },
    ]);

    // Omitting assigneeId keeps the assignee.
    const assigned = (await gqlData(t, UPDATE, { id: added.id, v: 2, patch: { assigneeId: force.users.cbpPlanner } }, planner)).updateRole;
    expect(assigned).toMatchObject({ version: 3, assignee: { id: force.users.cbpPlanner } });
    const kept = (await gqlData(t, UPDATE, { id: added.id, v: 3, patch: { responsibilities: 'Also deconfliction.' } }, planner)).updateRole;
    expect(kept).toMatchObject({ version: 4, assignee: { id: force.users.cbpPlanner }, objectives: [{ id: o2 }], responsibilities: 'Also deconfliction.' });

    const beforeRemove = await planHead(t, planId, planner);
    expect((await gqlData(t, REMOVE, { id: added.id, v: 4 }, planner)).removeRole).toBe(added.id);
    expect((await plan(planId)).roles.map((role: { id: string }) => role.id)).toEqual([second.id]);
    const afterRemove = await changesSince(t, planId, beforeRemove, planner);
    expect(afterRemove.head.revision).toBe(beforeRemove.revision + 1);
    expect(afterRemove.events).toEqual([
      { seq: beforeRemove.lastSeq + 1, type: 'ROLE_REMOVED', entityType: 'ROLE', entityId: added.id, revision: beforeRemove.revision + 1, node: null },
    ]);
  });

  it('shows AGENCY_WITHOUT_ROLE for each participating agency until it holds a role', async () => {
    const { id: planId } = await createPlan(t, force, { title: 'Role readiness' });
    const withoutRole = async () =>
      (await plan(planId)).readiness.blockers
        .filter((b: { code: string }) => b.code === 'AGENCY_WITHOUT_ROLE')
        .map((b: { entityId: string }) => b.entityId)
        .sort();
    expect(await withoutRole()).toEqual([force.agencies.ncshp, force.agencies.cbp].sort());
    const role = await addRole(planId, { agencyId: force.agencies.cbp, title: 'Liaison' });
    expect(await withoutRole()).toEqual([force.agencies.ncshp]);
    // Moving the role to NCSHP leaves CBP without one.
    await gqlData(t, UPDATE, { id: role.id, v: 1, patch: { agencyId: force.agencies.ncshp } }, planner);
    expect(await withoutRole()).toEqual([force.agencies.cbp]);
  });

  describe('optimistic concurrency', () => {
    it('answers CONFLICT with the current role to a stale update or remove, and changes nothing', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Role conflict' });
      const role = await addRole(planId, { agencyId: force.agencies.cbp, title: 'Liaison' });
      await gqlData(t, UPDATE, { id: role.id, v: 1, patch: { title: 'Liaison (CBP)' } }, force.tokens.cbpPlanner);
      const before = await planFootprint(t, planId);
      const update = errorOf(await t.gql(UPDATE, { id: role.id, v: 1, patch: { title: 'Stale' } }, planner));
      expect(update.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { id: role.id, title: 'Liaison (CBP)', version: 2 } });
      const remove = errorOf(await t.gql(REMOVE, { id: role.id, v: 1 }, planner));
      expect(remove.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { id: role.id, title: 'Liaison (CBP)', version: 2 } });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('lets two agencies edit two different roles at once', async () => {
      const { id: planId } = await createPlan(t, force, { title: 'Role parallel' });
      const ncshpRole = await addRole(planId, { agencyId: force.agencies.ncshp, title: 'Commander' });
      const cbpRole = await addRole(planId, { agencyId: force.agencies.cbp, title: 'Liaison' });
      const results = await Promise.all([
        t.gql(UPDATE, { id: ncshpRole.id, v: 1, patch: { responsibilities: 'Command.' } }, force.tokens.ncshpPlanner),
        t.gql(UPDATE, { id: cbpRole.id, v: 1, patch: { responsibilities: 'Liaise.' } }, force.tokens.cbpPlanner),
      ]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      expect(results.map((result) => result.data?.updateRole.version)).toEqual([2, 2]);
    });
  });

  describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
    let planId: string;
    let role: { id: string; version: number };
    let foreignObjective: string;
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Role validation' })).id;
      await addObjective(planId, 'Own objective');
      role = await addRole(planId, { agencyId: force.agencies.ncshp, title: 'Commander', assigneeId: force.users.ncshpLead });
      foreignObjective = await addObjective((await createPlan(t, force, { title: 'Another plan' })).id, 'Foreign objective');
    });

    const cases: Array<[string, (f: TaskForce) => Record<string, unknown>, string]> = [
      ['an empty title', (f) => ({ agencyId: f.agencies.ncshp, title: '' }), 'input.title'],
      ['a 201-character title', (f) => ({ agencyId: f.agencies.ncshp, title: 'x'.repeat(201) }), 'input.title'],
      ['20,001-character responsibilities', (f) => ({ agencyId: f.agencies.ncshp, title: 'ok', responsibilities: 'r'.repeat(20_001) }), 'input.responsibilities'],
      ['an agency not taking part in the plan', (f) => ({ agencyId: f.agencies.wcso, title: 'ok' }), 'input.agencyId'],
      ['an agency that does not exist', () => ({ agencyId: MISSING_ID, title: 'ok' }), 'input.agencyId'],
      ['an assignee from another agency', (f) => ({ agencyId: f.agencies.ncshp, title: 'ok', assigneeId: f.users.cbpPlanner }), 'input.assigneeId'],
      ['an assignee that does not exist', (f) => ({ agencyId: f.agencies.ncshp, title: 'ok', assigneeId: MISSING_ID }), 'input.assigneeId'],
      ['an administrator of the agency as assignee (no part in operations)', (f) => ({ agencyId: f.agencies.ncshp, title: 'ok', assigneeId: f.users.ncshpAdmin }), 'input.assigneeId'],
      ['more than 500 objective ids', (f) => ({ agencyId: f.agencies.ncshp, title: 'ok', objectiveIds: randomIds(501) }), 'input.objectiveIds'],
    ];
    it.each(cases)('addRole refuses %s', async (_case, input, field) => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(ADD, { p: planId, input: input(force) }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('addRole refuses objectiveIds of another plan', async () => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(ADD, { p: planId, input: { agencyId: force.agencies.ncshp, title: 'ok', objectiveIds: [foreignObjective] } }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.objectiveIds' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    const patchCases: Array<[string, (f: TaskForce) => Record<string, unknown>, string]> = [
      ['an empty title', () => ({ title: '' }), 'patch.title'],
      ['a 201-character title', () => ({ title: 'x'.repeat(201) }), 'patch.title'],
      ['20,001-character responsibilities', () => ({ responsibilities: 'r'.repeat(20_001) }), 'patch.responsibilities'],
      ['an agency not taking part in the plan', (f) => ({ agencyId: f.agencies.wcso }), 'patch.agencyId'],
      ['an assignee from another agency', (f) => ({ assigneeId: f.users.cbpLead }), 'patch.assigneeId'],
      ['an administrator of the agency as assignee (no part in operations)', (f) => ({ assigneeId: f.users.ncshpAdmin }), 'patch.assigneeId'],
      ['a move to another agency while the assignee stays with the old one', (f) => ({ agencyId: f.agencies.cbp }), 'patch.assigneeId'],
      ['more than 500 objective ids', () => ({ objectiveIds: randomIds(501) }), 'patch.objectiveIds'],
    ];
    it.each(patchCases)('updateRole refuses %s', async (_case, patch, field) => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(UPDATE, { id: role.id, v: role.version, patch: patch(force) }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('updateRole refuses objectiveIds of another plan', async () => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(UPDATE, { id: role.id, v: role.version, patch: { objectiveIds: [foreignObjective] } }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.objectiveIds' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });
  });

  describe('access', () => {
    let planId: string;
    let role: { id: string };
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Role access' })).id;
      role = await addRole(planId, { agencyId: force.agencies.cbp, title: 'Liaison' });
    });

    it.each(['ncshpOfficer', 'oversight'] as const)('%s gets FORBIDDEN on add, update and remove, and nothing changes', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      expect(errorOf(await t.gql(ADD, { p: planId, input: { agencyId: force.agencies.ncshp, title: 'Nope' } }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(UPDATE, { id: role.id, v: 1, patch: { title: 'Nope' } }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(REMOVE, { id: role.id, v: 1 }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each(['wcsoPlanner', 'ncshpAdmin'] as const)('%s (not a member) gets NOT_FOUND, the same answer as for an id that does not exist', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      const hiddenUpdate = errorOf(await t.gql(UPDATE, { id: role.id, v: 1, patch: { title: 'Nope' } }, token));
      expect(hiddenUpdate.extensions?.code).toBe('NOT_FOUND');
      expect(hiddenUpdate).toEqual(errorOf(await t.gql(UPDATE, { id: MISSING_ID, v: 1, patch: { title: 'Nope' } }, token)));
      const hiddenRemove = errorOf(await t.gql(REMOVE, { id: role.id, v: 1 }, token));
      expect(hiddenRemove.extensions?.code).toBe('NOT_FOUND');
      expect(hiddenRemove).toEqual(errorOf(await t.gql(REMOVE, { id: MISSING_ID, v: 1 }, token)));
      expect(errorOf(await t.gql(ADD, { p: planId, input: { agencyId: force.agencies.wcso, title: 'Nope' } }, token)).extensions?.code).toBe('NOT_FOUND');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('answers NOT_FOUND to a malformed id', async () => {
      expect(errorOf(await t.gql(UPDATE, { id: 'abc', v: 1, patch: { title: 'x' } }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(REMOVE, { id: 'abc', v: 1 }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(ADD, { p: 'abc', input: { agencyId: force.agencies.ncshp, title: 'x' } }, planner)).extensions?.code).toBe('NOT_FOUND');
    });
  });
});
