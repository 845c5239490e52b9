import { checkRoles } from './role-combinations';
import { Role, ROLES, signerAgenciesChanged } from './roles';

describe('role combinations', () => {
  it.each([
    [[Role.PLANNER]],
    [[Role.AGENCY_LEAD, Role.PLANNER]],
    [[Role.OFFICER, Role.AGENCY_LEAD]],
    [[Role.OVERSIGHT]],
    [[Role.ADMIN]],
    [[Role.ADMIN, Role.OVERSIGHT]],
  ])('allows %j', (roles) => {
    expect(checkRoles('input.roles', roles)).toBeNull();
  });

  it.each([
    [[Role.OVERSIGHT, Role.PLANNER], 'Oversight cannot be combined with Planner, Agency lead or Officer.'],
    [[Role.OVERSIGHT, Role.AGENCY_LEAD], 'Oversight cannot be combined with Planner, Agency lead or Officer.'],
    [[Role.OFFICER, Role.OVERSIGHT], 'Oversight cannot be combined with Planner, Agency lead or Officer.'],
    [[Role.ADMIN, Role.PLANNER], 'Administrator cannot be combined with Planner, Agency lead or Officer.'],
    [[Role.ADMIN, Role.OFFICER], 'Administrator cannot be combined with Planner, Agency lead or Officer.'],
    [[Role.ADMIN, Role.OVERSIGHT, Role.AGENCY_LEAD], 'Oversight cannot be combined with Planner, Agency lead or Officer.'],
    [ROLES, 'Oversight cannot be combined with Planner, Agency lead or Officer.'],
  ])('refuses %j naming the field', (roles, message) => {
    expect(checkRoles('input.roles', roles)).toEqual({ field: 'input.roles', message });
  });

  it('wants at least one known role', () => {
    expect(checkRoles('input.roles', [])?.message).toBe('Give the user at least one role.');
    expect(checkRoles('input.roles', null)?.message).toBe('Give the user at least one role.');
    expect(checkRoles('input.roles', ['SUPERUSER'])?.message).toBe('Unknown role.');
  });
});

describe('signerAgenciesChanged', () => {
  const lead = { agencyId: 'wcso', roles: [Role.AGENCY_LEAD], active: true };
  it('names the agency that gained or lost an active lead, and nothing when who can sign is the same', () => {
    expect(signerAgenciesChanged(null, lead)).toEqual(['wcso']);
    expect(signerAgenciesChanged(lead, { ...lead, active: false })).toEqual(['wcso']);
    expect(signerAgenciesChanged({ ...lead, active: false }, lead)).toEqual(['wcso']);
    expect(signerAgenciesChanged(lead, { ...lead, roles: [Role.PLANNER] })).toEqual(['wcso']);
    expect(signerAgenciesChanged(lead, { ...lead, agencyId: 'cbp' })).toEqual(['wcso', 'cbp']);
    expect(signerAgenciesChanged(lead, { ...lead, roles: [Role.AGENCY_LEAD, Role.PLANNER] })).toEqual([]);
    expect(signerAgenciesChanged(null, { ...lead, roles: [Role.OFFICER] })).toEqual([]);
    expect(signerAgenciesChanged({ ...lead, active: false }, { ...lead, active: false, agencyId: 'cbp' })).toEqual([]);
  });
});
