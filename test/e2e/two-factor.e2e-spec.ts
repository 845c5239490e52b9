import type { Browser, Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser, newContext, signIn, waitForLanding } from './support/browser';
import { agencyIdsByShortName, apiAs } from './support/review-ui';

/**
 * Issue 15, item 1, in the browser: a planner sets up an authenticator app on Sign-in and
 * security (the test computes the codes the app would show), keeps the recovery codes, signs out,
 * and signs in with the password and then a code; a wrong code is said beside the field. A fresh
 * account, so the demo accounts keep signing in with a password alone.
 */
const STAMP = Date.now().toString(36);
const EMAIL = `e2e.totp.${STAMP}@ncshp.example`;
const PASSWORD = `totp-pass-${STAMP}-granite-harbor`;
const SHOTS = process.env.E2E_SHOTS_DIR;

function code(secret: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: Date.now() + steps * 30_000 });
}

async function expectAxeClean(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(100);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/two-factor-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('two-factor sign-in in the browser', () => {
  let browser: Browser;
  const consoleErrors: string[] = [];
  const failed: string[] = [];

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    // As support/page-health.ts: a request the page dropped itself (the sign-in options, once the code step replaces the form) is no failure.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.method()} ${request.url()}`);
    });
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await apiAs('admin@oversight.example');
    const agencies = await agencyIdsByShortName(admin);
    await admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: EMAIL, displayName: `TOTP Tester ${STAMP}`, agencyId: agencies.NCSHP, roles: ['PLANNER'], password: PASSWORD },
    });
  });
  afterAll(() => browser.close());
  afterEach(() => {
    expect(consoleErrors).toEqual([]);
    expect(failed).toEqual([]);
  });

  it('sets up an authenticator app, then signs in with the password and a code', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    watch(page);
    await signIn(page, EMAIL, PASSWORD);
    await waitForLanding(page);
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('link', { name: 'Sign-in and security' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign-in and security' }).waitFor();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = ((await page.locator('code.jo-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAxeClean(page, 'setup');

    // One bad input: a code of another step is said beside the field, and nothing is set up.
    await page.getByLabel('Code', { exact: true }).fill(code(secret, 10));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('That code does not match').waitFor();
    await page.getByLabel('Code', { exact: true }).fill(code(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    const list = page.getByRole('list', { name: 'Recovery codes' });
    await list.waitFor();
    const recovery = await list.getByRole('listitem').allTextContents();
    expect(recovery).toHaveLength(10);
    await expectAxeClean(page, 'recovery-codes');

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in**');

    await signIn(page, EMAIL, PASSWORD);
    const field = page.getByLabel('Code from your authenticator app');
    await field.waitFor();
    await expectAxeClean(page, 'sign-in-code');
    await field.fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('That code is not valid').waitFor();
    // The enrollment used the current step: the app's next code signs in.
    await field.fill(code(secret, 1));
    await page.getByRole('button', { name: 'Verify' }).click();
    await waitForLanding(page);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await context.close();
  });
});
