import type { Browser } from 'playwright-core';
import { createActivePlan } from './support/after-action-ui';
import { baseUrl, launchBrowser, signIn } from './support/browser';
import { uniqueSuffix } from './support/plan-ui';

describe('explore', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchBrowser(); });
  afterAll(() => browser.close());
  it('shows', async () => {
    const plan = await createActivePlan(`Explore ${uniqueSuffix()}`);
    const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, 'tom.hargrove@wcso.example');
    await page.waitForURL('**/plans');
    await page.goto(`/plans/${plan.id}/debrief`);
    await page.getByRole('heading', { level: 4, name: plan.objectives[0]!.title }).waitFor();
    await page.screenshot({ path: '/tmp/dbf-debrief.png', fullPage: true });
    console.log('radio', await page.locator(`label[for="outcome-${plan.objectives[0]!.id}-MET"]`).boundingBox());
    await page.goto(`/plans/${plan.id}/timeline`);
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: '/tmp/dbf-timeline.png', fullPage: true });
  });
});
