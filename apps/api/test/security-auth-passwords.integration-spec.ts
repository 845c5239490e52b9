import { DEMO_PASSWORD } from '@jointops/domain/passwords';
import { APP_CONFIG, type AppConfig } from '../src/core/config/app-config';
import { SeedService } from '../src/database/seed/seed.service';
import { UsersService } from '../src/modules/users/users.service';
import { TEST_PASSWORD, startTestApp, type TestApp } from './support/test-app';

/**
 * Security test, issue 11, finding 15: "111111111111", twelve spaces, "passwordpassword" and the
 * public demo password were accepted. Passwords follow NIST SP 800-63B: at least 12 characters,
 * not common, breached, repetitive or sequential, never the demo password outside the demo seed.
 */
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email } }`;

describe('password policy', () => {
  let t: TestApp;
  let agencyId: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    agencyId = await t.createAgency('NCSHP');
    await t.createUser('admin@ncshp.example', agencyId, ['ADMIN']);
    admin = await t.login('admin@ncshp.example');
  });
  afterAll(() => t.close());

  const users = async () => (await t.db.query(`SELECT count(*)::int AS n FROM users`))[0].n as number;
  const create = (email: string, password: string) =>
    t.gql(CREATE_USER, { input: { email, displayName: 'New Officer', agencyId, roles: ['OFFICER'], password } }, admin);

  it.each([
    ['111111111111', /repeats or follows a sequence/],
    [' '.repeat(12), /repeats or follows a sequence/],
    ['passwordpassword', /repeats or follows a sequence/],
    ['123456789012', /repeats or follows a sequence/],
    ['qwertyuiopas', /repeats or follows a sequence/],
    ['P@ssw0rd2024!', /too common/],
    ['iloveyou123456', /too common/],
    ['administrator', /too common/],
    [DEMO_PASSWORD, /public demo password/],
    ['JointOps-Demo-2026!', /public demo password/],
    ['elevenchars', /at least 12 characters/],
  ])('refuses %j with BAD_USER_INPUT naming input.password and writes nothing', async (password, message) => {
    const before = await users();
    const result = await create('refused@ncshp.example', password);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await users()).toBe(before);
  });

  it.each([TEST_PASSWORD, 'long enough passphrase', 'my cat eats 3 lemons'])('accepts %j, with no composition rules, and the account signs in', async (password) => {
    const email = `ok-${(await users()) + 1}@ncshp.example`;
    const result = await create(email, password);
    expect(result.errors).toBeUndefined();
    await expect(t.login(email, password)).resolves.toBeTruthy();
  });

  it('lets only the demo seed, outside production, use the demo password', async () => {
    const service = t.app.get(UsersService);
    const demo = { email: 'demo@ncshp.example', displayName: 'Demo', agencyId, roles: ['PLANNER' as const], password: DEMO_PASSWORD };
    await expect(service.insert(demo)).rejects.toMatchObject({ violations: [{ field: 'password', message: expect.stringMatching(/public demo password/) }] });
    await expect(service.insert(demo, { allowDemoPassword: true })).resolves.toMatchObject({ email: 'demo@ncshp.example' });
  });

  it('refuses the demo password for the JOINTOPS_ADMIN_* bootstrap account in production', async () => {
    const config = t.app.get<AppConfig>(APP_CONFIG);
    const saved = { ...config };
    Object.assign(config, { production: true, adminEmail: 'it@agency.example', adminPassword: DEMO_PASSWORD });
    try {
      await expect(t.app.get(SeedService).run()).rejects.toMatchObject({ violations: [{ field: 'JOINTOPS_ADMIN_password' }] });
      expect(await t.db.query(`SELECT email FROM users WHERE email = 'it@agency.example'`)).toEqual([]);

      Object.assign(config, { adminPassword: 'a-long-production-passphrase' });
      await expect(t.app.get(SeedService).run()).resolves.toMatchObject({ adminCreated: 'it@agency.example' });
      const [grant] = await t.db.query(`SELECT user_id, detail FROM security_events WHERE type = 'ROLES_GRANTED' AND email = 'it@agency.example'`);
      expect(grant).toMatchObject({ user_id: null, detail: { roles: ['ADMIN'], source: 'JOINTOPS_ADMIN_EMAIL' } });
    } finally {
      Object.assign(config, saved);
    }
  });
});
