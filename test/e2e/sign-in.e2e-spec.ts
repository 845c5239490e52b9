import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newContext, openPlanList, signIn, waitForLanding } from './support/browser';

describe('signing in through the web page', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterEach(() => context.close());

  it('sends a visitor to sign-in, then lands a demo planner on My work with their agency shown', async () => {
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await signIn(page, 'dana.whitfield@ncshp.example');
    await page.waitForURL('**/home');
    await page.getByRole('heading', { name: 'My work', level: 1 }).waitFor();
    await page.getByText('Dana Whitfield').first().waitFor();
    await expect(page.getByText('NCSHP').first().isVisible()).resolves.toBe(true);
  });

  it('says so when the password is wrong, and stays on sign-in', async () => {
    await signIn(page, 'dana.whitfield@ncshp.example', 'not-the-right-password');
    await page.getByText('Email or password is incorrect.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it('validates empty fields before asking the server', async () => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your email address.').first().waitFor();
  });

  it('signs out and brings an ended session back to sign-in with a message', async () => {
    await signIn(page, 'maria.lopez@cbp.example');
    await waitForLanding(page);

    // The session is an HttpOnly, SameSite=Strict cookie: no script of the page sees it, and the
    // page keeps no token in its storage.
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'jointops_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', secure: false });
    expect(cookie.expires * 1000).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    const scriptView = await page.evaluate(() => ({ cookie: document.cookie, stored: JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }) }));
    expect(scriptView.cookie).not.toContain('jointops_session');
    expect(scriptView.stored).not.toContain(cookie.value);
    expect(scriptView.stored).not.toMatch(/token/i);

    // End the session behind the page's back, as an expiry would (the cookie's value is the bearer token).
    const token = cookie.value;
    await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    await page.reload();
    await page.waitForURL('**/sign-in**');
    await page.getByText('Your session expired. Sign in again to continue.').waitFor();

    await signIn(page, 'maria.lopez@cbp.example');
    await waitForLanding(page);
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    expect(await page.evaluate(() => window.localStorage.getItem('jointops.session'))).toBeNull();
    // logout's answer dropped the cookie, and a reload stays signed out.
    expect((await context.cookies()).filter((c) => c.name === 'jointops_session')).toEqual([]);
    await page.goto('/plans');
    await page.waitForURL('**/sign-in');
  });

  it('a session opened elsewhere in the browser (its cookie only) is picked up at start by asking me', async () => {
    await signIn(page, 'maria.lopez@cbp.example');
    await waitForLanding(page);
    const cookies = await context.cookies();
    const other = await browser.newContext({ baseURL: baseUrl() });
    try {
      await other.addCookies(cookies.filter((c) => c.name === 'jointops_session'));
      const fresh = await other.newPage();
      await fresh.goto('/plans');
      await fresh.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
      expect(new URL(fresh.url()).pathname).toBe('/plans');
    } finally {
      await other.close();
    }
  });

  it('runs under the server\'s strict Content-Security-Policy: no violation on any section of a draft and a closed plan, live updates and charts included', async () => {
    // Chromium reports a blocked script, style, image, font or connection both as a
    // securitypolicyviolation event and as a console error.
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void (window as unknown as { reportCspViolation: (text: string) => Promise<void> }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    // The live connection (graphql-ws on the page's own origin) must be allowed by connect-src 'self'.
    const acknowledged = new Promise<void>((resolve) => {
      page.on('websocket', (socket) => socket.on('framereceived', (frame) => String(frame.payload).includes('connection_ack') && resolve()));
    });

    const first = await page.goto('/sign-in');
    const csp = first?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self'/);
    await signIn(page, 'dana.whitfield@ncshp.example');
    await openPlanList(page);
    await page.getByRole('link', { name: /^Operation Safe Passage/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Operation Safe Passage/ }).waitFor();
    await acknowledged;
    await page.waitForLoadState('networkidle');

    // Every section of a draft and of a closed plan (Gantt chart, report charts, lazily loaded
    // chunks and their CSS), and the pages beside them.
    const visitSections = async () => {
      const links = page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link');
      for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') as string))) {
        await page.locator(`nav[aria-label="Plan sections"] a[href="${href}"]`).click();
        await page.waitForURL(`**${href}`);
        await page.waitForLoadState('networkidle');
        // No section shows an error (a query the server refuses shows one).
        expect(`${href}: ${await page.locator('.usa-alert--error').count()} error alerts`).toBe(`${href}: 0 error alerts`);
      }
    };
    await visitSections();
    await page.goto('/plans');
    // The seeded closed plan (other specs create plans named "Operation Clear Lanes <suffix>").
    await page.getByRole('link', { name: /^Operation Clear Lanes — / }).click();
    await page.getByRole('heading', { level: 1, name: /^Operation Clear Lanes — / }).waitFor();
    await visitSections();
    for (const path of ['/corrective-actions', '/lessons']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    // The oversight pages draw charts too.
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await signIn(page, 'evelyn.brooks@oversight.example');
    // Signing in again returns to the page the session ended on.
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    for (const path of ['/oversight', '/oversight/transparency']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    await page.getByTestId('transparency-report').waitFor();

    expect(violations).toEqual([]);
    // Nothing else went wrong either: every section's queries pass the server's limits.
    expect(consoleErrors).toEqual([]);
  });
});
