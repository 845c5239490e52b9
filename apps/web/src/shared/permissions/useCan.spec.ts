import { permissionPlan, permissionUser, planCan } from './useCan';

const plan = { leadAgency: { id: 'ncshp' }, agencies: [{ id: 'ncshp' }, { id: 'cbp' }], status: 'ACTIVE' };

describe('the web adapters of can', () => {
  it('turn the shapes the web loads into the ones can reads', () => {
    expect(permissionPlan(plan)).toEqual({ leadAgencyId: 'ncshp', agencyIds: ['ncshp', 'cbp'], status: 'ACTIVE' });
    expect(permissionPlan({ agencies: [{ id: 'cbp' }] })).toEqual({ leadAgencyId: null, agencyIds: ['cbp'], status: undefined });
    expect(permissionUser({ id: 'u1', roles: ['OFFICER'], agency: { id: 'cbp' } })).toEqual({ id: 'u1', roles: ['OFFICER'], agencyId: 'cbp' });
  });

  it('answer who and when together, who alone with .who, and membership', () => {
    const officer = planCan({ id: 'u1', roles: ['OFFICER'], agencyId: 'cbp' }, plan);
    expect(officer.member).toBe(true);
    expect(officer('activity.log')).toBe(true);
    expect(officer('debrief.save')).toBe(true);
    expect(officer('plan.editContent')).toBe(false);

    const lead = planCan({ id: 'u2', roles: ['AGENCY_LEAD'], agencyId: 'ncshp' }, { ...plan, status: 'IN_REVIEW' });
    expect(lead('plan.activate')).toBe(false);
    expect(lead.who('plan.activate')).toBe(true);

    const oversight = planCan({ id: 'u3', roles: ['OVERSIGHT'], agencyId: 'ig' }, plan);
    expect(oversight.member).toBe(false);
    expect(oversight('activity.log')).toBe(false);
    expect(oversight.who('plan.read')).toBe(true);
  });
});
