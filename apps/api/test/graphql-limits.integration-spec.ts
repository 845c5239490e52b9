import { startTestApp, wsRequest, type TestApp } from './support/test-app';

/** 12 levels deep: over the limit of 10. `__type` is not exempt from the depth rule. */
const DEEP = `{ __type(name: "User") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`;
const ALIASES = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

describe('GraphQL hardening', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    const agencyId = await t.createAgency('NCSHP');
    await t.createUser('planner@ncshp.example', agencyId, ['PLANNER']);
    token = await t.login('planner@ncshp.example');
  });
  afterAll(() => t.close());

  it('refuses an over-deep query over HTTP with BAD_USER_INPUT', async () => {
    const result = await t.gql(DEEP, {}, token);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0].message).toMatch(/depth limit of 10/);
  });

  it('refuses more than 15 aliases', async () => {
    const result = await t.gql(ALIASES, {}, token);
    expect(result.errors?.[0].message).toMatch(/Aliases limit of 15/);
  });

  it('applies the same limits over WebSocket', async () => {
    const client = t.wsClient(token);
    const deep = await wsRequest(client, DEEP);
    expect(deep.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(deep.errors?.[0].message).toMatch(/depth limit of 10/);
    const aliases = await wsRequest(client, ALIASES);
    expect(aliases.errors?.[0].message).toMatch(/Aliases limit of 15/);
  });

  it('gives no field suggestions in errors', async () => {
    const result = await t.gql(`{ me { emial } }`, {}, token);
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses a request body over 1 MB', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('allows introspection outside production', async () => {
    const result = await t.gql(`{ __schema { queryType { name } } }`, {}, token);
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });

  it('names the field of an over-long input string', async () => {
    const result = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: 'a'.repeat(300), p: 'x' });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('GraphQL hardening in production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ production: true });
  });
  afterAll(() => t.close());

  it('turns introspection off', async () => {
    const result = await t.gql(`{ __schema { queryType { name } } }`);
    expect(result.data?.__schema).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unexpected failure with INTERNAL_SERVER_ERROR and no internals', async () => {
    // A broken database is the simplest unexpected failure: the SQL must not reach the client.
    await t.db.query(`ALTER TABLE login_throttle RENAME TO login_throttle_gone`);
    try {
      const result = await t.gql(`mutation { login(email: "a@b.example", password: "whatever-long") { token } }`);
      expect(result.errors?.[0]).toEqual({ message: 'Internal server error', path: ['login'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(result)).not.toMatch(/login_throttle|relation|stack/i);
    } finally {
      await t.db.query(`ALTER TABLE login_throttle_gone RENAME TO login_throttle`);
    }
  });
});
