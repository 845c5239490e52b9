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

const OBJ = PART_FIELDS.Objective;
const ADD = `mutation($p: ID!, $input: ObjectiveInput!) { addObjective(planId: $p, input: $input) { ${OBJ} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $patch: ObjectivePatch!) { updateObjective(id: $id, expectedVersion: $v, patch: $patch) { ${OBJ} } }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removeObjective(id: $id, expectedVersion: $v) }`;
const OBJECTIVES = `query($id: ID!) { plan(id: $id) { revision objectives { ${OBJ} } readiness { ready blockers { code entityId } } } }`;

describe('objectives', () => {
  let t: TestApp;
  let force: TaskForce;
  let planner: string;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
    planner = force.tokens.ncshpPlanner;
  });
  afterAll(() => t.close());

  const add = async (planId: string, input: Record<string, unknown>, token = planner) => (await gqlData(t, ADD, { p: planId, input }, token)).addObjective;
  const objectivesOf = async (planId: string) => (await gqlData(t, OBJECTIVES, { id: planId }, planner)).plan;

  it('adds, updates and removes an objective; each change is one revision with its event and node', async () => {
    const plan = await createPlan(t, force, { title: 'Objectives lifecycle' });
    const start = await planHead(t, plan.id, planner);
    expect(start).toMatchObject({ revision: 1, lastSeq: 1 });

    const added = await add(plan.id, { title: '  Keep I-40 traffic moving  ', description: 'Eastbound lanes.', successCriteria: 'No closure over 20 minutes.', priority: 'HIGH' });
    expect(added).toEqual({
      id: expect.any(String),
      version: 1,
      position: 0,
      title: 'Keep I-40 traffic moving',
      description: 'Eastbound lanes.',
      successCriteria: 'No closure over 20 minutes.',
      priority: 'HIGH',
    });
    expect((await objectivesOf(plan.id)).objectives).toEqual([added]);
    const afterAdd = await changesSince(t, plan.id, start, planner);
    expect(afterAdd.head).toMatchObject({ revision: 2, lastSeq: 2 });
    expect(afterAdd.events).toEqual([
      { seq: 2, type: 'OBJECTIVE_ADDED', entityType: 'OBJECTIVE', entityId: added.id, revision: 2, node: { __typename: 'Objective', ...added } },
    ]);

    const defaults = await add(plan.id, { title: 'Defaults' });
    expect(defaults).toMatchObject({ version: 1, position: 1, description: '', successCriteria: '', priority: 'MEDIUM' });
    const beforeUpdate = await planHead(t, plan.id, planner);

    const updated = (await gqlData(t, UPDATE, { id: added.id, v: 1, patch: { title: 'Keep I-40 moving', priority: 'CRITICAL' } }, force.tokens.cbpPlanner)).updateObjective;
    expect(updated).toEqual({ ...added, version: 2, title: 'Keep I-40 moving', priority: 'CRITICAL' });
    expect((await objectivesOf(plan.id)).objectives).toEqual([updated, defaults]);
    const afterUpdate = await changesSince(t, plan.id, beforeUpdate, planner);
    expect(afterUpdate.head.revision).toBe(beforeUpdate.revision + 1);
    expect(afterUpdate.events).toEqual([
      { seq: beforeUpdate.lastSeq + 1, type: 'OBJECTIVE_UPDATED', entityType: 'OBJECTIVE', entityId: added.id, revision: beforeUpdate.revision + 1, node: { __typename: 'Objective', ...updated } },
    ]);

    const removed = await gqlData(t, REMOVE, { id: added.id, v: 2 }, planner);
    expect(removed.removeObjective).toBe(added.id);
    const afterRemove = await changesSince(t, plan.id, afterUpdate.head, planner);
    expect(afterRemove.head.revision).toBe(afterUpdate.head.revision + 1);
    expect(afterRemove.events[0]).toEqual({
      seq: afterUpdate.head.lastSeq + 1,
      type: 'OBJECTIVE_REMOVED',
      entityType: 'OBJECTIVE',
      entityId: added.id,
      revision: afterUpdate.head.revision + 1,
      node: null,
    });
    expect(afterRemove.events.every((event) => event.revision === afterUpdate.head.revision + 1)).toBe(true);
    // The remaining objective moved up to position 0.
    expect((await objectivesOf(plan.id)).objectives).toEqual([{ ...defaults, position: 0 }]);
    expect(await t.db.query(`SELECT id FROM objectives WHERE id = $1`, [added.id])).toEqual([]);
  });

  it('accepts a 200-character title and 20,000-character texts', async () => {
    const plan = await createPlan(t, force, { title: 'Limits at the edge' });
    const objective = await add(plan.id, { title: 't'.repeat(200), description: 'd'.repeat(20_000), successCriteria: 's'.repeat(20_000) });
    expect(objective.title).toHaveLength(200);
    expect(objective.description).toHaveLength(20_000);
  });

  describe('order', () => {
    it('moves objective 3 to position 0 and shifts the others, positions 0..n-1 without gaps, in one revision', async () => {
      const plan = await createPlan(t, force, { title: 'Reorder plan' });
      const made: Array<{ id: string; version: number }> = [];
      for (const title of ['A', 'B', 'C', 'D']) made.push(await add(plan.id, { title, successCriteria: `${title} done` }));
      expect((await objectivesOf(plan.id)).objectives.map((o: { title: string; position: number }) => [o.title, o.position])).toEqual([
        ['A', 0],
        ['B', 1],
        ['C', 2],
        ['D', 3],
      ]);

      const before = await planHead(t, plan.id, planner);
      const moved = (await gqlData(t, UPDATE, { id: made[3].id, v: 1, patch: { position: 0 } }, planner)).updateObjective;
      expect(moved).toMatchObject({ id: made[3].id, title: 'D', position: 0, version: 2 });
      const listed = (await objectivesOf(plan.id)).objectives;
      expect(listed.map((o: { title: string; position: number }) => [o.title, o.position])).toEqual([
        ['D', 0],
        ['A', 1],
        ['B', 2],
        ['C', 3],
      ]);
      const change = await changesSince(t, plan.id, before, planner);
      expect(change.head.revision).toBe(before.revision + 1);
      expect(change.events[0]).toMatchObject({ type: 'OBJECTIVE_UPDATED', entityId: made[3].id, node: { title: 'D', position: 0 } });
      expect(change.events.every((event) => event.type === 'OBJECTIVE_UPDATED' && event.revision === before.revision + 1)).toBe(true);
      // Every event's node shows the objective's position after the move.
      for (const event of change.events) {
        expect(event.node?.position).toBe(listed.find((o: { id: string }) => o.id === event.entityId).position);
      }

      // Move from the middle towards the front: D A B C -> D B A C.
      await gqlData(t, UPDATE, { id: made[1].id, v: 1, patch: { position: 1 } }, planner);
      expect((await objectivesOf(plan.id)).objectives.map((o: { title: string }) => o.title)).toEqual(['D', 'B', 'A', 'C']);
      // To the end: D B A C -> B A C D.
      const dNow = (await objectivesOf(plan.id)).objectives[0];
      await gqlData(t, UPDATE, { id: dNow.id, v: dNow.version, patch: { position: 3 } }, planner);
      expect((await objectivesOf(plan.id)).objectives.map((o: { title: string; position: number }) => [o.title, o.position])).toEqual([
        ['B', 0],
        ['A', 1],
        ['C', 2],
        ['D', 3],
      ]);

      // Removing compacts the positions again: B A C D - A -> B C D.
      const aNow = (await objectivesOf(plan.id)).objectives[1];
      await gqlData(t, REMOVE, { id: aNow.id, v: aNow.version }, planner);
      expect((await objectivesOf(plan.id)).objectives.map((o: { title: string; position: number }) => [o.title, o.position])).toEqual([
        ['B', 0],
        ['C', 1],
        ['D', 2],
      ]);
      const rows = await t.db.query(`SELECT position FROM objectives WHERE plan_id = $1 ORDER BY position`, [plan.id]);
      expect(rows.map((row: { position: number }) => row.position)).toEqual([0, 1, 2]);
    });

    it('removing an objective takes it out of the roles that named it, in the same revision', async () => {
      const plan = await createPlan(t, force, { title: 'Unlink plan' });
      const x = await add(plan.id, { title: 'X' });
      const y = await add(plan.id, { title: 'Y' });
      const role = (
        await gqlData(
          t,
          `mutation($p: ID!, $input: RoleAssignmentInput!) { addRole(planId: $p, input: $input) { id version objectives { id } } }`,
          { p: plan.id, input: { agencyId: force.agencies.cbp, title: 'Liaison', objectiveIds: [x.id, y.id] } },
          planner,
        )
      ).addRole;
      expect(role.objectives.map((o: { id: string }) => o.id).sort()).toEqual([x.id, y.id].sort());
      const before = await planHead(t, plan.id, planner);

      await gqlData(t, REMOVE, { id: x.id, v: 1 }, planner);
      const roles = (await gqlData(t, `query($id: ID!) { plan(id: $id) { roles { id objectives { id } } } }`, { id: plan.id }, planner)).plan.roles;
      expect(roles).toEqual([{ id: role.id, objectives: [{ id: y.id }] }]);
      const [{ objective_ids }] = await t.db.query(`SELECT objective_ids FROM role_assignments WHERE id = $1`, [role.id]);
      expect(objective_ids).toEqual([y.id]);
      const change = await changesSince(t, plan.id, before, planner);
      expect(change.head.revision).toBe(before.revision + 1);
      expect(change.events.find((event) => event.type === 'OBJECTIVE_REMOVED')).toMatchObject({ entityId: x.id, node: null });
      expect(change.events.find((event) => event.type === 'ROLE_UPDATED')).toMatchObject({ entityId: role.id, node: { __typename: 'RoleAssignment', objectives: [{ id: y.id }] } });
    });
  });

  describe('optimistic concurrency', () => {
    it('answers CONFLICT with the current objective to a stale update or remove, and changes nothing', async () => {
      const plan = await createPlan(t, force, { title: 'Conflict plan' });
      const objective = await add(plan.id, { title: 'Original' });
      const current = (await gqlData(t, UPDATE, { id: objective.id, v: 1, patch: { title: 'By NCSHP' } }, planner)).updateObjective;
      const before = await planFootprint(t, plan.id);

      const staleUpdate = errorOf(await t.gql(UPDATE, { id: objective.id, v: 1, patch: { title: 'By CBP' } }, force.tokens.cbpPlanner));
      expect(staleUpdate.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { id: objective.id, title: 'By NCSHP', version: 2 } });
      const staleRemove = errorOf(await t.gql(REMOVE, { id: objective.id, v: 1 }, force.tokens.cbpPlanner));
      expect(staleRemove.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, current: { id: objective.id, title: 'By NCSHP', version: 2 } });
      const staleMove = errorOf(await t.gql(UPDATE, { id: objective.id, v: 7, patch: { position: 0 } }, force.tokens.cbpPlanner));
      expect(staleMove.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

      expect(await planFootprint(t, plan.id)).toEqual(before);
      expect((await objectivesOf(plan.id)).objectives).toEqual([current]);
    });

    it('lets two agencies edit two different objectives at once, each with its own version', async () => {
      const plan = await createPlan(t, force, { title: 'Parallel plan' });
      const first = await add(plan.id, { title: 'First' });
      const second = await add(plan.id, { title: 'Second' });
      const before = await planHead(t, plan.id, planner);
      const [byNcshp, byCbp] = await Promise.all([
        t.gql(UPDATE, { id: first.id, v: 1, patch: { successCriteria: 'NCSHP criteria' } }, force.tokens.ncshpPlanner),
        t.gql(UPDATE, { id: second.id, v: 1, patch: { successCriteria: 'CBP criteria' } }, force.tokens.cbpPlanner),
      ]);
      expect(byNcshp.errors).toBeUndefined();
      expect(byCbp.errors).toBeUndefined();
      expect(byNcshp.data?.updateObjective).toMatchObject({ version: 2, successCriteria: 'NCSHP criteria' });
      expect(byCbp.data?.updateObjective).toMatchObject({ version: 2, successCriteria: 'CBP criteria' });
      const change = await changesSince(t, plan.id, before, planner);
      expect(change.head.revision).toBe(before.revision + 2);
      expect(change.events.map((event) => event.type)).toEqual(['OBJECTIVE_UPDATED', 'OBJECTIVE_UPDATED']);
    });
  });

  describe('validation: BAD_USER_INPUT naming the field, nothing written', () => {
    let planId: string;
    let objective: { id: string; version: number };
    let otherPlanObjective: { id: string };
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Objective validation' })).id;
      objective = await add(planId, { title: 'First' });
      await add(planId, { title: 'Second' });
      await add(planId, { title: 'Third' });
      otherPlanObjective = await add((await createPlan(t, force, { title: 'Other plan' })).id, { title: 'Elsewhere' });
    });

    // The length and required-field limits run on the service in objectives.medium-spec.ts; this one
    // proves the GraphQL shape of such a refusal end to end.
    it('addObjective refuses a 201-character title with BAD_USER_INPUT naming input.title', async () => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(ADD, { p: planId, input: { title: 'x'.repeat(201) } }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
      expect(error.message).toBe('Title must be at most 200 characters.');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each([
      ['a negative position', { position: -1 }, 'patch.position'],
      ['a position past the end (3 of 0..2)', { position: 3 }, 'patch.position'],
      ['a far-away position together with a valid title', { title: 'Renamed', position: 99 }, 'patch.position'],
    ])('updateObjective refuses %s', async (_case, patch, field) => {
      const before = await planFootprint(t, planId);
      const error = errorOf(await t.gql(UPDATE, { id: objective.id, v: objective.version, patch }, planner));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('does not let a role name an objective of another plan', async () => {
      const before = await planFootprint(t, planId);
      const error = errorOf(
        await t.gql(
          `mutation($p: ID!, $input: RoleAssignmentInput!) { addRole(planId: $p, input: $input) { id } }`,
          { p: planId, input: { agencyId: force.agencies.ncshp, title: 'Commander', objectiveIds: [otherPlanObjective.id] } },
          planner,
        ),
      );
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.objectiveIds' });
      expect(await planFootprint(t, planId)).toEqual(before);
    });
  });

  describe('readiness', () => {
    it('shows NO_OBJECTIVES, then OBJECTIVE_WITHOUT_CRITERIA for the objective until it has criteria', async () => {
      const plan = await createPlan(t, force, { title: 'Objective readiness' });
      const codes = (p: { readiness: { blockers: Array<{ code: string; entityId: string | null }> } }) => p.readiness.blockers.filter((b) => b.code.startsWith('O') || b.code === 'NO_OBJECTIVES');
      expect(codes(await objectivesOf(plan.id))).toEqual([{ code: 'NO_OBJECTIVES', entityId: null }]);
      const objective = await add(plan.id, { title: 'Criteria later' });
      expect(codes(await objectivesOf(plan.id))).toEqual([{ code: 'OBJECTIVE_WITHOUT_CRITERIA', entityId: objective.id }]);
      await gqlData(t, UPDATE, { id: objective.id, v: 1, patch: { successCriteria: '   ' } }, planner);
      expect(codes(await objectivesOf(plan.id))).toEqual([{ code: 'OBJECTIVE_WITHOUT_CRITERIA', entityId: objective.id }]);
      await gqlData(t, UPDATE, { id: objective.id, v: 2, patch: { successCriteria: 'Measured by the after-action count.' } }, planner);
      expect(codes(await objectivesOf(plan.id))).toEqual([]);
    });
  });

  describe('contentHash', () => {
    it('is stable across reads, changes with the content, and returns when the content does', async () => {
      const plan = await createPlan(t, force, { title: 'Hash plan' });
      const objective = await add(plan.id, { title: 'Hash me' });
      const first = await planHead(t, plan.id, planner);
      const second = await planHead(t, plan.id, force.tokens.cbpPlanner);
      expect(second.contentHash).toBe(first.contentHash);
      expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);

      await gqlData(t, UPDATE, { id: objective.id, v: 1, patch: { title: 'Hashed' } }, planner);
      const changed = await planHead(t, plan.id, planner);
      expect(changed.contentHash).not.toBe(first.contentHash);
      expect((await planHead(t, plan.id, planner)).contentHash).toBe(changed.contentHash);

      await gqlData(t, UPDATE, { id: objective.id, v: 2, patch: { title: 'Hash me' } }, planner);
      expect((await planHead(t, plan.id, planner)).contentHash).toBe(first.contentHash);
    });
  });

  describe('access', () => {
    let planId: string;
    let objective: { id: string; version: number };
    beforeAll(async () => {
      planId = (await createPlan(t, force, { title: 'Objective access' })).id;
      objective = await add(planId, { title: 'Guarded' });
    });

    it.each(['ncshpOfficer', 'oversight'] as const)('%s gets FORBIDDEN on add, update and remove, and nothing changes', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      expect(errorOf(await t.gql(ADD, { p: planId, input: { title: 'Nope' } }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(UPDATE, { id: objective.id, v: 1, patch: { title: 'Nope' } }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(REMOVE, { id: objective.id, v: 1 }, token)).extensions?.code).toBe('FORBIDDEN');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it.each(['wcsoPlanner', 'ncshpAdmin'] as const)('%s (not a member) gets NOT_FOUND, the same answer as for an id that does not exist', async (who) => {
      const before = await planFootprint(t, planId);
      const token = force.tokens[who];
      const hiddenUpdate = errorOf(await t.gql(UPDATE, { id: objective.id, v: 1, patch: { title: 'Nope' } }, token));
      const missingUpdate = errorOf(await t.gql(UPDATE, { id: MISSING_ID, v: 1, patch: { title: 'Nope' } }, token));
      expect(hiddenUpdate.extensions?.code).toBe('NOT_FOUND');
      expect(hiddenUpdate).toEqual(missingUpdate);
      const hiddenRemove = errorOf(await t.gql(REMOVE, { id: objective.id, v: 1 }, token));
      const missingRemove = errorOf(await t.gql(REMOVE, { id: MISSING_ID, v: 1 }, token));
      expect(hiddenRemove.extensions?.code).toBe('NOT_FOUND');
      expect(hiddenRemove).toEqual(missingRemove);
      expect(errorOf(await t.gql(ADD, { p: planId, input: { title: 'Nope' } }, token)).extensions?.code).toBe('NOT_FOUND');
      expect(await planFootprint(t, planId)).toEqual(before);
    });

    it('answers NOT_FOUND to a malformed id', async () => {
      expect(errorOf(await t.gql(UPDATE, { id: 'abc', v: 1, patch: { title: 'x' } }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(REMOVE, { id: 'abc', v: 1 }, planner)).extensions?.code).toBe('NOT_FOUND');
      expect(errorOf(await t.gql(ADD, { p: 'abc', input: { title: 'x' } }, planner)).extensions?.code).toBe('NOT_FOUND');
    });

    it('answers UNAUTHENTICATED without a session', async () => {
      expect(errorOf(await t.gql(ADD, { p: planId, input: { title: 'x' } }, null)).extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
