import type { Page } from 'playwright-core';

/**
 * Watches a page for what a person would see as broken: console errors, failed requests
 * (network failures and HTTP 4xx/5xx answers) and error alerts on screen. Specs call
 * `problems()` after each step and expect it to be empty.
 */
export function watchPageHealth(page: Page) {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') seen.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation away cancels what the previous page still had in flight; that is not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    seen.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) seen.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return {
    /** Everything seen since the last call, plus the error alerts now on screen. */
    async problems(where: string): Promise<string[]> {
      const alerts = await page.locator('.usa-alert--error, .usa-alert--emergency').allInnerTexts();
      const found = [...seen.splice(0), ...alerts.map((text) => `error alert: ${text.trim()}`)];
      return found.map((problem) => `${where}: ${problem}`);
    },
  };
}
