import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { createActivePlan, type ActivePlan } from './support/after-action-ui';
import { baseUrl, launchBrowser, signedInPage } from './support/browser';
import { watchPageHealth } from './support/page-health';
import { uniqueSuffix } from './support/plan-ui';

const PHONE = { width: 390, height: 844 };

/**
 * Issue 19: an officer without signal. On a phone the officer opens an active plan, loses the
 * connection (every request to the server fails and the live socket closes), writes two activity
 * entries and a debrief step, closes the page and opens it again (the app shell comes from the
 * service worker, the plan from the offline copy), comes back online, and each entry reaches the
 * server once, in order, with the time it was written; another member sees them arrive live.
 */
describe('offline: the officer keeps writing without signal', () => {
  let browser: Browser;
  let plan: ActivePlan;

  beforeAll(async () => {
    browser = await launchBrowser();
    plan = await createActivePlan(`Operation Dead Zone ${uniqueSuffix()}`);
  });
  afterAll(() => browser.close());


  it('queues entries and a debrief step offline, survives closing the page, and sends each once, in order, when back online', async () => {
    const phone = await browser.newContext({ baseURL: baseUrl(), viewport: PHONE, isMobile: true, hasTouch: true });
    // Every live socket of the officer's phone passes through here, so the test can cut it.
    const sockets: WebSocketRoute[] = [];
    await phone.routeWebSocket(/\/graphql$/, (ws) => {
      sockets.push(ws);
      ws.connectToServer();
    });
    const renee = await signedInPage(phone, 'renee.jacobs@wcso.example');
    const health = watchPageHealth(renee);
    await renee.goto(`/plans/${plan.id}/operation`);
    await renee.getByRole('heading', { level: 2, name: 'Operation' }).waitFor();
    // The service worker holds the app shell, and the offline copy of the plan is saved.
    await renee.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await renee.waitForFunction(
      (planId) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('jointops-offline');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('copies')) return resolve(false);
            const all = db.transaction('copies').objectStore('copies').getAll();
            all.onsuccess = () => resolve(all.result.some((copy: { planId: string }) => copy.planId === planId));
            all.onerror = () => resolve(false);
          };
          open.onerror = () => resolve(false);
        }),
      plan.id,
      { polling: 250 },
    );
    expect(await health.problems('online')).toEqual([]);

    // Another member follows the log live.
    const marcus = await signedInPage(await browser.newContext({ baseURL: baseUrl() }), 'marcus.bell@ncshp.example');
    await marcus.goto(`/plans/${plan.id}/operation`);
    await marcus.getByRole('heading', { level: 2, name: 'Operation' }).waitFor();

    // Signal lost: no request reaches the server and the socket closes.
    await phone.setOffline(true);
    for (const ws of sockets) await ws.close({ code: 1006, reason: 'signal lost' }).catch(() => undefined);
    await renee.getByText('You are offline').first().waitFor();

    const log = async (page: Page, text: string) => {
      await page.getByLabel('What happened').fill(text);
      await page.getByRole('button', { name: 'Add entry' }).click();
      await page.getByTestId('pending-entry').filter({ hasText: text }).waitFor();
    };
    await log(renee, 'Radio dead zone at mile 14: switched to satellite phone');
    await log(renee, 'Second vehicle stopped at mile 15, driver cooperative');
    await renee.getByText('2 entries waiting to send').waitFor();

    // A debrief step, offline.
    await renee.goto(`/plans/${plan.id}/debrief`).catch(() => undefined);
    await renee.getByRole('heading', { level: 4, name: plan.objectives[0]!.title }).waitFor();
    await renee.locator(`label[for="outcome-${plan.objectives[0]!.id}-MET"]`).click();
    await renee.getByRole('button', { name: 'Save and continue' }).click();
    await renee.getByRole('heading', { level: 4, name: plan.objectives[1]!.title }).waitFor();
    await renee.getByText('3 entries waiting to send').waitFor();

    // Close the page and open it again, still offline: the shell and the copy open, the queue is there.
    await renee.close();
    const again = await phone.newPage();
    again.setDefaultTimeout(20_000);
    await again.goto(`/plans/${plan.id}/operation`);
    await again.getByRole('heading', { level: 1, name: plan.title }).waitFor();
    await again.getByTestId('offline-copy-updated').waitFor();
    await again.getByText('3 entries waiting to send').waitFor();
    // The debrief reopens where it was left offline: the second objective.
    await again.getByRole('heading', { level: 4, name: plan.objectives[1]!.title }).waitFor();
    expect(await again.getByTestId('pending-entry').allInnerTexts()).toEqual([
      expect.stringContaining('Radio dead zone at mile 14'),
      expect.stringContaining('Second vehicle stopped at mile 15'),
    ]);
    expect(describeViolations(await seriousViolations(again))).toEqual([]);

    // Back online: everything is sent, once, in order, with the times it was written.
    await phone.setOffline(false);
    await again.getByText('entries waiting to send').waitFor({ state: 'detached', timeout: 40_000 });
    await marcus.getByText('Second vehicle stopped at mile 15, driver cooperative').waitFor();
    const logged = await marcus.getByRole('list', { name: 'Activity log, oldest first' }).locator('li').allInnerTexts();
    const ours = logged.filter((text) => /mile 1[45]/.test(text));
    expect(ours).toHaveLength(2);
    expect(ours[0]).toContain('Radio dead zone at mile 14');
    expect(ours[1]).toContain('Second vehicle stopped at mile 15');

    // The server holds each entry once, dated when it was written, and the debrief draft.
    const server = await marcus.evaluate(async (planId) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query($id: ID!) { plan(id: $id) { activityLog { text at author { displayName } } } }`, variables: { id: planId } }),
      });
      return (await response.json()).data.plan.activityLog as Array<{ text: string; at: string; author: { displayName: string } }>;
    }, plan.id);
    const mine = server.filter((entry) => /mile 1[45]/.test(entry.text));
    expect(mine.map((entry) => entry.text)).toEqual(['Radio dead zone at mile 14: switched to satellite phone', 'Second vehicle stopped at mile 15, driver cooperative']);
    expect(Date.parse(mine[0]!.at)).toBeLessThanOrEqual(Date.parse(mine[1]!.at));
    expect(mine.every((entry) => entry.author.displayName === 'Renee Jacobs')).toBe(true);

    const draft = await again.evaluate(async (planId) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query($id: ID!) { plan(id: $id) { debriefs { status author { displayName } outcomes { objective { id } outcome } } } }`, variables: { id: planId } }),
      });
      return (await response.json()).data.plan.debriefs as Array<{ status: string; author: { displayName: string }; outcomes: Array<{ objective: { id: string }; outcome: string }> }>;
    }, plan.id);
    expect(draft).toEqual([{ status: 'DRAFT', author: { displayName: 'Renee Jacobs' }, outcomes: [{ objective: { id: plan.objectives[0]!.id }, outcome: 'MET' }] }]);
    // Online again, the workspace opens live with the entries in the log.
    await again.goto(`/plans/${plan.id}/operation`);
    await again.getByRole('heading', { level: 2, name: 'Operation' }).waitFor();
    await again.getByText('Second vehicle stopped at mile 15').waitFor();
  });
});
