import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, TEST_PASSWORD, wsRequest, type TestApp } from './support/test-app';
import { enrollTotp } from './support/totp';

const EMAIL = 'maria.lopez@cbp.example';
const ME = '{ me { email } }';
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt } }`;

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
  setCookies: string[];
}

/** A GraphQL POST as a browser page would send it: its headers, with or without the session cookie. */
async function post(t: TestApp, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : { errors: [{ message: text }] }, setCookies: response.headers.getSetCookie() };
}

/** Signs in and returns the session cookie the answer set, as `name=value`, with the whole Set-Cookie line. */
async function signIn(t: TestApp): Promise<{ cookie: string; setCookie: string; token: string }> {
  const answer = await post(t, LOGIN, { email: EMAIL, password: TEST_PASSWORD });
  const setCookie = answer.setCookies.find((line) => line.startsWith('jointops_session=')) ?? '';
  return { cookie: setCookie.split(';')[0], setCookie, token: answer.body.data?.login.token };
}

/** A graphql-ws client that sends no connectionParams: only what the upgrade request carries. */
function cookieSocket(t: TestApp, headers: Record<string, string>): WsClient {
  return createClient({
    url: t.wsUrl,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    lazy: true,
  });
}

describe('the browser session in an HttpOnly cookie', () => {
  let t: TestApp;
  const sockets: WsClient[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const agencyId = await t.createAgency('CBP', 'FEDERAL');
    await t.createUser(EMAIL, agencyId, ['PLANNER']);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await t.close();
  });

  it('login sets jointops_session: HttpOnly, SameSite=Strict, Path=/, for the session lifetime of 12 hours, no Domain; not Secure outside production', async () => {
    const { setCookie, token } = await signIn(t);
    const attributes = setCookie.split(';').map((part) => part.trim());
    expect(attributes[0]).toBe(`jointops_session=${token}`);
    expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', `Max-Age=${12 * 3600}`]));
    expect(attributes.some((part) => /^Expires=/.test(part))).toBe(true);
    expect(attributes.some((part) => /^Domain=/i.test(part))).toBe(false);
    expect(attributes).not.toContain('Secure');
  });

  it('a failed sign-in sets no cookie', async () => {
    const answer = await post(t, LOGIN, { email: EMAIL, password: 'not-the-password' });
    expect(answer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.setCookies).toEqual([]);
  });

  it('a request with only the cookie is authenticated, and the same token still works as a bearer token', async () => {
    const { cookie, token } = await signIn(t);
    expect((await post(t, ME, {}, { cookie })).body.data).toEqual({ me: { email: EMAIL } });
    expect((await t.gql(ME, {}, token)).data).toEqual({ me: { email: EMAIL } });
    // Without either, nothing.
    expect((await post(t, ME)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the bearer header comes first: a wrong bearer token is refused even beside a good cookie', async () => {
    const { cookie } = await signIn(t);
    const answer = await post(t, ME, {}, { cookie, authorization: 'Bearer not-a-real-token' });
    expect(answer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps CSRF prevention: a simple cross-site POST or GET carrying the cookie is refused before it runs', async () => {
    const { cookie } = await signIn(t);
    // What an HTML form on another site can send: a simple content type, no custom header.
    const form = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: JSON.stringify({ query: 'mutation { logout }' }) });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF/);
    const link = await fetch(`${t.url}/graphql?query=${encodeURIComponent(ME)}`, { headers: { cookie } });
    expect(link.status).toBe(400);
    // The session was not ended by the forged logout.
    expect((await post(t, ME, {}, { cookie })).body.data).toEqual({ me: { email: EMAIL } });
  });

  it('a request the browser marks as from another origin does not get the cookie believed (Fetch Metadata)', async () => {
    const { cookie } = await signIn(t);
    for (const site of ['same-site', 'cross-site']) {
      const answer = await post(t, ME, {}, { cookie, 'sec-fetch-site': site });
      expect([site, answer.body.errors?.[0].extensions?.code]).toEqual([site, 'UNAUTHENTICATED']);
    }
    expect((await post(t, ME, {}, { cookie, 'sec-fetch-site': 'same-origin' })).body.data).toEqual({ me: { email: EMAIL } });
  });

  it('PDF exports take the cookie too (GET, read-only but access-logged: only from the own origin)', async () => {
    const { cookie } = await signIn(t);
    const missingPlan = `${t.url}/export/plans/00000000-0000-4000-8000-000000000000/plan.pdf`;
    expect((await fetch(missingPlan)).status).toBe(401);
    expect((await fetch(missingPlan, { headers: { cookie } })).status).toBe(404);
    expect((await fetch(missingPlan, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).status).toBe(404);
    expect((await fetch(missingPlan, { headers: { cookie, 'sec-fetch-site': 'same-site' } })).status).toBe(401);
    expect((await fetch(`${t.url}/export/transparency.pdf?from=2026-01-01&to=2026-03-31`, { headers: { cookie } })).status).toBe(403);
  });

  it('logout clears the cookie, and the old cookie value no longer works anywhere', async () => {
    const { cookie } = await signIn(t);
    const logout = await post(t, 'mutation { logout }', {}, { cookie });
    expect(logout.body.data).toEqual({ logout: true });
    const cleared = logout.setCookies.find((line) => line.startsWith('jointops_session='));
    expect(cleared).toMatch(/^jointops_session=;/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970 00:00:00 GMT/);
    expect(cleared).toMatch(/Path=\//);

    expect((await post(t, ME, {}, { cookie })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = cookie.split('=')[1];
    expect((await t.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const socket = cookieSocket(t, { cookie, origin: t.url });
    sockets.push(socket);
    await expect(wsRequest(socket, ME)).rejects.toMatchObject({ code: 4403 });
  });

  it('other mutations of the auth resolver set no cookie', async () => {
    const { cookie } = await signIn(t);
    const answer = await post(t, 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: 'wrong-current-password', n: 'a-new-long-passphrase-2026' }, { cookie });
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.setCookies).toEqual([]);
  });

  it('the second step of a two-factor sign-in sets the cookie too (the first step, MFA_REQUIRED, sets none); reauthenticate sets it again for the same session', async () => {
    const email = 'two.step@cbp.example';
    const agencyId = (await t.db.query(`SELECT id FROM agencies WHERE short_name = 'CBP'`))[0].id as string;
    await t.createUser(email, agencyId, ['PLANNER']);
    const { codes } = await enrollTotp(t, await t.login(email));

    const first = await post(t, LOGIN, { email, password: TEST_PASSWORD });
    expect(first.body.errors?.[0].extensions?.code).toBe('MFA_REQUIRED');
    expect(first.setCookies).toEqual([]);
    const second = await post(t, 'mutation($ch: String!, $c: String) { completeLogin(challenge: $ch, code: $c) { token } }', { ch: first.body.errors?.[0].extensions?.challenge, c: codes[0] });
    const token = second.body.data?.completeLogin.token as string;
    const set = second.setCookies.find((line) => line.startsWith('jointops_session=')) ?? '';
    expect(set.split(';').map((part) => part.trim())).toEqual(expect.arrayContaining([`jointops_session=${token}`, 'HttpOnly', 'SameSite=Strict', 'Path=/']));
    const cookie = set.split(';')[0];
    expect((await post(t, ME, {}, { cookie })).body.data).toEqual({ me: { email } });

    const again = await post(t, 'mutation($p: String!, $c: String) { reauthenticate(password: $p, code: $c) { authenticatedAt } }', { p: TEST_PASSWORD, c: codes[1] }, { cookie });
    expect(again.body.errors).toBeUndefined();
    expect(again.setCookies.find((line) => line.startsWith('jointops_session='))?.split(';')[0]).toBe(cookie);
  });

  it('a WebSocket with only the cookie on its upgrade works from the app own origin', async () => {
    const { cookie } = await signIn(t);
    const socket = cookieSocket(t, { cookie, origin: t.url });
    sockets.push(socket);
    expect((await wsRequest(socket, ME)).data).toEqual({ me: { email: EMAIL } });
  });

  it('a WebSocket carrying the cookie from a foreign Origin is refused at the handshake (cross-site WebSocket hijacking)', async () => {
    const { cookie } = await signIn(t);
    const socket = cookieSocket(t, { cookie, origin: 'https://evil.example' });
    sockets.push(socket);
    const failure = await wsRequest(socket, ME).then(
      () => null,
      (error: unknown) => error,
    );
    // The upgrade is answered 401: the socket never opens, so no operation can run on it.
    expect(failure).toMatchObject({ message: 'Unexpected server response: 401' });
  });

  it('a login over the WebSocket has no HTTP answer to set a cookie on, and still returns the token', async () => {
    const { token } = await signIn(t);
    const bearerSocket = createClient({
      url: t.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    sockets.push(bearerSocket);
    const result = await wsRequest(bearerSocket, LOGIN, { email: EMAIL, password: TEST_PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(typeof result.data?.login.token).toBe('string');
  });
});

describe('the session cookie in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ production: true, fastPasswordHashing: true });
    const agencyId = await t.createAgency('CBP', 'FEDERAL');
    await t.createUser(EMAIL, agencyId, ['PLANNER']);
  });
  afterAll(() => t.close());

  it('is Secure, so a browser sends it over HTTPS only (TLS ends at the proxy in front)', async () => {
    const { setCookie } = await signIn(t);
    const attributes = setCookie.split(';').map((part) => part.trim());
    expect(attributes).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Strict', 'Path=/']));
    const logout = await post(t, 'mutation { logout }', {}, { cookie: setCookie.split(';')[0] });
    expect(logout.setCookies.find((line) => line.startsWith('jointops_session='))).toMatch(/; Secure/);
  });
});
