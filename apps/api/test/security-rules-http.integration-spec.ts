import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app';

/**
 * Security test findings 12 and 13 (issue 11): production sent no CSP, HSTS, X-Content-Type-Options,
 * X-Frame-Options or Referrer-Policy and served /metrics to anyone; X-Forwarded-For was believed
 * from any private address, so a client could choose the IP the security log recorded.
 */

/** A built web app in miniature: index.html and one fingerprinted asset. */
function fakeWebApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jointops-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("JointOps");');
  return dir;
}

function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    map.set(name, values);
  }
  return map;
}

/** Every header the finding asked for, with values that do their job. */
function expectHardened(response: Response, what: string): void {
  const headers = Object.fromEntries(['strict-transport-security', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'x-powered-by'].map((name) => [name, response.headers.get(name)]));
  expect([what, headers]).toEqual([
    what,
    {
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-powered-by': null,
    },
  ]);
  const csp = directives(response.headers.get('content-security-policy'));
  expect([what, Object.fromEntries(['default-src', 'script-src', 'style-src', 'object-src', 'frame-ancestors', 'base-uri', 'form-action', 'connect-src'].map((name) => [name, csp.get(name)]))]).toEqual([
    what,
    {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'connect-src': ["'self'"],
    },
  ]);
  expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
}

const graphqlPost = (url: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

describe('HTTP hardening (findings 12 and 13)', () => {
  let webDir: string;
  let dev: TestApp;
  let production: TestApp;
  let productionWithToken: TestApp;
  let behindProxy: TestApp;

  beforeAll(async () => {
    webDir = fakeWebApp();
    dev = await startTestApp({ webDir });
    // The same database: these only differ in their settings.
    production = await startTestApp({ production: true, webDir }, { sameDatabaseAs: dev });
    productionWithToken = await startTestApp({ production: true, metricsToken: 'scrape-secret-7f3a' }, { sameDatabaseAs: dev });
    behindProxy = await startTestApp({ trustedProxies: ['127.0.0.1'] }, { sameDatabaseAs: dev });
    const agency = await dev.createAgency('NCSHP');
    await dev.createUser('dana@ncshp.example', agency, ['PLANNER']);
    await dev.createUser('marcus@ncshp.example', agency, ['AGENCY_LEAD']);
    await dev.createUser('renee@ncshp.example', agency, ['AGENCY_LEAD']);
  });
  afterAll(async () => {
    for (const app of [behindProxy, productionWithToken, production]) await app?.close();
    await dev?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  describe('security headers, sent by the application itself (finding 12)', () => {
    it.each([
      ['the web app', '/'],
      ['a client-side route', '/plans/123'],
      ['a fingerprinted asset', '/assets/index-abc123.js'],
      ['a health check', '/health/live'],
      ['an unknown server path', '/export/nothing-here'],
    ])('on %s in production and in development', async (what, path) => {
      for (const [mode, app] of [['production', production], ['development', dev]] as const) {
        const response = await fetch(`${app.url}${path}`, { headers: { accept: 'text/html,*/*' } });
        expect([mode, path, response.status < 500]).toEqual([mode, path, true]);
        expectHardened(response, `${mode} ${what}`);
      }
    });

    it('on GraphQL answers', async () => {
      for (const app of [production, dev]) {
        const response = await graphqlPost(app.url);
        expect(response.status).toBe(200);
        expectHardened(response, 'graphql');
      }
    });
  });

  describe('/metrics (finding 12)', () => {
    it('is off in production without JOINTOPS_METRICS_TOKEN: 404, whatever the caller sends', async () => {
      for (const headers of [{}, { authorization: 'Bearer ' }, { authorization: 'Bearer anything' }] as Array<Record<string, string>>) {
        const response = await fetch(`${production.url}/metrics`, { headers });
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain('jointops_');
      }
    });

    it('wants the token as a bearer token when it is set: 401 without it or with another, 200 with it', async () => {
      for (const headers of [{}, { authorization: 'Bearer wrong-secret' }, { authorization: 'scrape-secret-7f3a' }, { authorization: 'Bearer scrape-secret-7f3' }] as Array<Record<string, string>>) {
        const refused = await fetch(`${productionWithToken.url}/metrics`, { headers });
        expect(refused.status).toBe(401);
        expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(await refused.text()).not.toContain('jointops_');
      }
      const scraped = await fetch(`${productionWithToken.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret-7f3a' } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('jointops_open_sockets');
    });

    it('stays open outside production without a token, for local development', async () => {
      const response = await fetch(`${dev.url}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('jointops_open_sockets');
    });
  });

  describe('X-Forwarded-For is believed only from configured proxies (finding 13)', () => {
    const login = (app: TestApp, email: string, password: string, forwardedFor: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify({ query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, variables: { e: email, p: password } }),
      });
    const recordedIps = async (email: string): Promise<string[]> =>
      (await dev.db.query(`SELECT DISTINCT ip FROM security_events WHERE email = $1 ORDER BY ip`, [email])).map((row: { ip: string }) => row.ip);

    it('records the peer address, not a forged X-Forwarded-For, when the peer is not a configured proxy (none by default)', async () => {
      await login(dev, 'dana@ncshp.example', TEST_PASSWORD, '203.0.113.66');
      await login(dev, 'dana@ncshp.example', 'not-the-password-at-all', '203.0.113.66, 10.0.0.7');
      const ips = await recordedIps('dana@ncshp.example');
      expect(ips).toEqual(['127.0.0.1']);
      const [session] = await dev.db.query(`SELECT ip FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, ['dana@ncshp.example']);
      expect(session.ip).toBe('127.0.0.1');
    });

    it('records the client address a configured proxy forwards', async () => {
      const response = await login(behindProxy, 'marcus@ncshp.example', TEST_PASSWORD, '198.51.100.23');
      expect(((await response.json()) as { data?: { login?: { token?: string } } }).data?.login?.token).toEqual(expect.any(String));
      expect(await recordedIps('marcus@ncshp.example')).toEqual(['198.51.100.23']);
    });

    it('takes the address the trusted proxy saw, not what the client wrote in front of it', async () => {
      // The client sent "X-Forwarded-For: 192.0.2.1"; nginx appended the address it saw.
      await login(behindProxy, 'renee@ncshp.example', TEST_PASSWORD, '192.0.2.1, 198.51.100.99');
      expect(await recordedIps('renee@ncshp.example')).toEqual(['198.51.100.99']);
    });
  });
});
