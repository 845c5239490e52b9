import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { violationsAtEveryWidth } from './support/axe';
import { launchBrowser, signIn, waitForLanding } from './support/browser';
import { watchPageHealth } from './support/page-health';
import { uniqueSuffix } from './support/plan-ui';
import { apiAs, approvalCard, buildReadyPlan, openPlanAs, type CreatedPlan, type Person } from './support/review-ui';

const ROOT = join(__dirname, '..', '..');
const SERVER = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const DANA = 'dana.whitfield@ncshp.example';
const JAMES = 'james.okafor@cbp.example';
/** Where to save screenshots of the page (for the guide), when set. */
const SHOTS = process.env.E2E_SHOTS_DIR;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The bell's accessible name carries the unread count: "Notifications" or "Notifications, 3 unread". */
function bell(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: /^Notifications(, \d+ unread)?$/ });
}
const bellNamed = (count: number) => (count > 0 ? `Notifications, ${count} unread` : 'Notifications');

/**
 * Issue 18, in the app: Dana (NCSHP planner) submits a plan on one API instance; James, CBP's
 * lead, signed in on a second instance of the same database, sees his bell count it at once (the
 * live bus crosses instances), opens the notification from the notifications page (axe-clean at a
 * desktop and a phone width), lands on the plan's Approvals and signs; the notification is read.
 */
describe('notifications: a review request reaches the lead live, on another instance', () => {
  let second: ChildProcess;
  let secondBase: string;
  let output = '';
  let browser: Browser;
  let plan: CreatedPlan & { revision: number };
  let dana: Person | undefined;
  let jamesContext: BrowserContext | undefined;

  beforeAll(async () => {
    // A second instance of the built server on the first one's database (migrations and seed are no-ops there).
    const port = await freePort();
    secondBase = `http://127.0.0.1:${port}`;
    second = spawn(process.execPath, [SERVER], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'development',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: process.env.E2E_POSTGRES_URL as string,
        // The same live transport as the first instance (CI sets REDIS_URL): replicas on different
        // transports would not hear each other.
        ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
        ...(process.env.JOINTOPS_DEMO_PASSWORD ? { JOINTOPS_DEMO_PASSWORD: process.env.JOINTOPS_DEMO_PASSWORD } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    second.stdout?.on('data', (chunk) => (output += chunk));
    second.stderr?.on('data', (chunk) => (output += chunk));
    for (let i = 0; i < 240 && !(await fetch(`${secondBase}/health/ready`).then((r) => r.ok).catch(() => false)); i++) {
      if (second.exitCode !== null) throw new Error(`second instance exited:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (!(await fetch(`${secondBase}/health/ready`).then((r) => r.ok).catch(() => false))) throw new Error(`second instance did not become ready:\n${output}`);

    browser = await launchBrowser();
    const danaApi = await apiAs(DANA);
    plan = await buildReadyPlan(danaApi, {
      title: `Operation Harbor Bell ${uniqueSuffix()}`,
      partners: ['CBP'],
      objective: { title: 'Inspect every stopped truck', successCriteria: 'Each stop has its inspection report filed.' },
    });
  });

  afterAll(async () => {
    await dana?.context.close();
    await jamesContext?.close();
    await browser?.close();
    if (second && second.exitCode === null) {
      const exited = new Promise((resolve) => second.once('exit', resolve));
      second.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    }
  });

  it('a planner submits, the lead’s bell shows it live on another instance, the lead opens it and signs', async () => {
    // --- James, on the second instance: his bell, subscribed ---
    jamesContext = await browser.newContext({ baseURL: secondBase, viewport: { width: 1366, height: 900 } });
    const james = await jamesContext.newPage();
    james.setDefaultTimeout(20_000);
    const jamesHealth = watchPageHealth(james);
    const subscribed = new Promise<void>((resolve) =>
      james.on('websocket', (socket) => socket.on('framesent', (frame) => (String(frame.payload).includes('notificationAdded') ? resolve() : undefined))),
    );
    await signIn(james, JAMES);
    await waitForLanding(james);
    await subscribed;
    // His unread count from the server, then the bell showing it: the bell is named "Notifications"
    // until its count has loaded, which would read as 0 while he has unread ones from earlier specs.
    const jamesApi = await apiAs(JAMES);
    const before = (await jamesApi<{ notifications: { unreadCount: number } }>('{ notifications(first: 1) { unreadCount } }')).notifications.unreadCount;
    await james.getByRole('banner').getByRole('link', { name: bellNamed(before), exact: true }).waitFor();

    // --- Dana, on the first instance, submits through the page ---
    dana = await openPlanAs(browser, DANA, plan.id, 'overview', plan.title);
    const danaHealth = watchPageHealth(dana.page);
    await dana.page.getByRole('group', { name: 'Plan lifecycle' }).getByRole('button', { name: 'Submit for review' }).click();
    await dana.page.getByText('Submitted for review: every participating agency’s lead can now approve.').waitFor();
    expect(await danaHealth.problems('Dana submits')).toEqual([]);

    // --- James's bell counts it without a reload ---
    await james.getByRole('banner').getByRole('link', { name: bellNamed(before + 1), exact: true }).waitFor();
    expect(await bell(james).getByTestId('notification-count').textContent()).toBe(String(before + 1));

    // --- The notifications page: his, unread, on top; accessible at a desktop and a phone width ---
    await bell(james).click();
    await james.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const list = james.getByRole('list', { name: 'Notifications' });
    const item = list.getByTestId('notification').first();
    await item.getByText(plan.title, { exact: true }).waitFor();
    const text = `“${plan.title}” was submitted for review: decide for your agency.`;
    expect(await item.getByRole('link').textContent()).toBe(`Unread: ${text}`);
    expect(await item.getAttribute('class')).toContain('jo-notification--unread');
    expect(await violationsAtEveryWidth(james)).toEqual([]);
    if (SHOTS) {
      for (const width of [390, 1366]) {
        await james.setViewportSize({ width, height: 900 });
        await james.screenshot({ path: `${SHOTS}/notifications-${width}.png` });
      }
    }
    expect(await jamesHealth.problems('notifications page')).toEqual([]);

    // --- Opening it marks it read and leads to Approvals, where he signs ---
    await item.getByRole('link', { name: `Unread: ${text}` }).click();
    await james.waitForURL((url) => url.pathname === `/plans/${plan.id}/approvals`);
    await james.getByRole('heading', { level: 1, name: plan.title }).waitFor();
    await bell(james).and(james.getByRole('link', { name: bellNamed(before), exact: true })).waitFor();
    const form = james.getByRole('form', { name: 'Decide for CBP' });
    await form.getByLabel('Comment').fill('Cargo documentation plan checked.');
    await form.getByRole('button', { name: `Approve revision ${plan.revision}` }).click();
    await james.getByText(`You approved revision ${plan.revision} for CBP.`).waitFor();
    await approvalCard(james, 'CBP').getByText('Approved', { exact: true }).waitFor();
    expect(await jamesHealth.problems('James signs')).toEqual([]);

    // --- Back on the page: read now, nothing left to mark for it ---
    await bell(james).click();
    await james.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const opened = list.getByTestId('notification').filter({ hasText: plan.title });
    await opened.getByRole('link', { name: text, exact: true }).waitFor();
    expect(await opened.getByRole('button', { name: 'Mark read' }).count()).toBe(0);
    expect(await jamesHealth.problems('notifications page again')).toEqual([]);

    // --- Its settings page: the two kinds a signature waits on cannot be turned off; accessible too ---
    await james.getByRole('main').getByRole('link', { name: 'Notification settings' }).click();
    await james.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
    const reviews = james.getByRole('checkbox', { name: /^A plan awaits your agency’s review/ });
    expect(await reviews.isChecked()).toBe(true);
    expect(await reviews.isDisabled()).toBe(true);
    // The e2e server sends no email (no SMTP_URL).
    await james.getByText('Email is not configured on this server: notifications appear only here.').waitFor();
    expect(await violationsAtEveryWidth(james)).toEqual([]);
    if (SHOTS) {
      for (const width of [390, 1366]) {
        await james.setViewportSize({ width, height: 1400 });
        await james.screenshot({ path: `${SHOTS}/notification-settings-${width}.png` });
      }
    }
    expect(await jamesHealth.problems('notification settings')).toEqual([]);
  });
});
