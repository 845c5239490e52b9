import { startTestApp, wsRequest, type TestApp } from './support/test-app';

const ME = `{ me { email agency { shortName } } }`;

function closeCode(t: TestApp, token: string | null, origin?: string): Promise<number> {
  const client = t.wsClient(token, { origin });
  return new Promise((resolve) => {
    client.on('closed', (event) => resolve((event as { code: number }).code));
    client.subscribe({ query: ME }, { next: () => undefined, error: () => undefined, complete: () => undefined });
  });
}

describe('graphql-ws on /graphql', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const agencyId = await t.createAgency('CBP', 'FEDERAL');
    await t.createUser('maria.lopez@cbp.example', agencyId, ['PLANNER']);
  });
  afterAll(() => t.close());

  it('authenticates from connectionParams.authorization and answers operations', async () => {
    const token = await t.login('maria.lopez@cbp.example');
    const result = await wsRequest(t.wsClient(token), ME);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: { email: 'maria.lopez@cbp.example', agency: { shortName: 'CBP' } } });
  });

  it('closes with 4403 when no token is given', async () => {
    expect(await closeCode(t, null)).toBe(4403);
  });

  it('closes with 4403 for an unknown token', async () => {
    expect(await closeCode(t, 'not-a-real-token')).toBe(4403);
  });

  it('closes with 4403 for an expired session', async () => {
    const token = await t.login('maria.lopez@cbp.example');
    await t.db.query(`UPDATE sessions SET idle_expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect(await closeCode(t, token)).toBe(4403);
  });

  it('closes the sockets of a session at once when it logs out', async () => {
    const token = await t.login('maria.lopez@cbp.example');
    const client = t.wsClient(token, { lazy: false });
    await wsRequest(client, ME);
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    await t.gql(`mutation { logout }`, {}, token);
    expect(await closed).toBe(4403);
  });

  it('refuses a handshake from a foreign browser origin', async () => {
    const token = await t.login('maria.lopez@cbp.example');
    const code = await closeCode(t, token, 'https://evil.example');
    expect(code).not.toBe(1000);
    expect(code).toBeGreaterThanOrEqual(1000);
  });

  it('accepts a handshake from the server own origin', async () => {
    const token = await t.login('maria.lopez@cbp.example');
    const result = await wsRequest(t.wsClient(token, { origin: t.url }), ME);
    expect(result.data?.me.email).toBe('maria.lopez@cbp.example');
  });
});
