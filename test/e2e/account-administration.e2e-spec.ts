import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser, newContext, signIn } from './support/browser';
import { tick } from './support/plan-ui';

/**
 * Issue 13, item 6, in the browser: an administrator creates an account, edits it, disables and
 * re-enables it, and resets it; the person signs in with the one-time password, can reach nothing
 * but "Choose a new password", chooses one and lands in the app. axe-core at 1366 and 390 px on
 * the pages this adds; no console errors.
 */
const STAMP = Date.now().toString(36);
const EMAIL = `e2e.person.${STAMP}@wcso.example`;
const FIRST_PASSWORD = `first-pass-${STAMP}-quiet-harbor`;
const CHOSEN = `chosen-pass-${STAMP}-silver-meadow`;
/** Set to keep screenshots of the new pages, to look at. */
const SHOTS = process.env.E2E_SHOTS_DIR;

async function expectAxeClean(page: Page): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(100);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('account administration in the browser', () => {
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  const watch = (target: Page) =>
    target.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newContext(browser);
    page = await admin.newPage();
    watch(page);
    await signIn(page, 'admin@oversight.example');
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
  });
  afterAll(() => browser.close());

  const panel = () => page.getByRole('region', { name: /^Manage / });
  const row = () => page.getByRole('table', { name: 'Accounts' }).getByRole('row', { name: new RegExp(EMAIL.replace(/\./g, '\\.')) });

  /** Signs the person in on a fresh browser and answers their page. */
  async function personSignsIn(password: string): Promise<{ context: BrowserContext; person: Page }> {
    const context = await newContext(browser);
    const person = await context.newPage();
    watch(person);
    await signIn(person, EMAIL, password);
    return { context, person };
  }

  it('creates an account, then edits its name and roles', async () => {
    const form = page.getByRole('form', { name: 'Create account' });
    await form.getByLabel(/^Email/).fill(EMAIL);
    await form.getByLabel(/^Display name/).fill('Pat Example');
    await form.getByRole('combobox', { name: /^Agency/ }).selectOption({ label: "Wake County Sheriff's Office (WCSO)" });
    await tick(form, 'Officer');
    await form.getByLabel(/^Password/).fill(FIRST_PASSWORD);
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Created the account of Pat Example (${EMAIL}).`).waitFor();

    await page.getByRole('button', { name: 'Manage Pat Example' }).click();
    const edit = panel().getByRole('form', { name: 'Edit the account of Pat Example' });
    await edit.getByLabel(/^Display name/).fill('Pat Renamed');
    await tick(edit, 'Planner');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/Saved the account of Pat Renamed/).waitFor();
    await expect(row().getByRole('rowheader').textContent()).resolves.toBe('Pat Renamed');
    await expect(row().textContent()).resolves.toContain('Planner, Officer');
  });

  it('disables the account after confirming: the person cannot sign in; re-enabled, they can', async () => {
    await panel().getByRole('button', { name: /^Disable account/ }).click();
    await panel().getByRole('button', { name: 'Yes, disable' }).click();
    await panel().getByText('Pat Renamed is disabled and was signed out everywhere.').waitFor();
    await row().getByText('Disabled').waitFor();

    const refused = await personSignsIn(FIRST_PASSWORD);
    await refused.person.getByText('Email or password is incorrect.').waitFor();
    expect(new URL(refused.person.url()).pathname).toBe('/sign-in');
    await refused.context.close();

    await panel().getByRole('button', { name: /^Re-enable account/ }).click();
    await panel().getByRole('button', { name: 'Yes, re-enable' }).click();
    await panel().getByText('Pat Renamed can sign in again.').waitFor();
    await expect(row().textContent()).resolves.toContain('Active');
  });

  it('resets to a one-time password; the person must choose a new password before anything else, then lands in the app', async () => {
    const before = await personSignsIn(FIRST_PASSWORD);
    await before.person.waitForURL((url) => url.pathname !== '/sign-in');

    await panel().getByRole('button', { name: /^Reset password/ }).click();
    await panel().getByRole('button', { name: 'Yes, reset' }).click();
    const oneTime = (await panel().getByTestId('one-time-password').textContent())!.trim();
    expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await panel().getByRole('button', { name: 'Copy password' }).waitFor();
    if (SHOTS) await panel().screenshot({ path: `${SHOTS}/admin-manage-account.png` });
    await expectAxeClean(page);

    // The session the person had open ended with the reset.
    await before.person.reload();
    await before.person.waitForURL('**/sign-in**');
    await before.context.close();

    const { context, person } = await personSignsIn(oneTime);
    await person.waitForURL('**/account/password');
    await person.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await person.goto('/plans');
    await person.waitForURL('**/account/password');
    await person.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    expect(await person.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link').count()).toBe(0);
    if (SHOTS) await person.screenshot({ path: `${SHOTS}/choose-new-password.png` });
    await expectAxeClean(person);

    const form = person.getByRole('form', { name: 'Choose a new password' });
    await form.getByLabel(/^One-time password/).fill(oneTime);
    await form.getByLabel(/^New password(?! again)/).fill(CHOSEN);
    await form.getByLabel(/^New password again/).fill(CHOSEN);
    await form.getByRole('button', { name: 'Save new password' }).click();
    // On to the page the person asked for before (the plan list); navigating closes the account menu, so wait for it.
    await person.waitForURL('**/plans');
    await person.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    await person.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Plans' }).waitFor();

    // From the account menu, the same page changes the password again, voluntarily this time.
    const accountMenu = person.getByRole('button', { name: /Account menu/ });
    await accountMenu.click();
    await person.locator('#account-menu').getByRole('link', { name: 'Change password' }).waitFor();
    if (SHOTS) await person.screenshot({ path: `${SHOTS}/account-menu.png`, clip: { x: 0, y: 0, width: 1280, height: 320 } });
    await person.locator('#account-menu').getByRole('link', { name: 'Change password' }).click();
    await person.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
    await expectAxeClean(person);
    await context.close();
  });

  it('fits a phone: a card per account, with its Manage, not wider than the page; the create form names what is missing', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const cards = page.getByRole('list', { name: 'Accounts' });
      await cards.waitFor();
      expect(await page.getByRole('table', { name: 'Accounts' }).count()).toBe(0);
      expect(await cards.getByRole('button', { name: /^Manage / }).count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const form = page.getByRole('form', { name: 'Create account' });
      await form.getByRole('button', { name: 'Create account' }).click();
      await form.locator('.usa-error-message').first().waitFor();
      expect(await form.locator('.usa-error-message').allInnerTexts()).toEqual(expect.arrayContaining(['Email is required.']));
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
