import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newContext, signIn } from './support/browser';

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

  it('sends a visitor to sign-in, then lands a demo planner on the plans page with their agency shown', async () => {
    await page.goto('/');
    await page.waitForURL('**/sign-in');
    await signIn(page, 'dana.whitfield@ncshp.example');
    await page.waitForURL('**/plans');
    await page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
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
    await page.waitForURL('**/plans');

    // End the session behind the page's back, as an expiry would.
    const stored = await page.evaluate(() => window.localStorage.getItem('jointops.session'));
    const { token } = JSON.parse(stored as string);
    await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    await page.reload();
    await page.waitForURL('**/sign-in**');
    await page.getByText('Your session expired. Sign in again to continue.').waitFor();

    await signIn(page, 'maria.lopez@cbp.example');
    await page.waitForURL('**/plans');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    expect(await page.evaluate(() => window.localStorage.getItem('jointops.session'))).toBeNull();
  });
});
