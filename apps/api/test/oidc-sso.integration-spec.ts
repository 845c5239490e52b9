import { SESSION_COOKIE } from '../src/core/web/session-cookie';
import { errorOf, gqlData } from './support/task-force';
import { HttpBrowser, type Visit } from './support/http-browser';
import { prepareOidcProvider, type TestOidcProvider } from './support/oidc-provider';
import { startTestApp, type TestApp } from './support/test-app';
import { enrollTotp, totpCode } from './support/totp';

/**
 * Issue 15, item 4: single sign-on with OpenID Connect against a real OpenID Provider
 * (oidc-provider, in this process, on 127.0.0.1), through the server's real routes, with a
 * browser's cookies and redirects. The deployment requires a second factor (JOINTOPS_MFA=required):
 * an `amr` showing one satisfies it, otherwise a local second factor is asked for.
 */
const ME = `{ me { email secondFactor } }`;
const PLANS = `{ plans { edges { node { id } } } }`;
const COMPLETE = `mutation($ch: String!, $c: String) { completeLogin(challenge: $ch, code: $c) { token restricted user { email } } }`;
/** What the sign-in page asks before anyone signs in. */
async function signInOptions(app: TestApp): Promise<unknown> {
  const response = await fetch(`${app.url}/auth/oidc/options`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return response.json();
}

describe('single sign-on with OpenID Connect', () => {
  let provider: TestOidcProvider;
  let t: TestApp;
  let agencyId: string;

  beforeAll(async () => {
    provider = await prepareOidcProvider();
    t = await startTestApp({ mfa: 'required', oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret } });
    await provider.start(`${t.url}/auth/oidc/callback`);
    agencyId = await t.createAgency('CBP');
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  /** A JointOps account and its account at the provider (username = the email's local part). */
  async function person(email: string, at: { email?: string; emailVerified?: boolean; amr?: string[] } = {}): Promise<{ id: string; login: string }> {
    const id = await t.createUser(email, agencyId, ['PLANNER']);
    const login = email.split('@')[0];
    provider.accounts.set(login, { password: 'provider-password', email, emailVerified: true, ...at });
    return { id, login };
  }

  const isCallback = (url: URL) => url.origin === t.url && url.pathname === '/auth/oidc/callback';

  /**
   * Clicks "Sign in with your agency" and fills the provider's page (unless the browser is still
   * signed in there); stops before the callback is fetched and answers its URL.
   */
  async function throughProvider(browser: HttpBrowser, login: string): Promise<URL> {
    const page = await browser.walk(`${t.url}/auth/oidc/start`, { until: isCallback });
    if (isCallback(page.url)) return page.url;
    expect(page.url.origin).toBe(provider.issuer);
    expect(page.body).toMatch(/Agency identity provider/);
    const callback = await browser.walk(`${page.url.href}/login`, { method: 'POST', form: { login, password: 'provider-password' }, until: isCallback });
    expect(isCallback(callback.url)).toBe(true);
    return callback.url;
  }

  /** Fetches the callback; answers where the server sent the browser (the sign-in page) and what its fragment says. */
  async function land(browser: HttpBrowser, callback: URL): Promise<{ visit: Visit; sso: string | null; fragment: URLSearchParams }> {
    const visit = await browser.walk(callback.href, { until: (url) => url.pathname === '/sign-in' });
    expect(visit.url.origin).toBe(t.url);
    return { visit, sso: visit.url.searchParams.get('sso'), fragment: new URLSearchParams(visit.url.hash.slice(1)) };
  }

  async function signIn(login: string): Promise<{ browser: HttpBrowser; sso: string | null; fragment: URLSearchParams }> {
    const browser = new HttpBrowser();
    const landed = await land(browser, await throughProvider(browser, login));
    return { browser, ...landed };
  }

  const sessionToken = (browser: HttpBrowser) => browser.cookie(SESSION_COOKIE, `${t.url}/graphql`);

  async function count(sql: string, params: unknown[]): Promise<number> {
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row.n;
  }

  async function lastFailure(): Promise<Record<string, any>> {
    const [row] = await t.db.query(`SELECT user_id, email, detail FROM security_events WHERE type = 'OIDC_LOGIN_FAILED' ORDER BY id DESC LIMIT 1`);
    return row;
  }

  it('tells the sign-in page that single sign-on is offered, without a session', async () => {
    expect(await signInOptions(t)).toEqual({ sso: true });
  });

  it('signs in with an amr showing a second factor: a full session in the cookie, even though the deployment requires one', async () => {
    const dana = await person('dana.sso@cbp.example', { email: 'Dana.SSO@CBP.example', amr: ['pwd', 'mfa'] });
    const { browser, sso, fragment } = await signIn(dana.login);
    expect(sso).toBeNull();
    expect(Object.fromEntries(fragment)).toEqual({ sso: 'signed-in', expiresAt: expect.any(String), mustChangePassword: 'false', restricted: 'false' });
    expect(Date.parse(fragment.get('expiresAt') as string)).toBeGreaterThan(Date.now());

    const token = sessionToken(browser);
    expect(token).toBeTruthy();
    expect((await gqlData(t, ME, {}, token as string)).me).toEqual({ email: 'dana.sso@cbp.example', secondFactor: false });
    // Not restricted to enrollment: it may read plans.
    expect((await t.gql(PLANS, {}, token)).errors).toBeUndefined();
    const [session] = await t.db.query(`SELECT method, second_factor, restricted FROM sessions WHERE user_id = $1`, [dana.id]);
    expect(session).toEqual({ method: 'oidc', second_factor: true, restricted: false });
    // The browser-binding cookie is gone, and the started sign-in is used up.
    expect(browser.cookie('jointops_oidc', `${t.url}/auth/oidc/callback`)).toBeUndefined();
    expect(await count(`oidc_logins WHERE used_at IS NULL`, [])).toBe(0);
  });

  it('without an amr showing a second factor, follows the policy: a restricted session for an account without one', async () => {
    const erin = await person('erin.sso@cbp.example', { amr: ['pwd'] });
    const { browser, fragment } = await signIn(erin.login);
    expect(fragment.get('sso')).toBe('signed-in');
    expect(fragment.get('restricted')).toBe('true');
    const error = errorOf(await t.gql(PLANS, {}, sessionToken(browser)));
    expect(error.extensions?.code).toBe('MFA_ENROLLMENT_REQUIRED');
  });

  it('without an amr, an account with an authenticator app gets the challenge, handed to the page in the fragment; completeLogin finishes', async () => {
    const frank = await person('frank.sso@cbp.example');
    const { secret } = await enrollTotp(t, await t.login('frank.sso@cbp.example'));
    const sessionsBefore = await count(`sessions WHERE user_id = $1`, [frank.id]);

    const { browser, fragment } = await signIn(frank.login);
    expect(Object.fromEntries(fragment)).toEqual({ sso: 'challenge', challenge: expect.any(String), methods: 'TOTP,RECOVERY_CODE', expiresInSeconds: '300' });
    expect(sessionToken(browser)).toBeUndefined();
    expect(await count(`sessions WHERE user_id = $1`, [frank.id])).toBe(sessionsBefore);

    // The next period's code: the current one confirmed the enrollment, and a code is accepted once.
    const completed = await gqlData(t, COMPLETE, { ch: fragment.get('challenge'), c: totpCode(secret, 1) }, '');
    expect(completed.completeLogin).toMatchObject({ restricted: false, user: { email: 'frank.sso@cbp.example' } });
    const [session] = await t.db.query(`SELECT method, second_factor FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [frank.id]);
    expect(session).toEqual({ method: 'oidc', second_factor: true });
  });

  it('with an amr showing a second factor, an account with an authenticator app is not asked for it again', async () => {
    const gina = await person('gina.sso@cbp.example', { amr: ['pwd', 'otp'] });
    await enrollTotp(t, await t.login('gina.sso@cbp.example'));
    const { browser, fragment } = await signIn(gina.login);
    expect(fragment.get('sso')).toBe('signed-in');
    expect((await gqlData(t, ME, {}, sessionToken(browser) as string)).me).toEqual({ email: 'gina.sso@cbp.example', secondFactor: true });
  });

  it('refuses a wrong state, and a callback in a browser that did not start the sign-in', async () => {
    const hal = await person('hal.sso@cbp.example', { amr: ['mfa'] });
    const browser = new HttpBrowser();
    const callback = await throughProvider(browser, hal.login);
    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-the-state-we-sent');
    expect((await land(browser, forged)).sso).toBe('state');
    expect((await lastFailure()).detail).toMatchObject({ reason: 'state', detail: 'unknown, expired or already used' });
    expect(await count(`sessions WHERE user_id = $1`, [hal.id])).toBe(0);
    // A wrong state touches nothing: the real callback still signs in.
    expect((await land(browser, callback)).fragment.get('sso')).toBe('signed-in');

    // Another browser with a real callback URL (login CSRF): refused, and that sign-in is used up.
    const stolen = await throughProvider(browser, hal.login);
    expect((await land(new HttpBrowser(), stolen)).sso).toBe('state');
    expect((await lastFailure()).detail).toMatchObject({ reason: 'state', detail: 'started in another browser' });
    expect((await land(browser, stolen)).sso).toBe('state');
    expect(await count(`sessions WHERE user_id = $1`, [hal.id])).toBe(1);
  });

  it('refuses a replayed code: the callback twice opens one session; the code under another sign-in is refused by the provider', async () => {
    const ivy = await person('ivy.sso@cbp.example', { amr: ['mfa'] });
    const browser = new HttpBrowser();
    const callback = await throughProvider(browser, ivy.login);
    expect((await land(browser, callback)).fragment.get('sso')).toBe('signed-in');
    const replay = await land(browser, callback);
    expect(replay.sso).toBe('state');
    expect(replay.fragment.get('sso')).toBeNull();
    expect(await count(`sessions WHERE user_id = $1`, [ivy.id])).toBe(1);

    // A used code with a fresh sign-in's state: the provider refuses it (used, and PKCE does not match).
    const fresh = await throughProvider(browser, ivy.login);
    const spliced = new URL(fresh);
    spliced.searchParams.set('code', callback.searchParams.get('code') as string);
    expect((await land(browser, spliced)).sso).toBe('provider');
    expect((await lastFailure()).detail).toMatchObject({ reason: 'provider', step: 'token' });
    expect(await count(`sessions WHERE user_id = $1`, [ivy.id])).toBe(1);
  });

  it('refuses an unverified or missing email, an unknown email and a disabled account; creates nothing, logs each', async () => {
    const usersBefore = await count(`users`, []);
    const sessionsBefore = await count(`sessions`, []);
    const jack = await person('jack.sso@cbp.example', { emailVerified: false, amr: ['mfa'] });
    expect((await signIn(jack.login)).sso).toBe('unverified-email');
    expect(await lastFailure()).toMatchObject({ email: 'jack.sso@cbp.example', detail: { reason: 'unverified-email', subject: jack.login, issuer: provider.issuer } });

    provider.accounts.set('no.email', { password: 'provider-password', amr: ['mfa'] });
    expect((await signIn('no.email')).sso).toBe('unverified-email');

    provider.accounts.set('stranger', { password: 'provider-password', email: 'stranger@elsewhere.example', emailVerified: true, amr: ['mfa'] });
    expect((await signIn('stranger')).sso).toBe('no-account');
    expect(await lastFailure()).toMatchObject({ email: 'stranger@elsewhere.example', detail: { reason: 'no-account' } });

    const kim = await person('kim.sso@cbp.example', { amr: ['mfa'] });
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [kim.id]);
    expect((await signIn(kim.login)).sso).toBe('disabled');
    expect(await lastFailure()).toMatchObject({ user_id: kim.id, detail: { reason: 'disabled' } });

    expect(await count(`users`, [])).toBe(usersBefore + 2);
    expect(await count(`sessions`, [])).toBe(sessionsBefore);
  });

  it('refuses when the user cancels at the provider, and a locked account', async () => {
    const lee = await person('lee.sso@cbp.example', { amr: ['mfa'] });
    const browser = new HttpBrowser();
    const page = await browser.walk(`${t.url}/auth/oidc/start`);
    const cancelled = await browser.walk(`${page.url.href}/abort`, { method: 'POST', until: (url) => url.pathname === '/sign-in' });
    expect(cancelled.url.searchParams.get('sso')).toBe('provider');
    expect((await lastFailure()).detail).toMatchObject({ reason: 'provider', providerError: 'access_denied' });

    for (let attempt = 0; attempt < 5; attempt++) await t.gql(`mutation { login(email: "lee.sso@cbp.example", password: "wrong-password-1") { token } }`);
    expect((await signIn(lee.login)).sso).toBe('locked');
    const [refused] = await t.db.query(`SELECT detail FROM security_events WHERE type = 'LOGIN_REFUSED_LOCKED' AND user_id = $1`, [lee.id]);
    expect(refused.detail).toEqual({ method: 'oidc' });
    expect(await count(`sessions WHERE user_id = $1`, [lee.id])).toBe(0);
  });

  it('does not offer single sign-on when it is not configured', async () => {
    const plain = await startTestApp({}, { sameDatabaseAs: t });
    try {
      expect(await signInOptions(plain)).toEqual({ sso: false });
      const visit = await new HttpBrowser().walk(`${plain.url}/auth/oidc/start`, { until: (url) => url.pathname === '/sign-in' });
      expect(visit.url.searchParams.get('sso')).toBe('unavailable');
    } finally {
      await plain.close();
    }
  });
});
