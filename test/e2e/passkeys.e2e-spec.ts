import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { baseUrl, DEMO_PASSWORD, launchBrowser, waitForLanding } from './support/browser';

/**
 * Issue 15, item 2, in Chromium with a virtual authenticator (Chrome DevTools Protocol WebAuthn
 * domain): a person adds a passkey on the Sign-in and security page (axe-core finds nothing
 * serious there), signs out, and signs in with the password and then the passkey. WebAuthn takes
 * a domain for its relying party ID, not an IP address, so the browser opens the app at localhost
 * (the server answers its own origin on any host name it is reached by).
 */
const STAMP = Date.now().toString(36);
const EMAIL = `e2e.passkey.${STAMP}@wcso.example`;
const PASSWORD = `passkey-e2e-${STAMP}-quiet-harbor`;

function localhostUrl(): string {
  const url = new URL(baseUrl());
  url.hostname = 'localhost';
  return url.origin;
}

async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A fresh account (the demo ones stay without a second factor for the other specs). */
async function createPerson(): Promise<void> {
  const { login } = await gql<{ login: { token: string } }>(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: 'admin@oversight.example',
    p: DEMO_PASSWORD,
  });
  const { agencies } = await gql<{ agencies: Array<{ id: string; shortName: string }> }>(`{ agencies { id shortName } }`, {}, login.token);
  const wcso = agencies.find((agency) => agency.shortName === 'WCSO') ?? agencies[0];
  await gql(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { email: EMAIL, displayName: `Passkey Tester ${STAMP}`, agencyId: wcso.id, roles: ['PLANNER'], password: PASSWORD } },
    login.token,
  );
}

async function signInWithPassword(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** On a page that has finished loading (its h1 shown), opens the header's account menu. */
async function openAccountMenu(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const toggle = page.getByRole('button', { name: /Account menu/ });
  await toggle.click();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') throw new Error(`the account menu did not open at ${page.url()}`);
}

describe('passkeys in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let authenticatorId: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await createPerson();
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: localhostUrl(), viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    }));
  });
  afterAll(() => browser.close());

  it('adds a passkey on the Sign-in and security page', async () => {
    await signInWithPassword(page);
    await waitForLanding(page);
    await openAccountMenu(page);
    await page.getByRole('link', { name: 'Sign-in and security' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign-in and security' }).waitFor();
    const passkeys = page.getByRole('region', { name: 'Passkeys' });
    await passkeys.getByText('You have no passkeys yet.').waitFor();

    await passkeys.getByLabel(/Name for the new passkey/).fill('E2E laptop');
    await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
    await passkeys.getByText('Passkey “E2E laptop” added. You can use it to sign in.').waitFor();
    const row = passkeys.getByRole('table', { name: 'Your passkeys' }).getByRole('row', { name: /E2E laptop/ });
    await row.getByText('Never').waitFor();

    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0].rpId).toBe('localhost');
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(100);
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('signs out, then signs in with the password and the passkey', async () => {
    await openAccountMenu(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in**');

    await signInWithPassword(page);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await waitForLanding(page);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials[0].signCount).toBeGreaterThan(0);

    await page.goto('/account/security');
    const row = page.getByRole('region', { name: 'Passkeys' }).getByRole('row', { name: /E2E laptop/ });
    await row.waitFor();
    expect(await row.getByText('Never').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
