import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { Secret, TOTP } from 'otpauth';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs the image's start command (`node dist/…/main.js`) and collects what it prints. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [SERVER], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return { child, exited, output: () => output };
}

describe('production mode, as the container runs it', () => {
  it('refuses to start without DATABASE_URL and says which setting is missing', async () => {
    const run = start({ NODE_ENV: 'production', PORT: String(await freePort()) });
    expect(await run.exited).toBe(78);
    expect(run.output()).toMatch(/DATABASE_URL is required in production/);
  });

  it('starts on a given database with no demo data, introspection off, and the configured admin', async () => {
    const admin = new Client({ connectionString: process.env.E2E_POSTGRES_URL });
    await admin.connect();
    const database = `jointops_production_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(process.env.E2E_POSTGRES_URL as string);
    url.pathname = `/${database}`;
    const port = await freePort();
    const run = start({
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url.toString(),
      JOINTOPS_ADMIN_EMAIL: 'it-admin@agency.example',
      JOINTOPS_ADMIN_PASSWORD: 'a-long-production-passphrase',
      JOINTOPS_ADDRESS_HASH_KEY: 'a-production-address-hash-key-of-32-or-more-characters',
      LOG_LEVEL: 'warn',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 120 && !(await fetch(`${base}/health/ready`).then((r) => r.ok).catch(() => false)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const gql = (query: string, token?: string) =>
        fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) }).then((r) => r.json());

      const introspection = await gql('{ __schema { queryType { name } } }');
      expect(introspection.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const demo = await gql('mutation { login(email: "dana.whitfield@ncshp.example", password: "jointops-demo-2026") { token } }');
      expect(demo.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      // Production requires a second factor (JOINTOPS_MFA defaults to required): the first sign-in
      // may only enroll one; once an authenticator app is confirmed the session may do the rest.
      const signIn = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "it-admin@agency.example", password: "a-long-production-passphrase") { token restricted } }' }),
      });
      const login = await signIn.json();
      const token = login.data.login.token;
      expect(login.data.login.restricted).toBe(true);
      // The browser's session cookie is Secure in production: browsers send it over HTTPS only, which
      // is where production runs (TLS ends at nginx; test/topology signs in through it over TLS).
      // This plain-HTTP run reads the attributes; a script may still send the cookie back itself.
      const cookie = signIn.headers.getSetCookie().find((line) => line.startsWith('jointops_session=')) ?? '';
      expect(cookie.split(';').map((part) => part.trim())).toEqual(expect.arrayContaining([`jointops_session=${token}`, 'Secure', 'HttpOnly', 'SameSite=Strict', 'Path=/']));
      const byCookie = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] }, body: JSON.stringify({ query: '{ me { roles } }' }) });
      expect((await byCookie.json()).data.me.roles).toEqual(['ADMIN']);
      expect((await gql('{ agencies { id } }', token)).errors?.[0].extensions.code).toBe('MFA_ENROLLMENT_REQUIRED');
      const me = await gql('{ me { roles secondFactor } }', token);
      expect(me.data.me).toEqual({ roles: ['ADMIN'], secondFactor: false });
      const secret = (await gql('mutation { beginTotpEnrollment { secret } }', token)).data.beginTotpEnrollment.secret;
      const code = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
      expect((await gql(`mutation { confirmTotpEnrollment(code: "${code}") { codes } }`, token)).data.confirmTotpEnrollment.codes).toHaveLength(10);
      expect((await gql('{ agencies { id } }', token)).data.agencies.length).toBeGreaterThan(0);
      // The next sign-in asks for the second factor.
      const again = await gql('mutation { login(email: "it-admin@agency.example", password: "a-long-production-passphrase") { token } }');
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'MFA_REQUIRED', challenge: expect.any(String) });
      expect(run.output()).not.toMatch(/seeded demo data/);

      // The server itself sends the security headers (no proxy needed), on the page and on the API.
      for (const path of ['/', '/plans', '/health/ready']) {
        const response = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
        expect([path, response.status]).toEqual([path, 200]);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toMatch(/default-src 'self'/);
        expect(csp).toMatch(/script-src 'self'(;|$)/);
        expect(csp).toMatch(/frame-ancestors 'none'/);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
        expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      }
      // No JOINTOPS_METRICS_TOKEN: /metrics is off.
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('ships a compose file with PostgreSQL, Redis, two API replicas behind nginx, all health-checked', () => {
    const compose = parse(readFileSync(join(ROOT, 'docker/compose.yml'), 'utf8'));
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'nginx', 'postgres', 'redis']);
    expect(compose.services.api.deploy.replicas).toBe(2);
    expect(compose.services.api.environment).toMatchObject({ NODE_ENV: 'production', REDIS_URL: 'redis://redis:6379' });
    for (const name of ['api', 'postgres', 'redis']) expect(compose.services[name].healthcheck).toBeDefined();
    expect(compose.services.api.healthcheck.test.join(' ')).toMatch(/health\/ready/);
    const nginx = readFileSync(join(ROOT, 'docker/nginx.conf'), 'utf8');
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade/);
    const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });
});
