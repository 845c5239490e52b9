import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiLogin, findPlanId } from './support/after-action-ui';
import { describeViolations, seriousViolations, violationsAtEveryWidth } from './support/axe';
import { launchBrowser, newContext, openPlanList, signIn, signInAndLand, waitForLanding } from './support/browser';

/** The seeded closed operation (other specs add plans with similar titles). */
const CLOSED_PLAN = 'Operation Clear Lanes — I-40 commercial vehicle safety sweep';

/**
 * axe-core on every page a person reaches, at 1366 px and 390 px; serious and critical violations
 * fail, and so does a page wider than the window or, at 1366 px, a table scrolled sideways.
 */
describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let planPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto('/sign-in');
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await signIn(page, 'dana.whitfield@ncshp.example');
    await openPlanList(page, 'Operation Safe Passage');
    await page.getByRole('link', { name: /Safe Passage/ }).first().click();
    await page.waitForURL('**/plans/*/**');
    planPath = new URL(page.url()).pathname.split('/').slice(0, 3).join('/');
  });
  afterAll(() => browser.close());

  const pages = ['/home', '/help', '/plans', '/plans/new', 'overview', 'objectives', 'roles', 'checklist', 'timeline', 'resources', 'comms', 'places', 'activity', 'approvals', '/corrective-actions', '/lessons', '/training', '/agreements'];

  it.each(pages)('%s has no serious or critical violations, and nothing wider than the window', async (path) => {
    await page.goto(path.startsWith('/') ? path : `${planPath}/${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await violationsAtEveryWidth(page)).toEqual([]);
  });

  it.each(['operation', 'debrief', 'report'])('closed plan "Operation Clear Lanes" %s has no serious or critical violations', async (path) => {
    const closedPlanId = await findPlanId(await apiLogin('dana.whitfield@ncshp.example'), CLOSED_PLAN);
    await page.goto(`/plans/${closedPlanId}/${path}`);
    await page.getByRole('heading', { level: 2, name: { operation: 'Operation', debrief: 'Debrief', report: 'After-action report' }[path], exact: true }).waitFor();
    expect(await violationsAtEveryWidth(page)).toEqual([]);
  });

  it.each([1366, 390])('closed plan "Operation Clear Lanes" overview at %i px says the operation is closed, not "Ready for review", with no serious or critical violations', async (width) => {
    const closedPlanId = await findPlanId(await apiLogin('dana.whitfield@ncshp.example'), CLOSED_PLAN);
    await page.setViewportSize({ width, height: 900 });
    try {
      await page.goto(`/plans/${closedPlanId}/overview`);
      await page.getByRole('heading', { level: 2, name: 'Readiness', exact: true }).waitFor();
      await page.getByText(/The operation is closed/).waitFor();
      expect(await page.getByText(/Ready for review/).count()).toBe(0);
      await page.waitForLoadState('networkidle');
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it.each(['/oversight', '/oversight/transparency', '/oversight/effectiveness', '/oversight/complaints'])('%s (as oversight) has no serious or critical violations, and nothing wider than the window', async (path) => {
    const oversight = await (await newContext(browser)).newPage();
    await signInAndLand(oversight, 'evelyn.brooks@oversight.example');
    await oversight.goto(path);
    await oversight.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await violationsAtEveryWidth(oversight)).toEqual([]);
  });

  it('/admin (as admin) has no serious or critical violations', async () => {
    const admin = await (await newContext(browser)).newPage();
    await signInAndLand(admin, 'admin@oversight.example');
    await admin.goto('/admin');
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    await admin.getByRole('table', { name: 'Accounts' }).waitFor();
    expect(await violationsAtEveryWidth(admin)).toEqual([]);
  });

  it('lets a planner sign in and add an objective with the keyboard alone', async () => {
    const keyboard = await (await newContext(browser)).newPage();
    await keyboard.goto('/sign-in');
    await keyboard.getByLabel('Email').focus();
    await keyboard.keyboard.type('dana.whitfield@ncshp.example');
    await keyboard.keyboard.press('Tab');
    await keyboard.keyboard.type('jointops-demo-2026');
    await keyboard.keyboard.press('Enter');
    await waitForLanding(keyboard);
    await keyboard.goto(`${planPath}/objectives`);
    const title = keyboard.getByLabel('Title', { exact: false }).last();
    await title.waitFor();
    await title.focus();
    const name = `Keyboard objective ${Date.now()}`;
    await keyboard.keyboard.type(name);
    await keyboard.keyboard.press('Enter');
    await keyboard.getByText(name).first().waitFor();
  });
});
