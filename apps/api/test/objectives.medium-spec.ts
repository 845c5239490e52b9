import { randomIds, planFootprint } from './support/task-force';
import { startMedium, violationsOf, type MediumApp } from './support/medium';
import { ObjectivesService } from '../src/modules/objectives/objectives.service';
import type { ObjectiveInput, ObjectivePatch } from '../src/modules/objectives/dto/objective.input';
import { RolesService } from '../src/modules/roles/roles.service';

/**
 * The input limits of objectives (and of a role's objective list), checked on the services over a
 * real database: the refusal names the field and says why, and nothing of the plan changes. The
 * GraphQL shape of such a refusal is proven once, end to end, in objectives.integration-spec.ts.
 */
describe('objectives input limits (medium: services on a real database)', () => {
  let m: MediumApp;
  let planId: string;
  let objective: { id: string; version: number };
  beforeAll(async () => {
    m = await startMedium();
    planId = await m.createPlan({ title: 'Objective validation' });
    objective = await m.get(ObjectivesService).add(m.users.ncshpPlanner, planId, { title: 'First' });
  });
  afterAll(() => m.close());

  it.each<[string, ObjectiveInput, string, string]>([
    ['an empty title', { title: '' }, 'input.title', 'Title is required.'],
    ['a blank title', { title: '   ' }, 'input.title', 'Title is required.'],
    ['a 201-character title', { title: 'x'.repeat(201) }, 'input.title', 'Title must be at most 200 characters.'],
    ['a 20,001-character description', { title: 'ok', description: 'd'.repeat(20_001) }, 'input.description', 'Description must be at most 20,000 characters.'],
    ['20,001-character success criteria', { title: 'ok', successCriteria: 's'.repeat(20_001) }, 'input.successCriteria', 'Success criteria must be at most 20,000 characters.'],
  ])('add refuses %s', async (_case, input, field, message) => {
    const before = await planFootprint(m, planId);
    expect(await violationsOf(m.get(ObjectivesService).add(m.users.ncshpPlanner, planId, input))).toEqual([{ field, message }]);
    expect(await planFootprint(m, planId)).toEqual(before);
  });

  it.each<[string, ObjectivePatch, string, string]>([
    ['an empty title', { title: '' }, 'patch.title', 'Title is required.'],
    ['a 201-character title', { title: 'x'.repeat(201) }, 'patch.title', 'Title must be at most 200 characters.'],
    ['a 20,001-character description', { description: 'd'.repeat(20_001) }, 'patch.description', 'Description must be at most 20,000 characters.'],
    ['20,001-character success criteria', { successCriteria: 's'.repeat(20_001) }, 'patch.successCriteria', 'Success criteria must be at most 20,000 characters.'],
  ])('update refuses %s', async (_case, patch, field, message) => {
    const before = await planFootprint(m, planId);
    expect(await violationsOf(m.get(ObjectivesService).update(m.users.ncshpPlanner, objective.id, objective.version, patch))).toEqual([{ field, message }]);
    expect(await planFootprint(m, planId)).toEqual(before);
  });

  it('refuses more than 500 objective ids in a role', async () => {
    const before = await planFootprint(m, planId);
    const input = { agencyId: m.agencies.ncshp, title: 'Commander', objectiveIds: randomIds(501) };
    expect(await violationsOf(m.get(RolesService).add(m.users.ncshpPlanner, planId, input))).toEqual([{ field: 'input.objectiveIds', message: 'Objectives may hold at most 500 items.' }]);
    expect(await planFootprint(m, planId)).toEqual(before);
  });
});
