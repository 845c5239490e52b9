import { checkRoles } from '@jointops/domain';
import { DEMO_USERS } from '../src/database/seed/demo-data';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Security test, issue 11, finding 5: an ADMIN created an account with ADMIN + OVERSIGHT +
 * AGENCY_LEAD, which then read every plan and edited one. OVERSIGHT is never combined with
 * PLANNER, AGENCY_LEAD or OFFICER; ADMIN never with those member roles; every grant is logged
 * with who made it.
 */
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email roles } }`;

describe('role combinations and role grants', () => {
  let t: TestApp;
  let agencyId: string;
  let adminId: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    agencyId = await t.createAgency('OLEO');
    adminId = await t.createUser('admin@oleo.example', agencyId, ['ADMIN']);
    admin = await t.login('admin@oleo.example');
  });
  afterAll(() => t.close());

  const input = (email: string, roles: string[]) => ({ email, displayName: 'Someone', agencyId, roles, password: 'a-long-enough-passphrase' });
  const count = async (sql: string, params: unknown[] = []) => (await t.db.query(sql, params))[0].n as number;

  it.each([
    [['ADMIN', 'OVERSIGHT', 'AGENCY_LEAD']],
    [['OVERSIGHT', 'PLANNER']],
    [['OVERSIGHT', 'AGENCY_LEAD']],
    [['OVERSIGHT', 'OFFICER']],
    [['ADMIN', 'PLANNER']],
    [['ADMIN', 'AGENCY_LEAD']],
    [['ADMIN', 'OFFICER']],
    [['ADMIN', 'PLANNER', 'AGENCY_LEAD', 'OFFICER', 'OVERSIGHT']],
  ])('refuses to create an account with %j: BAD_USER_INPUT naming input.roles, nothing written or logged', async (roles) => {
    const users = await count(`SELECT count(*)::int AS n FROM users`);
    const events = await count(`SELECT count(*)::int AS n FROM security_events`);
    const result = await t.gql(CREATE_USER, { input: input(`combo-${roles.join('-').toLowerCase()}@oleo.example`, roles) }, admin);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roles' });
    expect(result.errors?.[0].message).toMatch(/cannot be combined with Planner, Agency lead or Officer/);
    expect(await count(`SELECT count(*)::int AS n FROM users`)).toBe(users);
    expect(await count(`SELECT count(*)::int AS n FROM security_events`)).toBe(events);
  });

  it.each([[['PLANNER', 'AGENCY_LEAD']], [['ADMIN', 'OVERSIGHT']], [['OVERSIGHT']]])('creates an account with %j', async (roles) => {
    const result = await t.gql(CREATE_USER, { input: input(`ok-${roles.join('-').toLowerCase()}@oleo.example`, roles) }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createUser.roles).toEqual(roles);
  });

  it('writes every role grant to the security log with who made it, in the same transaction as the account', async () => {
    const result = await t.gql(CREATE_USER, { input: input('granted@oleo.example', ['OFFICER', 'PLANNER']) }, admin);
    const created = result.data?.createUser;
    const [grant] = await t.db.query(`SELECT user_id, email, detail FROM security_events WHERE type = 'ROLES_GRANTED' AND email = $1`, ['granted@oleo.example']);
    expect(grant).toEqual({
      user_id: adminId,
      email: 'granted@oleo.example',
      detail: { targetUserId: created.id, agencyId, roles: ['OFFICER', 'PLANNER'], previousRoles: [], source: 'createUser' },
    });
  });

  it('keeps the rule in the database too, for any writer that skips the service', async () => {
    await expect(
      t.db.query(`INSERT INTO users (email, display_name, agency_id, roles, password_hash) VALUES ('raw@oleo.example', 'Raw', $1, ARRAY['ADMIN', 'OFFICER'], 'x')`, [agencyId]),
    ).rejects.toThrow(/users_roles_combination/);
    await expect(
      t.db.query(`UPDATE users SET roles = ARRAY['OVERSIGHT', 'AGENCY_LEAD'] WHERE email = 'ok-oversight@oleo.example'`),
    ).rejects.toThrow(/users_roles_combination/);
  });

  it('gives no demo account a forbidden combination', () => {
    for (const user of DEMO_USERS) expect(checkRoles('roles', user.roles)).toBeNull();
  });
});
