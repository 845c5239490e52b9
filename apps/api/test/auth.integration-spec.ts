import { TEST_PASSWORD, startTestApp, type TestApp } from './support/test-app';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { id email displayName roles agency { shortName level } } }
}`;
const ME = `{ me { id email displayName roles agency { id shortName } } }`;

describe('sign-in and sessions', () => {
  let t: TestApp;
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp();
    agencyId = await t.createAgency('NCSHP');
    await t.createUser('planner@ncshp.example', agencyId, ['PLANNER']);
  });
  afterAll(() => t.close());

  const securityEvents = async (email: string) =>
    (await t.db.query(`SELECT type FROM security_events WHERE email = $1 ORDER BY id`, [email])).map((row: { type: string }) => row.type);

  it('signs in with the right password and returns a session token and the user', async () => {
    const result = await t.gql(LOGIN, { email: 'Planner@NCSHP.example', password: TEST_PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(result.data?.login.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.data?.login.user).toMatchObject({ email: 'planner@ncshp.example', roles: ['PLANNER'], agency: { shortName: 'NCSHP', level: 'STATE' } });
    const expiresIn = Date.parse(result.data?.login.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(29 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(30 * 60_000);
  });

  it('stores only the SHA-256 of the token', async () => {
    const token = await t.login('planner@ncshp.example');
    const rows = await t.db.query(`SELECT token_hash FROM sessions`);
    expect(rows.some((row: { token_hash: string }) => row.token_hash === token)).toBe(false);
    expect(rows.every((row: { token_hash: string }) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);
  });

  it('refuses a wrong password with UNAUTHENTICATED and logs the failure', async () => {
    const result = await t.gql(LOGIN, { email: 'planner@ncshp.example', password: 'not-the-password' });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toBe('Email or password is incorrect.');
    expect(await securityEvents('planner@ncshp.example')).toContain('LOGIN_FAILED');
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const result = await t.gql(LOGIN, { email: 'nobody@nowhere.example', password: TEST_PASSWORD });
    expect(result.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('locks the account for 15 minutes after 5 failures within 15 minutes, even for the right password', async () => {
    const email = 'locked@ncshp.example';
    await t.createUser(email, agencyId, ['OFFICER']);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = await t.gql(LOGIN, { email, password: 'wrong-password-123' });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const fifth = await t.gql(LOGIN, { email, password: 'wrong-password-123' });
    expect(fifth.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(fifth.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(14 * 60);

    const right = await t.gql(LOGIN, { email, password: TEST_PASSWORD });
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(right.errors?.[0].message).toMatch(/locked; try again in 15 minutes/);
    expect(await securityEvents(email)).toEqual([...Array(5).fill('LOGIN_FAILED'), 'ACCOUNT_LOCKED', 'LOGIN_REFUSED_LOCKED']);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [email])).toEqual([{ n: 0 }]);

    // Once the lock has run out, the right password works again.
    await t.db.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE email = $1`, [email]);
    expect((await t.gql(LOGIN, { email, password: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('does not lock when the failures are spread over more than 15 minutes', async () => {
    const email = 'spread@ncshp.example';
    await t.createUser(email, agencyId, ['OFFICER']);
    for (let attempt = 1; attempt <= 4; attempt++) await t.gql(LOGIN, { email, password: 'wrong-password-123' });
    await t.db.query(`UPDATE login_throttle SET window_started_at = now() - interval '16 minutes' WHERE email = $1`, [email]);
    const result = await t.gql(LOGIN, { email, password: 'wrong-password-123' });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks unknown emails too, so the lockout does not reveal which accounts exist', async () => {
    let last;
    for (let attempt = 1; attempt <= 5; attempt++) last = await t.gql(LOGIN, { email: 'ghost@nowhere.example', password: 'wrong-password-123' });
    expect(last?.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('answers me for a valid token and slides the idle timeout on every request', async () => {
    const token = await t.login('planner@ncshp.example');
    await t.db.query(`UPDATE sessions SET idle_expires_at = now() + interval '5 minutes' WHERE revoked_at IS NULL`);
    const result = await t.gql(ME, {}, token);
    expect(result.data?.me).toMatchObject({ email: 'planner@ncshp.example', agency: { id: agencyId, shortName: 'NCSHP' } });
    const [session] = await t.db.query(`SELECT idle_expires_at - now() AS left FROM sessions ORDER BY last_seen_at DESC LIMIT 1`);
    expect(session.left.minutes).toBeGreaterThanOrEqual(29);
  });

  it('never slides a session past its 12-hour absolute lifetime', async () => {
    const token = await t.login('planner@ncshp.example');
    await t.db.query(`UPDATE sessions SET absolute_expires_at = now() + interval '2 minutes' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect((await t.gql(ME, {}, token)).errors).toBeUndefined();
    const [row] = await t.db.query(`SELECT idle_expires_at <= absolute_expires_at AS capped FROM sessions WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect(row.capped).toBe(true);
    await t.db.query(`UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect((await t.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an idle-expired session with UNAUTHENTICATED', async () => {
    const token = await t.login('planner@ncshp.example');
    await t.db.query(`UPDATE sessions SET idle_expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    const result = await t.gql(ME, {}, token);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.errors?.[0].message).toMatch(/expired/);
  });

  it('refuses a request with no token or a made-up token', async () => {
    expect((await t.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, 'made-up-token')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the token at once and is logged', async () => {
    const token = await t.login('planner@ncshp.example');
    expect((await t.gql(`mutation { logout }`, {}, token)).data).toEqual({ logout: true });
    expect((await t.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await securityEvents('planner@ncshp.example')).toContain('LOGOUT');
  });

  it('keeps the security log append-only', async () => {
    await expect(t.db.query(`UPDATE security_events SET type = 'X'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM security_events`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`TRUNCATE security_events`)).rejects.toThrow(/append-only/);
  });
});
