import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium; no browser download (STACK.md). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const DEMO_PASSWORD = process.env.JOINTOPS_DEMO_PASSWORD ?? 'jointops-demo-2026';

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through `npm run e2e`.');
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 900 } });
}

/** After signIn: waits until the app has taken the user to their landing page (My work, Administration or Oversight). */
export async function waitForLanding(page: Page): Promise<void> {
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in') && url.pathname !== '/');
}

/**
 * After signIn: waits for the landing page, then opens the plan list, searched for `search` when
 * given (the list is paged, and specs sharing the database add plans: a seeded plan may not be on
 * the first page).
 */
export async function openPlanList(page: Page, search?: string): Promise<void> {
  await waitForLanding(page);
  await page.goto(search ? `/plans?q=${encodeURIComponent(search)}` : '/plans');
  await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in through the form and waits until the app has left the sign-in page for the person's landing page. */
export async function signInAndLand(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await signIn(page, email, password);
  await waitForLanding(page);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** A new page of `context`, signed in as `email` through the form and on the person's landing page. */
export async function signedInPage(context: BrowserContext, email: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signIn(page, email);
  await waitForLanding(page);
  return page;
}
