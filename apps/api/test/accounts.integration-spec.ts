import { startTestApp, type TestApp } from './support/test-app';

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id name shortName level } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email displayName roles agency { id shortName } } }`;

describe('agencies and accounts', () => {
  let t: TestApp;
  let agencyId: string;
  let admin: string;
  let planner: string;

  beforeAll(async () => {
    t = await startTestApp();
    agencyId = await t.createAgency('NCSHP');
    await t.createUser('admin@ncshp.example', agencyId, ['ADMIN']);
    await t.createUser('planner@ncshp.example', agencyId, ['PLANNER']);
    admin = await t.login('admin@ncshp.example');
    planner = await t.login('planner@ncshp.example');
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  describe('createAgency', () => {
    it('lets an ADMIN create an agency, logged in the security log', async () => {
      const result = await t.gql(CREATE_AGENCY, { input: { name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' } }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data?.createAgency).toMatchObject({ shortName: 'CBP', level: 'FEDERAL' });
      const [event] = await t.db.query(`SELECT detail FROM security_events WHERE type = 'AGENCY_CREATED'`);
      expect(event.detail.shortName).toBe('CBP');
    });

    it('refuses anyone without ADMIN with FORBIDDEN, writes nothing and logs the refusal', async () => {
      const before = await count('agencies');
      const result = await t.gql(CREATE_AGENCY, { input: { name: 'Tribal Police', shortName: 'TP', level: 'TRIBAL' } }, planner);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await count('agencies')).toBe(before);
      expect((await t.db.query(`SELECT detail FROM security_events WHERE type = 'ACCESS_DENIED'`))[0].detail.operation).toBe('createAgency');
    });

    it('refuses without a session with UNAUTHENTICATED', async () => {
      const result = await t.gql(CREATE_AGENCY, { input: { name: 'Tribal Police', shortName: 'TP', level: 'TRIBAL' } });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it.each([
      [{ name: '', shortName: 'X1', level: 'LOCAL' }, 'input.name'],
      [{ name: 'x'.repeat(201), shortName: 'X2', level: 'LOCAL' }, 'input.name'],
      [{ name: 'Valid name', shortName: 'S'.repeat(33), level: 'LOCAL' }, 'input.shortName'],
      [{ name: 'ncshp agency', shortName: 'NEW', level: 'STATE' }, 'input.name'],
      [{ name: 'Another', shortName: 'ncshp', level: 'STATE' }, 'input.shortName'],
    ])('refuses %j with BAD_USER_INPUT naming %s and writes nothing', async (input, field) => {
      const before = await count('agencies');
      const result = await t.gql(CREATE_AGENCY, { input }, admin);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('agencies')).toBe(before);
    });

    it('refuses an unknown level as bad input', async () => {
      const result = await t.gql(CREATE_AGENCY, { input: { name: 'Odd', shortName: 'ODD', level: 'GALACTIC' } }, admin);
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('createUser', () => {
    const input = (overrides: Record<string, unknown> = {}) => ({
      email: 'new.officer@ncshp.example',
      displayName: 'New Officer',
      agencyId,
      roles: ['OFFICER'],
      password: 'a-long-enough-passphrase',
      ...overrides,
    });

    it('lets an ADMIN create a user who can then sign in; the password is stored as argon2id', async () => {
      const result = await t.gql(CREATE_USER, { input: input() }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data?.createUser).toMatchObject({ email: 'new.officer@ncshp.example', roles: ['OFFICER'], agency: { id: agencyId } });
      const [row] = await t.db.query(`SELECT password_hash FROM users WHERE email = 'new.officer@ncshp.example'`);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      await expect(t.login('new.officer@ncshp.example', 'a-long-enough-passphrase')).resolves.toBeTruthy();
      expect((await t.db.query(`SELECT count(*)::int AS n FROM security_events WHERE type = 'USER_CREATED'`))[0].n).toBe(1);
    });

    it('refuses a non-admin with FORBIDDEN', async () => {
      const result = await t.gql(CREATE_USER, { input: input({ email: 'x@ncshp.example' }) }, planner);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it.each([
      [{ password: 'short' }, 'input.password'],
      [{ password: 'password1234' }, 'input.password'],
      [{ email: 'not-an-email' }, 'input.email'],
      [{ email: 'PLANNER@ncshp.example' }, 'input.email'],
      [{ displayName: '' }, 'input.displayName'],
      [{ displayName: 'd'.repeat(201) }, 'input.displayName'],
      [{ roles: [] }, 'input.roles'],
      [{ agencyId: '00000000-0000-4000-8000-000000000000' }, 'input.agencyId'],
    ])('refuses %j with BAD_USER_INPUT naming %s and writes nothing', async (overrides, field) => {
      const before = await count('users');
      const result = await t.gql(CREATE_USER, { input: input({ email: 'someone.else@ncshp.example', ...overrides }) }, admin);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('users')).toBe(before);
    });
  });

  describe('reading', () => {
    it('lists agencies by name and users, optionally by agency', async () => {
      const agencies = await t.gql(`{ agencies { shortName } }`, {}, planner);
      expect(agencies.data?.agencies.map((a: { shortName: string }) => a.shortName)).toEqual(['NCSHP', 'CBP']);
      // Every account is for ADMIN and OVERSIGHT; others see the agencies of their plans (security-auth-users spec).
      const users = await t.gql(`query($agencyId: ID) { users(agencyId: $agencyId) { email agency { shortName } } }`, { agencyId }, admin);
      expect(users.data?.users.every((u: { agency: { shortName: string } }) => u.agency.shortName === 'NCSHP')).toBe(true);
      expect(users.data?.users.length).toBeGreaterThanOrEqual(2);
    });

    it('never exposes password hashes', async () => {
      const result = await t.gql(`{ me { passwordHash } }`, {}, planner);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
    });
  });
});
