import { hasMyWork, landingPath } from './landing';

const user = (...roles: string[]) => ({ id: 'u1', roles, agency: { id: 'a1' } });

describe('landing page', () => {
  it.each([
    [['ADMIN'], '/admin'],
    [['OVERSIGHT'], '/oversight'],
    [['PLANNER'], '/home'],
    [['AGENCY_LEAD'], '/home'],
    [['OFFICER'], '/home'],
    [['PLANNER', 'OFFICER'], '/home'],
  ])('sends %j to %s', (roles, path) => {
    expect(landingPath(user(...roles))).toBe(path);
  });

  it('gives My work only to members', () => {
    expect(hasMyWork(user('ADMIN'))).toBe(false);
    expect(hasMyWork(user('OVERSIGHT'))).toBe(false);
    expect(hasMyWork(user('OFFICER'))).toBe(true);
  });
});
