import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, signIn, openPlanList } from './support/browser';

describe('PDF export from the workspace', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('downloads the plan as a PDF from the plan workspace', async () => {
    const context = await browser.newContext({ acceptDownloads: true, baseURL: process.env.E2E_BASE_URL, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, 'dana.whitfield@ncshp.example');
    await openPlanList(page);
    await page.getByRole('link', { name: /Safe Passage/ }).first().click();
    await page.getByRole('button', { name: 'Download plan PDF' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plan PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^operation-safe-passage.*-plan-r\d+\.pdf$/);
    const file = readFileSync((await download.path()) as string);
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.length).toBeGreaterThan(10_000);
    await context.close();
  });
});
