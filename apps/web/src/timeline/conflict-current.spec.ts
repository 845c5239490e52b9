import { currentRelations } from './conflict-current';

describe("currentRelations (the server's current event in a CONFLICT)", () => {
  it("reads the entity's ids", () => {
    expect(currentRelations({ agencyId: 'a-1', placeId: 'p-1', dependsOnIds: ['e-1', 'e-2'] })).toEqual({ agencyId: 'a-1', placeId: 'p-1', dependsOnIds: ['e-1', 'e-2'] });
  });

  it("reads GraphQL's objects", () => {
    expect(currentRelations({ agency: { id: 'a-1' }, place: { id: 'p-1' }, dependsOn: [{ id: 'e-1' }] })).toEqual({ agencyId: 'a-1', placeId: 'p-1', dependsOnIds: ['e-1'] });
  });

  it('tells none (null) from not carried (undefined), and drops a dependency list that is not all ids', () => {
    expect(currentRelations({ agencyId: null, place: null, dependsOnIds: [] })).toEqual({ agencyId: null, placeId: null, dependsOnIds: [] });
    expect(currentRelations({ dependsOnIds: ['e-1', 7] })).toEqual({ agencyId: undefined, placeId: undefined, dependsOnIds: undefined });
  });
});
