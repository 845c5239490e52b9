import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser } from './support/browser';
import { startOidcProvider, type ProviderProcess } from './support/oidc-provider';

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

/**
 * Issue 15, item 4, in Chromium: the built server with JOINTOPS_OIDC_* pointing at a real OpenID
 * Provider (oidc-provider, started by this spec in a child process on 127.0.0.1), on demo data of
 * its own database. A person
 * clicks "Sign in with your agency", signs in on the provider's page and lands in JointOps.
 */
describe('sign in with your agency (OpenID Connect)', () => {
  let provider: ProviderProcess;
  let server: ChildProcess;
  let output = '';
  let base: string;
  let database: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const admin = new Client({ connectionString: process.env.E2E_POSTGRES_URL });
    await admin.connect();
    database = `jointops_sso_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(process.env.E2E_POSTGRES_URL as string);
    url.pathname = `/${database}`;

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${base}/auth/oidc/callback`, {
      dwhitfield: { password: 'agency-password', email: 'Dana.Whitfield@ncshp.example', emailVerified: true, amr: ['pwd', 'mfa'] },
      stranger: { password: 'agency-password', email: 'stranger@elsewhere.example', emailVerified: true, amr: ['pwd', 'mfa'] },
      // No amr: the provider vouches for a password only.
      pnatarajan: { password: 'agency-password', email: 'priya.natarajan@hsi.example', emailVerified: true },
    });
    server = spawn(process.execPath, [SERVER], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'development',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: url.toString(),
        JOINTOPS_OIDC_ISSUER: provider.issuer,
        JOINTOPS_OIDC_CLIENT_ID: provider.clientId,
        JOINTOPS_OIDC_CLIENT_SECRET: provider.clientSecret,
        JOINTOPS_PUBLIC_URL: base,
        JOINTOPS_MFA: 'optional',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    for (let i = 0; i < 240 && !(await fetch(`${base}/health/ready`).then((r) => r.ok).catch(() => false)); i++) {
      if (server.exitCode !== null) throw new Error(`server exited:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    }
    await provider?.stop();
    const admin = new Client({ connectionString: process.env.E2E_POSTGRES_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  beforeEach(async () => {
    context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(() => context.close());

  /** On JointOps' sign-in page: the button, then the provider's own page, filled as a person would. */
  async function signInAtAgency(username: string): Promise<void> {
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Sign in with your agency' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('heading', { name: 'Agency identity provider' }).waitFor();
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill('agency-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.origin === base);
  }

  it('lands a demo planner signed in, through the agency provider', async () => {
    await signInAtAgency('dwhitfield');
    await page.waitForURL('**/home');
    await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
    await page.getByText('Dana Whitfield').first().waitFor();
    // The session is the HttpOnly cookie: nothing in the page's storage holds a token.
    const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
    expect(stored).not.toMatch(/token/i);
    const session = (await context.cookies()).find((cookie) => cookie.name === 'jointops_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('asks for the authenticator code when the agency did not check a second factor and the account has one', async () => {
    const gql = async (query: string, token?: string) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data: Record<string, any> };
    };
    const token = (await gql(`mutation { login(email: "priya.natarajan@hsi.example", password: "${DEMO_PASSWORD}") { token } }`)).data.login.token as string;
    const secret = (await gql('mutation { beginTotpEnrollment { secret } }', token)).data.beginTotpEnrollment.secret as string;
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
    await gql(`mutation { confirmTotpEnrollment(code: "${totp.generate()}") { codes } }`, token);

    await signInAtAgency('pnatarajan');
    await page.getByLabel('Code from your authenticator app').waitFor();
    // The next period's code: the current one confirmed the enrollment, and a code is accepted once.
    await page.getByLabel('Code from your authenticator app').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in') && url.pathname !== '/');
    await page.getByText('Priya Natarajan').first().waitFor();
  });

  it('says why when the email the agency gives has no JointOps account', async () => {
    await signInAtAgency('stranger');
    await page.waitForURL('**/sign-in?sso=no-account');
    await page.getByRole('alert').getByText('There is no JointOps account for the email your agency gave.', { exact: false }).waitFor();
    // Still offered, and the password form is still there.
    await page.getByRole('link', { name: 'Sign in with your agency' }).waitFor();
    await expect(page.getByLabel('Email').isVisible()).resolves.toBe(true);
  });

  it('is not offered by a server without single sign-on', async () => {
    await page.goto(`${process.env.E2E_BASE_URL}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to JointOps' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Sign in with your agency' }).count()).toBe(0);
  });

  it('keeps the password working beside it', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill('maria.lopez@cbp.example');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in') && url.pathname !== '/');
  });
});
