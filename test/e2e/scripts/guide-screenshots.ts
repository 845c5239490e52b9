import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPlanList, signIn, waitForLanding } from '../support/browser';
import startServer from '../support/global-setup';
import stopServer from '../support/global-teardown';

/**
 * Regenerates the screenshots of docs/guide.md: each kind of user on their main screens, on fresh
 * demo data. A script, not a test: it asserts nothing and rewrites docs/guide/images/.
 * Run with `npm run guide` (builds first); GUIDE_ONLY=<part of a name> retakes only those.
 */
const IMAGES = join(__dirname, '..', '..', '..', 'docs', 'guide', 'images');
const VIEWPORT = { width: 1280, height: 800 };

async function main(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  await startServer();
  const browser = await launchBrowser();
  try {
    const only = process.env.GUIDE_ONLY;
    for (const [name, shots] of Object.entries(GUIDE).filter(([name]) => !only || name.includes(only))) {
      process.stdout.write(`${name}\n`);
      const context = await browser.newContext({ baseURL: baseUrl(), viewport: VIEWPORT });
      try {
        await shots(await context.newPage());
      } finally {
        // Each user leaves before the next one: no stale presence avatars in the pictures.
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await stopServer();
  }
}

async function signedIn(page: Page, email: string): Promise<Page> {
  await signIn(page, email);
  await openPlanList(page);
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

const GUIDE: Record<string, (page: Page) => Promise<void>> = {
  'sign-in': async (page) => {
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in to JointOps' }).waitFor();
    await shoot(page, 'sign-in');
  },
  'planner: plans, overview with readiness, timeline, checklist': async (page) => {
    await signedIn(page, 'dana.whitfield@ncshp.example');
    await page.getByRole('link', { name: /Safe Passage/ }).first().waitFor();
    await shoot(page, 'planner-plans');

    const plan = await openPlan(page, /Safe Passage/);
    await section(page, `${plan}/overview`, 'Readiness');
    await shoot(page, 'planner-overview');

    await section(page, `${plan}/timeline`, 'Timeline');
    await shoot(page, 'planner-timeline', 400);

    await section(page, `${plan}/checklist`, 'Checklist');
    await shoot(page, 'planner-checklist');

    await page.goto(`${plan}/timeline`);
    await page.getByRole('link', { name: 'Help' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'JointOps user guide' }).waitFor();
    await shoot(page, 'help', 300);

    await page.goto('/plans/new');
    await page.getByRole('heading', { level: 1, name: 'New plan' }).waitFor();
    await page.getByLabel('Title', { exact: false }).first().fill('Operation Quiet Harbor');
    await page.getByLabel(/Time zone/).selectOption('America/Chicago');
    await shoot(page, 'planner-new-plan');

    await page.setViewportSize({ width: 390, height: 844 });
    await section(page, `${plan}/timeline`, 'Timeline');
    await page.getByTestId('timeline-cards').waitFor();
    await shoot(page, 'planner-timeline-phone', 300);
  },
  'agency lead: my work, approvals of the closed plan': async (page) => {
    await signIn(page, 'marcus.bell@ncshp.example');
    await waitForLanding(page);
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Awaiting your decision/ }).waitFor();
    await shoot(page, 'lead-my-work');

    await openPlanList(page);
    const plan = await openPlan(page, /Clear Lanes/);
    await section(page, `${plan}/approvals`, 'Approvals');
    await shoot(page, 'lead-approvals');
  },
  'agency lead: notifications': async (page) => {
    await signIn(page, 'marcus.bell@ncshp.example');
    await waitForLanding(page);
    await page.getByRole('link', { name: /^Notifications, \d+ unread$/ }).first().waitFor();
    await page.goto('/notifications');
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await shoot(page, 'lead-notifications', 300);
  },
  'officer: operation log and debrief of the closed plan': async (page) => {
    await signedIn(page, 'tom.hargrove@wcso.example');
    const plan = await openPlan(page, /Clear Lanes/);
    await section(page, `${plan}/operation`, 'Operation');
    await shoot(page, 'officer-operation');

    await section(page, `${plan}/debrief`, 'Debrief');
    await shoot(page, 'officer-debrief');
  },
  'oversight: verified plan log and transparency report': async (page) => {
    await signedIn(page, 'evelyn.brooks@oversight.example');
    await page.goto('/oversight');
    await page.getByRole('heading', { level: 1, name: 'Oversight' }).waitFor();
    await page.getByRole('link', { name: /Clear Lanes/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Clear Lanes/ }).waitFor();
    await page.getByRole('button', { name: 'Verify log' }).click();
    await page.getByTestId('verify-result').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Verify the log' }).scrollIntoViewIfNeeded();
    await shoot(page, 'oversight-verify-log');

    const filters = page.getByTestId('event-log-filters');
    await filters.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await filters.getByLabel('Search').fill('debrief');
    await shoot(page, 'oversight-event-log', 300);

    await page.goto('/oversight/transparency');
    await page.getByRole('heading', { level: 1, name: 'Transparency report' }).waitFor();
    await shoot(page, 'oversight-transparency', 400);
  },
  'admin: agencies and accounts': async (page) => {
    await signedIn(page, 'admin@oversight.example');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL('**/admin');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await page.getByRole('table', { name: 'Agencies' }).waitFor();
    await page.getByRole('table', { name: 'Accounts' }).waitFor();
    await shoot(page, 'admin-agencies');

    await page.getByRole('heading', { level: 2, name: 'Accounts' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'admin-accounts');

    // Opened to look at, not changed: the demo accounts stay as seeded.
    await page.getByRole('button', { name: 'Manage Dana Whitfield' }).click();
    const panel = page.getByRole('region', { name: 'Manage Dana Whitfield' });
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await panel.getByRole('button', { name: /^Disable account/ }).click();
    await shoot(page, 'admin-manage-account');
  },
  'agreements and training: the register, an agreement, the readiness they gate, a training matrix': async (page) => {
    await signedIn(page, 'admin@oversight.example');
    await page.goto('/agreements');
    await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
    await page.getByRole('link', { name: 'Wake County mutual-aid agreement' }).waitFor();
    await shoot(page, 'agreements-register');
    await page.getByRole('link', { name: 'Interstate Corridor Task-Force MOU (v3)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Interstate Corridor Task-Force MOU (v3)' }).waitFor();
    await shoot(page, 'agreement-page');
  },
  'agreements and training: the draft blocked by them, and an agency training matrix': async (page) => {
    await signedIn(page, 'james.okafor@cbp.example');
    await openPlanList(page);
    const plan = await openPlan(page, /Safe Passage/);
    await section(page, `${plan}/overview`, 'Readiness');
    await page.locator('[data-code="AGREEMENT_MISSING"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'planner-accountability-blockers', 300);
    await page.goto('/training');
    await page.getByRole('button', { name: 'Download CSV' }).waitFor();
    await shoot(page, 'lead-training-matrix', 300);
  },
  'public side: a complaint in Spanish on a phone, its receipt, the published figures': async (page) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/complaints/new');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: 'Presentar una queja' }).waitFor();
    await shoot(page, 'public-complaint-form-phone');
    // The guide's own filing, from the screenshot machine: one of the five an address may send per hour.
    const form = page.getByRole('form', { name: 'Queja' });
    await form.getByLabel('¿De qué trata la queja?').selectOption('LANGUAGE_ACCESS');
    await form.getByLabel('¿Cuándo ocurrió?').fill('2026-11-30T14:30');
    await form.getByLabel('¿Dónde ocurrió?').fill('Parada de camiones de la salida 312, I-40');
    await form.getByLabel('¿Qué ocurrió?').fill('Pedí un intérprete y el agente siguió hablando solo en inglés.');
    await form.getByRole('button', { name: 'Enviar queja' }).click();
    await page.getByTestId('tracking-code').waitFor();
    await shoot(page, 'public-complaint-receipt-phone');

    await page.setViewportSize(VIEWPORT);
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto('/transparency?year=2026');
    await page.getByRole('heading', { level: 2, name: 'Figures for 2026' }).waitFor();
    // The demo's one operation is suppressed everywhere; its nine complaints show both sides of the rule.
    await page.getByRole('table', { name: 'Complaints by category' }).evaluate((el) => (el.closest('figure') ?? el).scrollIntoView({ block: 'start' }));
    await shoot(page, 'public-figures', 400);
  },
  'oversight: complaints and effectiveness': async (page) => {
    await signedIn(page, 'evelyn.brooks@oversight.example');
    await page.goto('/oversight/complaints');
    await page.getByTestId('complaint-row').first().waitFor();
    await shoot(page, 'oversight-complaints');
    await page.getByTestId('complaint-row').filter({ hasText: 'Closed' }).getByRole('link').click();
    await page.getByRole('form', { name: 'Handle this complaint' }).waitFor();
    await shoot(page, 'oversight-complaint', 300);
    await page.goto('/oversight/effectiveness?from=2026-01-01&to=2026-12-31');
    await page.getByTestId('effectiveness-report').waitFor();
    await shoot(page, 'oversight-effectiveness', 300);
  },
  'your account: the account menu and Change password': async (page) => {
    await signedIn(page, 'dana.whitfield@ncshp.example');
    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('link', { name: 'Change password' }).waitFor();
    await shoot(page, 'account-menu');
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
    await shoot(page, 'change-password');
  },
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
