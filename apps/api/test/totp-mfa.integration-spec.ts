import { errorOf, gqlData, seedTaskForce, type TaskForce } from './support/task-force';
import { startTestApp, TEST_PASSWORD, wsRequest, type TestApp } from './support/test-app';
import { enrollTotp, totpCode } from './support/totp';

/**
 * Issue 15, item 1: a TOTP second factor. Enrollment with a QR code and ten recovery codes; a
 * sign-in of such an account answers MFA_REQUIRED with a one-time challenge that completeLogin
 * finishes with a current code (accepted once) or an unused recovery code; failed codes count
 * toward the password lockout. Every bad input answers a clear code and changes nothing.
 */
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token restricted authenticatedAt user { id secondFactor } } }`;
const COMPLETE = `mutation($ch: String!, $c: String) { completeLogin(challenge: $ch, code: $c) { token restricted authenticatedAt user { id email secondFactor } } }`;
const BEGIN = `mutation { beginTotpEnrollment { secret otpauthUri qrSvg } }`;
const CONFIRM = `mutation($c: String!) { confirmTotpEnrollment(code: $c) { codes } }`;
const REAUTH = `mutation($p: String!, $c: String) { reauthenticate(password: $p, code: $c) { token authenticatedAt restricted } }`;
const ME = `{ me { id secondFactor } }`;
const PLANS = `{ plans { edges { node { id } } } }`;

describe('TOTP second factor', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp();
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  /** A fresh account with an authenticator app, and its secret and recovery codes. */
  async function enrolledAccount(email: string): Promise<{ id: string; secret: string; codes: string[] }> {
    const id = await t.createUser(email, force.agencies.cbp, ['PLANNER']);
    const { secret, codes } = await enrollTotp(t, await t.login(email));
    return { id, secret, codes };
  }

  /** Signs in with the password and answers the challenge from the MFA_REQUIRED error. */
  async function challengeFor(email: string): Promise<string> {
    const error = errorOf(await t.gql(LOGIN, { e: email, p: TEST_PASSWORD }, ''));
    expect(error.extensions).toMatchObject({ code: 'MFA_REQUIRED', methods: ['TOTP', 'RECOVERY_CODE'] });
    expect(typeof error.extensions?.challenge).toBe('string');
    return error.extensions?.challenge as string;
  }

  async function sessionsOf(userId: string): Promise<number> {
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [userId]);
    return row.n;
  }

  it('enrolls: a secret, an otpauth URI and an SVG QR code; a wrong or malformed code confirms nothing', async () => {
    const email = 'enroll@cbp.example';
    const id = await t.createUser(email, force.agencies.cbp, ['PLANNER']);
    const token = await t.login(email);
    const begun = (await gqlData(t, BEGIN, {}, token)).beginTotpEnrollment;
    expect(begun.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(begun.otpauthUri).toBe(`otpauth://totp/JointOps:enroll%40cbp.example?issuer=JointOps&secret=${begun.secret}&algorithm=SHA1&digits=6&period=30`);
    expect(begun.qrSvg).toMatch(/^<svg [^>]*viewBox/);

    for (const [code, message] of [
      ['12345', /6-digit/],
      ['abcdef', /6-digit/],
      [totpCode(begun.secret, 5), /does not match/],
    ] as const) {
      const error = errorOf(await t.gql(CONFIRM, { c: code }, token));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
      expect(error.message).toMatch(message);
    }
    expect((await gqlData(t, ME, {}, token)).me.secondFactor).toBe(false);
    const [factor] = await t.db.query(`SELECT secret, confirmed_at FROM totp_factors WHERE user_id = $1`, [id]);
    expect(factor).toEqual({ secret: null, confirmed_at: null });
    const [failed] = await t.db.query(`SELECT count(*)::int AS n FROM security_events WHERE type = 'TOTP_ENROLLMENT_FAILED' AND user_id = $1`, [id]);
    expect(failed.n).toBe(1);

    const codes = (await gqlData(t, CONFIRM, { c: totpCode(begun.secret) }, token)).confirmTotpEnrollment.codes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await gqlData(t, ME, {}, token)).me.secondFactor).toBe(true);
    const stored = await t.db.query(`SELECT code_hash FROM recovery_codes WHERE user_id = $1`, [id]);
    expect(stored).toHaveLength(10);
    expect(stored.map((row: { code_hash: string }) => row.code_hash)).not.toContain(codes[0]);
    // Confirming again without a new enrollment is refused.
    expect(errorOf(await t.gql(CONFIRM, { c: totpCode(begun.secret, 1) }, token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('signs in in two steps; the challenge is single use and a code is accepted once', async () => {
    const email = 'two.steps@cbp.example';
    const account = await enrolledAccount(email);
    const before = await sessionsOf(account.id);
    const challenge = await challengeFor(email);
    expect(await sessionsOf(account.id)).toBe(before);

    const done = (await gqlData(t, COMPLETE, { ch: challenge, c: totpCode(account.secret, 1) }, '')).completeLogin;
    expect(done).toMatchObject({ restricted: false, user: { id: account.id, email, secondFactor: true } });
    expect((await gqlData(t, ME, {}, done.token)).me.id).toBe(account.id);
    const [session] = await t.db.query(`SELECT second_factor, method FROM sessions WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [done.token]);
    expect(session).toEqual({ second_factor: true, method: 'password' });

    // The same challenge again: refused, whatever the code.
    expect(errorOf(await t.gql(COMPLETE, { ch: challenge, c: totpCode(account.secret, 1) }, '')).extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'challenge' });
    // The same code with a new challenge: a replay, refused; so is a code older than the one used.
    const again = await challengeFor(email);
    for (const code of [totpCode(account.secret, 1), totpCode(account.secret)]) {
      expect(errorOf(await t.gql(COMPLETE, { ch: again, c: code }, '')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    }
    expect(await sessionsOf(account.id)).toBe(before + 1);
  });

  it('accepts each recovery code once, in any case and with or without its dash', async () => {
    const email = 'recovery@cbp.example';
    const account = await enrolledAccount(email);
    const code = account.codes[3];
    const signedIn = (await gqlData(t, COMPLETE, { ch: await challengeFor(email), c: ` ${code.toUpperCase().replace('-', '')} ` }, '')).completeLogin;
    expect(signedIn.user.id).toBe(account.id);
    expect(errorOf(await t.gql(COMPLETE, { ch: await challengeFor(email), c: code }, '')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const [used] = await t.db.query(`SELECT detail FROM security_events WHERE type = 'RECOVERY_CODE_USED' AND user_id = $1`, [account.id]);
    expect(used.detail).toEqual({ left: 9 });
  });

  it("refuses another account's code, a missing, expired or made-up challenge, both proofs at once, and a disabled account", async () => {
    const alice = await enrolledAccount('alice@cbp.example');
    const bob = await enrolledAccount('bob@cbp.example');
    const aliceChallenge = await challengeFor('alice@cbp.example');
    expect(errorOf(await t.gql(COMPLETE, { ch: aliceChallenge, c: totpCode(bob.secret, 1) }, '')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errorOf(await t.gql(COMPLETE, { ch: aliceChallenge, c: bob.codes[0] }, '')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errorOf(await t.gql(COMPLETE, { ch: aliceChallenge, c: null }, '')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(
      errorOf(await t.gql(`mutation($ch: String!) { completeLogin(challenge: $ch, code: "123456", passkeyAssertion: "{}") { token } }`, { ch: aliceChallenge }, '')).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errorOf(await t.gql(COMPLETE, { ch: 'made-up', c: totpCode(alice.secret, 1) }, '')).extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'challenge' });
    expect(errorOf(await t.gql(COMPLETE, { ch: 'x'.repeat(500), c: totpCode(alice.secret, 1) }, '')).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });

    await t.db.query(`UPDATE auth_challenges SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [alice.id]);
    expect(errorOf(await t.gql(COMPLETE, { ch: aliceChallenge, c: totpCode(alice.secret, 1) }, '')).extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'challenge' });

    const bobChallenge = await challengeFor('bob@cbp.example');
    await gqlData(t, `mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }`, { id: bob.id }, force.tokens.ncshpAdmin);
    const before = await sessionsOf(bob.id);
    expect(errorOf(await t.gql(COMPLETE, { ch: bobChallenge, c: totpCode(bob.secret, 1) }, '')).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await sessionsOf(bob.id)).toBe(before);
    // Alice's challenges were never used: a session came from none of this.
    expect(await sessionsOf(alice.id)).toBe(1);
  });

  it('counts failed codes toward the password lockout, and a known password does not forgive them', async () => {
    const email = 'guesser@cbp.example';
    const account = await enrolledAccount(email);
    for (let i = 0; i < 3; i += 1) {
      expect(errorOf(await t.gql(COMPLETE, { ch: await challengeFor(email), c: '000000' }, '')).extensions?.code).toBe('BAD_USER_INPUT');
    }
    // Two more failures, after signing in with the password again: the fifth locks the account.
    const challenge = await challengeFor(email);
    expect(errorOf(await t.gql(COMPLETE, { ch: challenge, c: '111111' }, '')).extensions?.code).toBe('BAD_USER_INPUT');
    const locked = errorOf(await t.gql(COMPLETE, { ch: challenge, c: '222222' }, '')).extensions;
    expect(locked).toMatchObject({ code: 'RATE_LIMITED' });
    // Locked: neither the right code nor the password gets in.
    expect(errorOf(await t.gql(COMPLETE, { ch: challenge, c: totpCode(account.secret, 1) }, '')).extensions?.code).toBe('RATE_LIMITED');
    expect(errorOf(await t.gql(LOGIN, { e: email, p: TEST_PASSWORD }, '')).extensions?.code).toBe('RATE_LIMITED');
    const [locks] = await t.db.query(`SELECT count(*)::int AS n FROM security_events WHERE type = 'ACCOUNT_LOCKED' AND user_id = $1`, [account.id]);
    expect(locks.n).toBe(1);
  });

  it('re-authenticates with the password and a code, restarting the signature window; wrong input changes nothing', async () => {
    const email = 'signer@cbp.example';
    const account = await enrolledAccount(email);
    // Signed in with a recovery code, so the next TOTP step is still unused.
    const token = (await gqlData(t, COMPLETE, { ch: await challengeFor(email), c: account.codes[0] }, '')).completeLogin.token as string;
    await t.db.query(`UPDATE sessions SET authenticated_at = now() - interval '1 hour' WHERE user_id = $1`, [account.id]);
    const aged = async () => (await t.db.query(`SELECT authenticated_at FROM sessions WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]))[0].authenticated_at as Date;
    const before = await aged();

    expect(errorOf(await t.gql(REAUTH, { p: 'not-my-password', c: totpCode(account.secret, 1) }, token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(errorOf(await t.gql(REAUTH, { p: TEST_PASSWORD, c: null }, token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errorOf(await t.gql(REAUTH, { p: TEST_PASSWORD, c: '123123' }, token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await aged()).toEqual(before);

    const proved = (await gqlData(t, REAUTH, { p: TEST_PASSWORD, c: totpCode(account.secret, 1) }, token)).reauthenticate;
    expect(proved).toMatchObject({ token, restricted: false });
    expect(Date.now() - new Date(proved.authenticatedAt).getTime()).toBeLessThan(60_000);
    expect((await aged()).getTime()).toBeGreaterThan(before.getTime());
  });

  it('an ADMIN reset clears the second factor: the next sign-in asks for none', async () => {
    const email = 'lost.phone@cbp.example';
    const account = await enrolledAccount(email);
    const temporary = 'amber-falcon-tide-4821';
    await gqlData(t, `mutation($id: ID!, $p: String!) { resetUserCredentials(id: $id, temporaryPassword: $p) }`, { id: account.id, p: temporary }, force.tokens.ncshpAdmin);
    const signedIn = (await gqlData(t, LOGIN, { e: email, p: temporary }, '')).login;
    expect(signedIn.user).toEqual({ id: account.id, secondFactor: false });
    const left = await t.db.query(
      `SELECT (SELECT count(*) FROM totp_factors WHERE user_id = $1)::int AS totp, (SELECT count(*) FROM recovery_codes WHERE user_id = $1)::int AS codes`,
      [account.id],
    );
    expect(left).toEqual([{ totp: 0, codes: 0 }]);
  });
});

describe('JOINTOPS_MFA=required', () => {
  let t: TestApp;
  let force: TaskForce;

  beforeAll(async () => {
    t = await startTestApp({ mfa: 'required' });
    force = await seedTaskForce(t);
  });
  afterAll(() => t.close());

  it('confines an account without a second factor to enrolling, over HTTP and WebSocket, until it confirms one', async () => {
    const email = 'new.hire@cbp.example';
    await t.createUser(email, force.agencies.cbp, ['PLANNER']);
    const session = (await gqlData(t, LOGIN, { e: email, p: TEST_PASSWORD }, '')).login;
    expect(session.restricted).toBe(true);
    expect(errorOf(await t.gql(PLANS, {}, session.token)).extensions).toMatchObject({ code: 'MFA_ENROLLMENT_REQUIRED' });
    const socket = t.wsClient(session.token);
    expect((await wsRequest(socket, PLANS)).errors?.[0].extensions).toMatchObject({ code: 'MFA_ENROLLMENT_REQUIRED' });
    expect((await gqlData(t, ME, {}, session.token)).me.secondFactor).toBe(false);

    const begun = (await gqlData(t, BEGIN, {}, session.token)).beginTotpEnrollment;
    await gqlData(t, CONFIRM, { c: totpCode(begun.secret) }, session.token);
    expect((await gqlData(t, PLANS, {}, session.token)).plans.edges).toEqual([]);
    expect((await wsRequest(socket, PLANS)).data?.plans.edges).toEqual([]);
  });

  it('does not restrict an account that has a second factor', async () => {
    const email = 'has.factor@cbp.example';
    await t.createUser(email, force.agencies.cbp, ['PLANNER']);
    const restricted = (await gqlData(t, LOGIN, { e: email, p: TEST_PASSWORD }, '')).login.token as string;
    const { secret } = await enrollTotp(t, restricted);
    const challenge = errorOf(await t.gql(LOGIN, { e: email, p: TEST_PASSWORD }, '')).extensions?.challenge;
    const done = (await gqlData(t, COMPLETE, { ch: challenge, c: totpCode(secret, 1) }, '')).completeLogin;
    expect(done.restricted).toBe(false);
    expect((await gqlData(t, PLANS, {}, done.token)).plans.edges).toEqual([]);
  });
});
