import { planFootprint } from './support/task-force';
import { startMedium, violationsOf, type MediumApp } from './support/medium';
import type { CommsChannelInput, CommsChannelPatch } from '../src/modules/comms/dto/comms-channel.input';
import { CommsService } from '../src/modules/comms/comms.service';
import type { ResourceCommitmentInput, ResourceCommitmentPatch } from '../src/modules/resources/dto/resource-commitment.input';
import { ResourcesService } from '../src/modules/resources/resources.service';

/**
 * The input limits of resource commitments and comms channels (lengths, required fields, quantity
 * range), checked on the services over a real database: the refusal names the field and says why,
 * and nothing of the plan changes. resources-comms.integration-spec.ts proves the GraphQL shape once.
 */
describe('resources and comms input limits (medium: services on a real database)', () => {
  let m: MediumApp;
  let planId: string;
  let resource: { id: string; version: number };
  let channel: { id: string; version: number };
  beforeAll(async () => {
    m = await startMedium();
    planId = await m.createPlan({ title: 'Resource and comms validation' });
    resource = await m.get(ResourcesService).add(m.users.ncshpPlanner, planId, { agencyId: m.agencies.ncshp, kind: 'Officers', quantity: 12 });
    channel = await m.get(CommsService).add(m.users.ncshpPlanner, planId, { name: 'Command net', details: 'CMD-1' });
  });
  afterAll(() => m.close());

  const expectRefused = async (call: () => Promise<unknown>, field: string, message: string) => {
    const before = await planFootprint(m, planId);
    expect(await violationsOf(call())).toEqual([{ field, message }]);
    expect(await planFootprint(m, planId)).toEqual(before);
  };

  describe('resource commitments', () => {
    it.each<[string, Partial<ResourceCommitmentInput>, string, string]>([
      ['an empty kind', { kind: '' }, 'input.kind', 'Kind is required.'],
      ['a 201-character kind', { kind: 'k'.repeat(201) }, 'input.kind', 'Kind must be at most 200 characters.'],
      ['a negative quantity', { quantity: -1 }, 'input.quantity', 'Quantity must be a whole number, 0 or more.'],
      ['20,001-character notes', { notes: 'n'.repeat(20_001) }, 'input.notes', 'Notes must be at most 20,000 characters.'],
    ])('add refuses %s', (_case, input, field, message) =>
      expectRefused(() => m.get(ResourcesService).add(m.users.ncshpPlanner, planId, { agencyId: m.agencies.ncshp, kind: 'Officers', quantity: 1, ...input }), field, message),
    );

    it.each<[string, ResourceCommitmentPatch, string, string]>([
      ['an empty kind', { kind: '' }, 'patch.kind', 'Kind is required.'],
      ['a 201-character kind', { kind: 'k'.repeat(201) }, 'patch.kind', 'Kind must be at most 200 characters.'],
      ['a negative quantity', { quantity: -5 }, 'patch.quantity', 'Quantity must be a whole number, 0 or more.'],
      ['20,001-character notes', { notes: 'n'.repeat(20_001) }, 'patch.notes', 'Notes must be at most 20,000 characters.'],
    ])('update refuses %s', (_case, patch, field, message) =>
      expectRefused(() => m.get(ResourcesService).update(m.users.ncshpPlanner, resource.id, resource.version, patch), field, message),
    );
  });

  describe('comms channels', () => {
    it.each<[string, Partial<CommsChannelInput>, string, string]>([
      ['an empty name', { name: '' }, 'input.name', 'Name is required.'],
      ['a 201-character name', { name: 'n'.repeat(201) }, 'input.name', 'Name must be at most 200 characters.'],
      ['empty details', { details: '  ' }, 'input.details', 'Details is required.'],
      ['20,001-character details', { details: 'd'.repeat(20_001) }, 'input.details', 'Details must be at most 20,000 characters.'],
      ['a 20,001-character purpose', { purpose: 'p'.repeat(20_001) }, 'input.purpose', 'Purpose must be at most 20,000 characters.'],
    ])('add refuses %s', (_case, input, field, message) =>
      expectRefused(() => m.get(CommsService).add(m.users.ncshpPlanner, planId, { name: 'Net', details: 'CMD-1', ...input }), field, message),
    );

    it.each<[string, CommsChannelPatch, string, string]>([
      ['an empty name', { name: '' }, 'patch.name', 'Name is required.'],
      ['a 201-character name', { name: 'n'.repeat(201) }, 'patch.name', 'Name must be at most 200 characters.'],
      ['empty details', { details: '' }, 'patch.details', 'Details is required.'],
      ['20,001-character details', { details: 'd'.repeat(20_001) }, 'patch.details', 'Details must be at most 20,000 characters.'],
      ['a 20,001-character purpose', { purpose: 'p'.repeat(20_001) }, 'patch.purpose', 'Purpose must be at most 20,000 characters.'],
    ])('update refuses %s', (_case, patch, field, message) =>
      expectRefused(() => m.get(CommsService).update(m.users.ncshpPlanner, channel.id, channel.version, patch), field, message),
    );
  });
});
