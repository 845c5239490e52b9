import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, signIn } from './support/browser';

/**
 * Produces the screenshots of docs/guide.md: each kind of user on their main screens, on the
 * demo data. Files in docs/guide/images/ are overwritten on every run.
 */
const IMAGES = join(__dirname, '..', '..', 'docs', 'guide', 'images');
const VIEWPORT = { width: 1280, height: 800 };

describe('user guide screenshots', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(IMAGES, { recursive: true });
    browser = await launchBrowser();
  });
  // Each user signs out of the picture before the next one: no stale presence avatars.
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(() => browser.close());

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: baseUrl(), viewport: VIEWPORT });
    contexts.push(context);
    return context.newPage();
  }

  async function signedIn(email: string): Promise<Page> {
    const page = await freshPage();
    await signIn(page, email);
    await page.waitForURL('**/plans');
    await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    return page;
  }

  /** Opens a plan from the plans list and answers its workspace path (`/plans/<id>`). */
  async function openPlan(page: Page, title: RegExp): Promise<string> {
    await page.getByRole('link', { name: title }).first().click();
    await page.waitForURL('**/plans/*/**');
    return new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
  }

  async function section(page: Page, path: string, heading: string): Promise<void> {
    await page.goto(path);
    await page.getByRole('heading', { level: 2, name: heading, exact: true }).first().waitFor();
  }

  /** Lets requests finish (and charts draw) before the picture is taken. */
  async function shoot(page: Page, name: string, settleMs = 0): Promise<void> {
    await page.waitForLoadState('networkidle').catch(() => undefined);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    await page.screenshot({ path: join(IMAGES, `${name}.png`), fullPage: false });
  }

  it('sign-in', async () => {
    const page = await freshPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in to JointOps' }).waitFor();
    await shoot(page, 'sign-in');
  });

  it('planner: plans, overview with readiness, timeline, checklist', async () => {
    const page = await signedIn('dana.whitfield@ncshp.example');
    await page.getByRole('link', { name: /Safe Passage/ }).first().waitFor();
    await shoot(page, 'planner-plans');

    const plan = await openPlan(page, /Safe Passage/);
    await section(page, `${plan}/overview`, 'Readiness');
    await shoot(page, 'planner-overview');

    await section(page, `${plan}/timeline`, 'Timeline');
    await shoot(page, 'planner-timeline', 400);

    await section(page, `${plan}/checklist`, 'Checklist');
    await shoot(page, 'planner-checklist');
  });

  it('agency lead: approvals of the closed plan', async () => {
    const page = await signedIn('marcus.bell@ncshp.example');
    const plan = await openPlan(page, /Clear Lanes/);
    await section(page, `${plan}/approvals`, 'Approvals');
    await shoot(page, 'lead-approvals');
  });

  it('officer: operation log and debrief of the closed plan', async () => {
    const page = await signedIn('tom.hargrove@wcso.example');
    const plan = await openPlan(page, /Clear Lanes/);
    await section(page, `${plan}/operation`, 'Operation');
    await shoot(page, 'officer-operation');

    await section(page, `${plan}/debrief`, 'Debrief');
    await shoot(page, 'officer-debrief');
  });

  it('oversight: verified plan log and transparency report', async () => {
    const page = await signedIn('evelyn.brooks@oversight.example');
    await page.goto('/oversight');
    await page.getByRole('heading', { level: 1, name: 'Oversight' }).waitFor();
    await page.getByRole('link', { name: /Clear Lanes/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Clear Lanes/ }).waitFor();
    await page.getByRole('button', { name: 'Verify log' }).click();
    await page.getByTestId('verify-result').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Verify the log' }).scrollIntoViewIfNeeded();
    await shoot(page, 'oversight-verify-log');

    await page.goto('/oversight/transparency');
    await page.getByRole('heading', { level: 1, name: 'Transparency report' }).waitFor();
    await shoot(page, 'oversight-transparency', 400);
  });

  it('admin: agencies and accounts', async () => {
    const page = await signedIn('admin@oversight.example');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('table', { name: 'Agencies' }).waitFor();
    await page.getByRole('table', { name: 'Accounts' }).waitFor();
    await shoot(page, 'admin-agencies');

    await page.getByRole('heading', { level: 2, name: 'Accounts' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'admin-accounts');
  });
});
