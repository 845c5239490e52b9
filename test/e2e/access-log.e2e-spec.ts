import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser, newContext, signIn, waitForLanding } from './support/browser';
import { uniqueSuffix } from './support/plan-ui';
import { agencyIdsByShortName, apiAs, createPlan, type CreatedPlan } from './support/review-ui';

/**
 * Oversight reads who accessed a plan: a flood of refusals by an outsider shows folded with its
 * count, older records load on request, and the log filters by action and by person.
 */
describe('access log (oversight)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plan: CreatedPlan;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const dana = await apiAs('dana.whitfield@ncshp.example');
    const agencies = await agencyIdsByShortName(dana);
    plan = await createPlan(dana, { title: `Operation Open Book ${uniqueSuffix()}`, agencyIds: [agencies['CBP']!] });
    // 55 reads by CBP's planner: more than one page of the access log.
    const maria = await apiAs('maria.lopez@cbp.example');
    for (let i = 0; i < 55; i++) await maria('query Read($id: ID!) { plan(id: $id) { title } }', { id: plan.id });
    // WCSO does not take part: each of its 15 aliased reads is refused.
    const tom = await apiAs('tom.hargrove@wcso.example');
    const aliased = `query Probe($id: ID!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: plan(id: $id) { id }`).join(' ')} }`;
    for (let i = 0; i < 3; i++) await tom(aliased, { id: plan.id });

    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await signIn(page, 'evelyn.brooks@oversight.example');
    await waitForLanding(page);
    await page.goto(`/oversight/plans/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: plan.title }).waitFor();
  });
  afterAll(() => browser.close());

  const section = () => page.getByRole('region', { name: 'Access log' });
  const table = () => section().getByRole('table', { name: 'Access log, newest first' });
  const status = () => section().getByRole('status');

  it('shows the refusals folded with their count at the top, and loads older records on request', async () => {
    await table().waitFor();
    const denied = table().getByRole('row').filter({ hasText: 'Tom Hargrove' });
    const counts = (await denied.allTextContents()).map((text) => Number(/Denied (\d+) times/.exec(text)?.[1] ?? 0));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(45);
    await expect(status().textContent()).resolves.toMatch(/^Showing the 50 newest records; older ones can be loaded\.$/);

    await section().getByRole('button', { name: 'Load older' }).click();
    await section().getByText(/^Showing the \d+ newest records\.$/).waitFor();
    const rows = await table().getByRole('row').count();
    expect(rows - 1).toBeGreaterThan(50);
    expect(await section().getByRole('button', { name: 'Load older' }).count()).toBe(0);
  });

  it('filters by action and by person', async () => {
    await section().getByLabel('Action').selectOption('DENIED');
    await section().getByText(/that match(es)?\.$/).waitFor();
    const deniedRows = await table().getByRole('row').allTextContents();
    expect(deniedRows.slice(1).every((text) => text.includes('Tom Hargrove') && /Denied/.test(text))).toBe(true);

    await section().getByLabel('Action').selectOption('VIEW');
    await section().getByLabel('Person').selectOption({ label: 'Maria Lopez (CBP)' });
    await section().getByText(/^Showing the 50 newest records that match; older ones can be loaded\.$/).waitFor();
    const viewRows = await table().getByRole('row').allTextContents();
    expect(viewRows.slice(1).every((text) => text.includes('Maria Lopez') && text.includes('View'))).toBe(true);
  });

  it('has no serious accessibility violations and logged no console errors', async () => {
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
