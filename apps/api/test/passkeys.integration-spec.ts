import { errorOf } from './support/task-force';
import { newSigningKey, SoftAuthenticator } from './support/soft-authenticator';
import { startTestApp, TEST_PASSWORD, type GqlResponse, type TestApp } from './support/test-app';

/**
 * Issue 15, item 2: passkeys (WebAuthn) registered, listed and removed, used as the second factor
 * of signing in and to re-authenticate, with real attestation and assertion responses from a
 * software authenticator (support/soft-authenticator.ts) checked by @simplewebauthn/server.
 */
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token restricted } }`;
const BEGIN = `mutation { beginPasskeyRegistration }`;
const FINISH = `mutation($r: String!, $n: String!) { finishPasskeyRegistration(response: $r, name: $n) { id name createdAt lastUsedAt } }`;
const LIST = `{ passkeys { id name createdAt lastUsedAt } }`;
const REMOVE = `mutation($id: ID!) { removePasskey(id: $id) }`;
const LOGIN_OPTIONS = `query($c: String!) { passkeyLoginOptions(challenge: $c) }`;
const COMPLETE = `mutation($c: String!, $a: String) { completeLogin(challenge: $c, passkeyAssertion: $a) { token restricted user { id secondFactor } } }`;
const REAUTH_OPTIONS = `{ passkeyReauthOptions }`;
const REAUTH = `mutation($p: String!, $a: String) { reauthenticate(password: $p, passkeyAssertion: $a) { authenticatedAt } }`;
const ME = `{ me { id secondFactor } }`;

type Call = (query: string, variables?: Record<string, unknown>, token?: string | null, origin?: string | null) => Promise<GqlResponse>;

/** GraphQL over HTTP as a browser page at `origin` sends it (null: no Origin header, as from a script). */
function caller(t: TestApp): Call {
  return async (query, variables = {}, token = null, origin = t.url) => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await response.json()) as GqlResponse), status: response.status };
  };
}

function dataOf(result: GqlResponse): Record<string, any> {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL operation failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

describe('passkeys', () => {
  let t: TestApp;
  let call: Call;
  let agency: string;

  beforeAll(async () => {
    t = await startTestApp();
    call = caller(t);
    agency = await t.createAgency('CBP');
  });
  afterAll(() => t.close());

  async function newAccount(email: string): Promise<{ id: string; token: string }> {
    const id = await t.createUser(email, agency, ['PLANNER']);
    return { id, token: await t.login(email) };
  }

  async function register(authenticator: SoftAuthenticator, token: string, name = 'Work laptop', origin = t.url): Promise<Record<string, any>> {
    const options = dataOf(await call(BEGIN, {}, token, origin)).beginPasskeyRegistration as string;
    return dataOf(await call(FINISH, { r: authenticator.register(options, origin), n: name }, token, origin)).finishPasskeyRegistration;
  }

  /** The password step of an account with a second factor: its one-time challenge. */
  async function challengeFor(email: string): Promise<{ challenge: string; methods: string[] }> {
    const error = errorOf(await call(LOGIN, { e: email, p: TEST_PASSWORD }));
    expect(error.extensions?.code).toBe('MFA_REQUIRED');
    return { challenge: error.extensions?.challenge, methods: error.extensions?.methods };
  }

  async function loginOptions(challenge: string, origin = t.url): Promise<string> {
    return dataOf(await call(LOGIN_OPTIONS, { c: challenge }, null, origin)).passkeyLoginOptions;
  }

  async function passkeyCount(userId: string): Promise<number> {
    return (await t.db.query(`SELECT count(*)::int AS n FROM passkeys WHERE user_id = $1`, [userId]))[0].n;
  }

  it('registers passkeys: options for this origin that exclude the ones registered, stored, listed, security-logged, and a second factor from then on', async () => {
    const me = await newAccount('register@cbp.example');
    const authenticator = new SoftAuthenticator();
    const options = JSON.parse(dataOf(await call(BEGIN, {}, me.token)).beginPasskeyRegistration);
    expect(options).toMatchObject({
      rp: { id: '127.0.0.1', name: 'JointOps' },
      user: { name: 'register@cbp.example' },
      excludeCredentials: [],
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });

    const response = authenticator.register(JSON.stringify(options), t.url);
    const passkey = dataOf(await call(FINISH, { r: response, n: '  Work laptop  ' }, me.token)).finishPasskeyRegistration;
    expect(passkey).toMatchObject({ name: 'Work laptop', lastUsedAt: null });
    expect(dataOf(await call(LIST, {}, me.token)).passkeys).toEqual([passkey]);
    expect(dataOf(await call(ME, {}, me.token)).me.secondFactor).toBe(true);
    const [logged] = await t.db.query(`SELECT user_id, detail FROM security_events WHERE type = 'PASSKEY_REGISTERED' AND user_id = $1`, [me.id]);
    expect(logged.detail).toEqual({ passkeyId: passkey.id, name: 'Work laptop' });

    const again = JSON.parse(dataOf(await call(BEGIN, {}, me.token)).beginPasskeyRegistration);
    expect(again.excludeCredentials.map((credential: { id: string }) => credential.id)).toEqual(authenticator.credentialIds);
    await register(new SoftAuthenticator(), me.token, 'Phone');
    expect(dataOf(await call(LIST, {}, me.token)).passkeys.map((listed: { name: string }) => listed.name)).toEqual(['Work laptop', 'Phone']);
    expect((await challengeFor('register@cbp.example')).methods).toContain('PASSKEY');
  });

  it('refuses a bad name or a bad response, naming the field, and stores nothing', async () => {
    const me = await newAccount('bad.register@cbp.example');
    const authenticator = new SoftAuthenticator();
    const finish = async (response: string, name: string) => errorOf(await call(FINISH, { r: response, n: name }, me.token)).extensions;
    const options = dataOf(await call(BEGIN, {}, me.token)).beginPasskeyRegistration;
    const good = new SoftAuthenticator().register(options, t.url);

    expect(await finish(good, '   ')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await finish(good, 'x'.repeat(61))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await finish('not json', 'Laptop')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
    expect(await finish('{"id":"abc"}', 'Laptop')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
    // Signed for another page, or for a challenge the server did not issue.
    expect(await finish(authenticator.register(options, 'https://phish.example'), 'Laptop')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
    const forged = authenticator.register(options, t.url, { clientData: { challenge: 'b3RoZXItY2hhbGxlbmdl' } });
    expect(await finish(forged, 'Laptop')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
    // A newer set-up replaces the older one: its response no longer counts.
    await call(BEGIN, {}, me.token);
    expect(await finish(good, 'Laptop')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
    expect(await passkeyCount(me.id)).toBe(0);

    // Finished once; the same response again finds no set-up under way.
    const fresh = dataOf(await call(BEGIN, {}, me.token)).beginPasskeyRegistration;
    const once = authenticator.register(fresh, t.url);
    expect(dataOf(await call(FINISH, { r: once, n: 'Laptop' }, me.token)).finishPasskeyRegistration.name).toBe('Laptop');
    expect(await finish(once, 'Laptop')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'response' });
    expect(await passkeyCount(me.id)).toBe(1);
  });

  it("takes the relying party from the page's origin when the server answers it, and refuses any other", async () => {
    const me = await newAccount('origins@cbp.example');
    const web = JSON.parse(dataOf(await call(BEGIN, {}, me.token, 'http://localhost:4200')).beginPasskeyRegistration);
    expect(web.rp.id).toBe('localhost');
    const noOrigin = JSON.parse(dataOf(await call(BEGIN, {}, me.token, null)).beginPasskeyRegistration);
    expect(noOrigin.rp.id).toBe('127.0.0.1');
    expect(errorOf(await call(BEGIN, {}, me.token, 'https://phish.example')).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' });

    // Registered from the web origin: checked against that origin, not the server's own.
    const options = dataOf(await call(BEGIN, {}, me.token, 'http://localhost:4200')).beginPasskeyRegistration;
    const authenticator = new SoftAuthenticator();
    const mismatched = authenticator.register(options, t.url);
    expect(errorOf(await call(FINISH, { r: mismatched, n: 'Laptop' }, me.token, 'http://localhost:4200')).extensions).toMatchObject({ field: 'response' });
    expect((await register(authenticator, me.token, 'Laptop', 'http://localhost:4200')).name).toBe('Laptop');
  });

  it('signs in with a passkey as the second factor, once per assertion', async () => {
    const me = await newAccount('signin@cbp.example');
    const authenticator = new SoftAuthenticator();
    await register(authenticator, me.token);
    const { challenge, methods } = await challengeFor('signin@cbp.example');
    expect(methods).toEqual(['PASSKEY']);

    const options = JSON.parse(await loginOptions(challenge));
    expect(options).toMatchObject({ rpId: '127.0.0.1', userVerification: 'preferred', allowCredentials: [{ id: authenticator.credentialIds[0] }] });
    const assertion = authenticator.assert(JSON.stringify(options), t.url);
    const signedIn = dataOf(await call(COMPLETE, { c: challenge, a: assertion })).completeLogin;
    expect(signedIn).toMatchObject({ restricted: false, user: { id: me.id, secondFactor: true } });
    expect(dataOf(await call(ME, {}, signedIn.token)).me.id).toBe(me.id);
    const [stored] = await t.db.query(`SELECT counter::int AS counter, last_used_at FROM passkeys WHERE user_id = $1`, [me.id]);
    expect(stored.counter).toBe(1);
    expect(stored.last_used_at).not.toBeNull();

    // The challenge is used up; the same assertion is refused for a new sign-in.
    expect(errorOf(await call(COMPLETE, { c: challenge, a: assertion })).extensions?.code).toBe('UNAUTHENTICATED');
    const next = await challengeFor('signin@cbp.example');
    await loginOptions(next.challenge);
    expect(errorOf(await call(COMPLETE, { c: next.challenge, a: assertion })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passkeyAssertion' });
  });

  it('refuses forged, replayed and mismatched assertions, each counted as a failed second factor', async () => {
    const me = await newAccount('forged@cbp.example');
    const authenticator = new SoftAuthenticator();
    await register(authenticator, me.token);
    const bad = { code: 'BAD_USER_INPUT', field: 'passkeyAssertion' };
    const { challenge } = await challengeFor('forged@cbp.example');
    const attempt = async (assertion: (options: string) => string) => call(COMPLETE, { c: challenge, a: assertion(await loginOptions(challenge)) });

    // Four failures (the fifth would lock the account): a foreign key, a foreign page, a
    // challenge the server did not issue, and no assertion at all.
    expect(errorOf(await attempt((options) => authenticator.assert(options, t.url, { signWith: newSigningKey() }))).extensions).toMatchObject(bad);
    expect(errorOf(await attempt((options) => authenticator.assert(options, 'https://phish.example'))).extensions).toMatchObject(bad);
    expect(errorOf(await attempt((options) => authenticator.assert(options, t.url, { clientData: { challenge: 'c29tZXRoaW5nLWVsc2U' } }))).extensions).toMatchObject(bad);
    expect(errorOf(await attempt(() => 'not json')).extensions).toMatchObject(bad);
    expect(dataOf(await attempt((options) => authenticator.assert(options, t.url, { counter: 5 }))).completeLogin.user.id).toBe(me.id);

    // A signature counter that does not move past the stored one: a cloned authenticator.
    const next = await challengeFor('forged@cbp.example');
    const options = await loginOptions(next.challenge);
    expect(errorOf(await call(COMPLETE, { c: next.challenge, a: authenticator.assert(options, t.url, { counter: 5 }) })).extensions).toMatchObject(bad);
    // A WebAuthn challenge is checked once: after a failure, the options must be asked for again.
    expect(errorOf(await call(COMPLETE, { c: next.challenge, a: authenticator.assert(options, t.url) })).extensions).toMatchObject(bad);
    expect(dataOf(await call(COMPLETE, { c: next.challenge, a: authenticator.assert(await loginOptions(next.challenge), t.url) })).completeLogin.user.id).toBe(me.id);

    const [failures] = await t.db.query(`SELECT count(*)::int AS n FROM security_events WHERE type = 'MFA_FAILED' AND user_id = $1`, [me.id]);
    expect(failures.n).toBe(6);
  });

  it("never accepts another account's passkey, and answers an invalid challenge as completeLogin does", async () => {
    const alice = await newAccount('alice@cbp.example');
    const bob = await newAccount('bob@cbp.example');
    const aliceKeys = new SoftAuthenticator();
    const bobKeys = new SoftAuthenticator();
    await register(aliceKeys, alice.token);
    await register(bobKeys, bob.token);
    // Bob's authenticator, also holding Alice's allowed credential id, signs with Bob's key.
    const { challenge } = await challengeFor('alice@cbp.example');
    const options = await loginOptions(challenge);
    const withBobs = bobKeys.assert(options, t.url, { credentialId: bobKeys.credentialIds[0] });
    expect(errorOf(await call(COMPLETE, { c: challenge, a: withBobs })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passkeyAssertion' });

    const invalid = errorOf(await call(LOGIN_OPTIONS, { c: 'not-a-challenge' }));
    const asCompleteLogin = errorOf(await call(COMPLETE, { c: 'not-a-challenge', a: withBobs }));
    expect(invalid.extensions).toMatchObject({ code: 'UNAUTHENTICATED', field: 'challenge' });
    expect({ message: invalid.message, extensions: invalid.extensions }).toEqual({ message: asCompleteLogin.message, extensions: asCompleteLogin.extensions });

    // A disabled account gets no options.
    const carol = await newAccount('carol@cbp.example');
    await register(new SoftAuthenticator(), carol.token);
    const carolChallenge = (await challengeFor('carol@cbp.example')).challenge;
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [carol.id]);
    expect(errorOf(await call(LOGIN_OPTIONS, { c: carolChallenge })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('removes only your own passkeys, security-logged; a removed one no longer signs in', async () => {
    const me = await newAccount('remove@cbp.example');
    const other = await newAccount('remove.other@cbp.example');
    const laptop = new SoftAuthenticator();
    const phone = new SoftAuthenticator();
    const laptopKey = await register(laptop, me.token, 'Laptop');
    await register(phone, me.token, 'Phone');
    const othersKey = await register(new SoftAuthenticator(), other.token, 'Theirs');

    expect(errorOf(await call(REMOVE, { id: othersKey.id }, me.token)).extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await call(REMOVE, { id: 'nope' }, me.token)).extensions?.code).toBe('NOT_FOUND');
    expect(await passkeyCount(other.id)).toBe(1);
    expect(dataOf(await call(REMOVE, { id: laptopKey.id }, me.token)).removePasskey).toBe(true);
    expect(dataOf(await call(LIST, {}, me.token)).passkeys.map((passkey: { name: string }) => passkey.name)).toEqual(['Phone']);
    const [logged] = await t.db.query(`SELECT detail FROM security_events WHERE type = 'PASSKEY_REMOVED' AND user_id = $1`, [me.id]);
    expect(logged.detail).toEqual({ passkeyId: laptopKey.id, name: 'Laptop' });

    const { challenge } = await challengeFor('remove@cbp.example');
    const options = await loginOptions(challenge);
    expect(JSON.parse(options).allowCredentials.map((credential: { id: string }) => credential.id)).toEqual(phone.credentialIds);
    const withRemoved = laptop.assert(options, t.url, { credentialId: laptop.credentialIds[0] });
    expect(errorOf(await call(COMPLETE, { c: challenge, a: withRemoved })).extensions).toMatchObject({ field: 'passkeyAssertion' });
    const again = await loginOptions(challenge);
    expect(dataOf(await call(COMPLETE, { c: challenge, a: phone.assert(again, t.url) })).completeLogin.user.id).toBe(me.id);
  });

  it('re-authenticates with a passkey, against a challenge of the same session, once', async () => {
    const me = await newAccount('reauth@cbp.example');
    expect(errorOf(await call(REAUTH_OPTIONS, {}, me.token)).extensions?.code).toBe('BAD_USER_INPUT');
    const authenticator = new SoftAuthenticator();
    await register(authenticator, me.token);

    const options = dataOf(await call(REAUTH_OPTIONS, {}, me.token)).passkeyReauthOptions;
    expect(JSON.parse(options).allowCredentials).toEqual([expect.objectContaining({ id: authenticator.credentialIds[0] })]);
    const assertion = authenticator.assert(options, t.url);
    const before = Date.now();
    const proved = dataOf(await call(REAUTH, { p: TEST_PASSWORD, a: assertion }, me.token)).reauthenticate;
    expect(new Date(proved.authenticatedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const [logged] = await t.db.query(`SELECT detail FROM security_events WHERE type = 'REAUTHENTICATED' AND user_id = $1`, [me.id]);
    expect(logged.detail).toMatchObject({ with: 'passkey' });
    expect(errorOf(await call(REAUTH, { p: TEST_PASSWORD, a: assertion }, me.token)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'passkeyAssertion' });

    // Options asked in another session of the same account do not serve this one.
    const { challenge } = await challengeFor('reauth@cbp.example');
    const other = dataOf(await call(COMPLETE, { c: challenge, a: authenticator.assert(await loginOptions(challenge), t.url) })).completeLogin.token;
    const otherOptions = dataOf(await call(REAUTH_OPTIONS, {}, other)).passkeyReauthOptions;
    expect(errorOf(await call(REAUTH, { p: TEST_PASSWORD, a: authenticator.assert(otherOptions, t.url) }, me.token)).extensions).toMatchObject({ field: 'passkeyAssertion' });
    // The password is still asked.
    const fresh = dataOf(await call(REAUTH_OPTIONS, {}, me.token)).passkeyReauthOptions;
    expect(errorOf(await call(REAUTH, { p: 'wrong-password-here', a: authenticator.assert(fresh, t.url) }, me.token)).extensions).toMatchObject({ field: 'password' });
  });
});

describe('passkeys under JOINTOPS_MFA=required', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ mfa: 'required' });
  });
  afterAll(() => t.close());

  it('a restricted session may enroll a passkey, and is unrestricted once it has', async () => {
    const call = caller(t);
    const agency = await t.createAgency('NCSHP');
    const id = await t.createUser('restricted@ncshp.example', agency, ['PLANNER']);
    const session = dataOf(await call(LOGIN, { e: 'restricted@ncshp.example', p: TEST_PASSWORD })).login;
    expect(session.restricted).toBe(true);
    expect(errorOf(await call(LIST, {}, session.token)).extensions?.code).toBe('MFA_ENROLLMENT_REQUIRED');

    const options = dataOf(await call(BEGIN, {}, session.token)).beginPasskeyRegistration;
    const passkey = dataOf(await call(FINISH, { r: new SoftAuthenticator().register(options, t.url), n: 'Laptop' }, session.token)).finishPasskeyRegistration;
    expect(dataOf(await call(LIST, {}, session.token)).passkeys).toEqual([passkey]);
    expect(dataOf(await call(`{ agencies { id } }`, {}, session.token)).agencies.length).toBeGreaterThan(0);
    const [row] = await t.db.query(`SELECT restricted, second_factor FROM sessions WHERE user_id = $1`, [id]);
    expect(row).toEqual({ restricted: false, second_factor: true });
  });
});
