import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser, newContext, signIn } from './support/browser';
import { uniqueSuffix } from './support/plan-ui';
import { agencyIdsByShortName, apiAs, createPlan, type CreatedPlan } from './support/review-ui';

/**
 * Oversight's logs and report (issue 13, items 9 and 10): the event log in words with filters and a
 * CSV, the access log paged and exported, and the transparency report's CSV and PDF.
 */
describe('oversight: event log, access log, transparency report', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let plan: CreatedPlan;
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    const dana = await apiAs('dana.whitfield@ncshp.example');
    const agencies = await agencyIdsByShortName(dana);
    plan = await createPlan(dana, { title: `Operation Glass House ${uniqueSuffix()}`, agencyIds: [agencies['CBP']!] });
    const added = await dana<{ addObjective: { id: string; version: number } }>(
      'mutation Add($p: ID!) { addObjective(planId: $p, input: { title: "Keep lanes open", successCriteria: "Under 10 minutes" }) { id version } }',
      { p: plan.id },
    );
    await dana('mutation Rename($id: ID!, $v: Int!) { updateObjective(id: $id, expectedVersion: $v, patch: { title: "Keep both lanes open" }) { id } }', {
      id: added.addObjective.id,
      v: added.addObjective.version,
    });
    const maria = await apiAs('maria.lopez@cbp.example');
    await maria('mutation Add($p: ID!) { addObjective(planId: $p, input: { title: "Escort the convoy", successCriteria: "No gaps" }) { id } }', { p: plan.id });
    // 55 reads: more than one page (50) of the access log.
    for (let i = 0; i < 55; i++) await maria('query Read($id: ID!) { plan(id: $id) { title } }', { id: plan.id });

    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    });
    await signIn(page, 'evelyn.brooks@oversight.example');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`/oversight/plans/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: plan.title }).waitFor();
  });
  afterAll(() => browser.close());

  const downloaded = async (download: Download) => readFileSync((await download.path()) as string);
  const eventLog = () => page.getByRole('region', { name: 'Event log' });
  const eventRows = () => eventLog().getByRole('table', { name: 'Event log, oldest first' }).locator('tbody tr');
  const accessLog = () => page.getByRole('region', { name: 'Access log' });

  it('shows the event log in words, filters it by who and by text, and downloads what is shown as CSV', async () => {
    await eventLog().getByText(/^Showing all \d+ events\.$/).waitFor();
    const all = await eventRows().allTextContents();
    expect(all.join('\n')).toContain('Dana Whitfield (NCSHP) changed the title of Objective 1 "Keep both lanes open" from "Keep lanes open" to "Keep both lanes open"');
    expect(all.join('\n')).not.toMatch(/OBJECTIVE_UPDATED|OBJECTIVE_ADDED/);

    await eventLog().getByLabel('Who').selectOption({ label: 'Maria Lopez (CBP)' });
    await eventLog().getByText(/^1 of \d+ events match\.$/).waitFor();
    expect(await eventRows().allTextContents()).toEqual([expect.stringContaining('Maria Lopez (CBP) added Objective 2 "Escort the convoy"')]);

    await eventLog().getByLabel('Who').selectOption({ label: 'Everyone' });
    await eventLog().getByLabel(/^Search/).fill('lanes dana');
    await eventLog().getByText(/^2 of \d+ events match\.$/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), eventLog().getByRole('button', { name: 'Download CSV (filtered)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^operation-glass-house-[a-z0-9]+-event-log-filtered\.csv$/);
    const lines = (await downloaded(download)).toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Seq,Time (UTC),Who,Event,What,Action,Event type,Entity ID,Revision,Hash');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('"Dana Whitfield (NCSHP) changed the title of Objective 1 ""Keep both lanes open"" from ""Keep lanes open"" to ""Keep both lanes open"""');
    expect(lines[2]).toMatch(/,[0-9a-f]{64}$/);
  });

  it('shows each hash short inside the table with the full value copyable, not clipped at the edge', async () => {
    const hash = eventRows().first().locator('code[data-hash]');
    const full = (await hash.getAttribute('data-hash')) ?? '';
    expect(full).toMatch(/^[0-9a-f]{64}$/);
    expect(await hash.getAttribute('title')).toBe(full);
    const table = await eventLog().getByRole('table').boundingBox();
    const copy = await eventRows().first().getByRole('button', { name: /^Copy the hash of event \d+$/ }).boundingBox();
    expect(copy!.x + copy!.width).toBeLessThanOrEqual(table!.x + table!.width + 1);
    const region = await eventLog().getByRole('region', { name: 'Event log table' }).evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(region.scroll).toBeLessThanOrEqual(region.client + 1);
  });

  it('pages the access log and exports every record as CSV', async () => {
    await accessLog().getByRole('table').waitFor();
    await accessLog().getByText(/^Showing the 50 newest records; older ones can be loaded\.$/).waitFor();
    await accessLog().getByRole('button', { name: 'Load older' }).click();
    await accessLog().getByText(/^Showing the \d+ newest records\.$/).waitFor();
    const shown = (await accessLog().getByRole('table').locator('tbody tr').count()) as number;
    expect(shown).toBeGreaterThan(50);

    await accessLog().getByLabel('Person').selectOption({ label: 'Maria Lopez (CBP)' });
    await accessLog().getByText(/^Showing the 50 newest records that match; older ones can be loaded\.$/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), accessLog().getByRole('button', { name: 'Download CSV (filtered)' }).click()]);
    const lines = (await downloaded(download)).toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Time (UTC),Person,Agency,Action,Times,What,User ID');
    expect(lines.length - 1).toBeGreaterThanOrEqual(55);
    expect(lines.slice(1).every((line) => line.includes(',Maria Lopez,CBP,'))).toBe(true);
  });

  it('records each CSV it saved in the access log, as an export by whoever saved it', async () => {
    await page.reload();
    await accessLog().getByRole('table').waitFor();
    await accessLog().getByLabel('Action').selectOption({ label: 'Export' });
    await accessLog().getByText(/^Showing (1 record that matches|the \d+ newest records that match)/).waitFor();
    const rows = await accessLog().getByRole('table').locator('tbody tr').allInnerTexts();
    const exports = rows.filter((row) => row.includes('Evelyn Brooks'));
    expect(exports.some((row) => row.includes('Event log (CSV)'))).toBe(true);
    expect(exports.some((row) => row.includes('Access log (CSV)'))).toBe(true);
  });

  it('adds a change to the open event log as it is made, without a reload', async () => {
    await eventLog().getByText(/^Showing all \d+ events\.$/).waitFor();
    const before = Number(/\d+/.exec((await eventLog().getByTestId('event-log-status').textContent()) ?? '')![0]);
    const maria = await apiAs('maria.lopez@cbp.example');
    await maria('mutation Add($p: ID!) { addObjective(planId: $p, input: { title: "Hold the north ramp", successCriteria: "Ramp clear" }) { id } }', { p: plan.id });
    await eventLog().getByText(`Showing all ${before + 1} events.`, { exact: true }).waitFor();
    expect(await eventRows().last().textContent()).toContain('Maria Lopez (CBP) added Objective 3 "Hold the north ramp"');
    // The page's header counts it too.
    await page.getByText(`${before + 1} events`, { exact: true }).waitFor();
  });

  for (const width of [1366, 390]) {
    it(`has no serious accessibility violations on the plan's logs at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      // A table on a wide screen, a card per event on a phone.
      await (width < 640 ? eventLog().getByRole('list', { name: 'Event log, oldest first' }) : eventLog().getByRole('table')).waitFor();
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
    });
  }

  it('downloads the transparency report as CSV and PDF for the period shown, and clears the figures after an invalid range', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/oversight/transparency');
    const report = page.getByTestId('transparency-report');
    await report.waitFor();
    await page.locator('#period-from').fill('2027-07-01');
    await page.locator('#period-to').fill('2027-06-30');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByText(/The start date must be on or before the end date/).waitFor();
    expect(await report.count()).toBe(0);
    expect(await page.getByText(/^Figures for/).count()).toBe(0);

    await page.locator('#period-from').fill('2026-01-01');
    await page.locator('#period-to').fill('2027-12-31');
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('heading', { level: 2, name: 'Figures for Jan 1, 2026 – Dec 31, 2027' }).waitFor();
    const operations = Number(await report.getByText('Operations', { exact: true }).locator('xpath=preceding-sibling::p').textContent());

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('transparency-report-2026-01-01-to-2027-12-31.csv');
    const lines = (await downloaded(csv)).toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('From,To,Section,Item,Count');
    expect(lines).toContain(`2026-01-01,2027-12-31,Key figures,Operations,${operations}`);

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe('transparency-report-2026-01-01-to-2027-12-31.pdf');
    expect((await downloaded(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Show report' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Oversight' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'Figures for Jan 1, 2026 – Dec 31, 2027' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  for (const width of [1366, 390]) {
    it(`has no serious accessibility violations on the transparency report at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.getByTestId('transparency-report').waitFor();
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
    });
  }

  it("loads every seeded plan's Activity (the query fits the server's limits), newest first, older pages on request", async () => {
    const dana = await apiAs('dana.whitfield@ncshp.example');
    const { plans } = await dana<{ plans: { edges: Array<{ node: { id: string; title: string; lastSeq: number } }> } }>('{ plans(search: "Operation", first: 50, orderBy: { field: CREATED_AT, direction: ASC }) { edges { node { id title lastSeq } } } }');
    const seeded = plans.edges.map((edge) => edge.node).filter((node) => /^Operation (Safe Passage|Clear Lanes) — /.test(node.title));
    expect(seeded).toHaveLength(2);
    await page.setViewportSize({ width: 1366, height: 900 });
    for (const seededPlan of seeded) {
      await page.goto(`/plans/${seededPlan.id}/activity`);
      const list = page.getByTestId('activity-list');
      await list.waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await list.getByRole('listitem').count()).toBe(Math.min(25, seededPlan.lastSeq));
      if (seededPlan.lastSeq > 25) {
        await page.getByRole('button', { name: 'Show older activity' }).click();
        await list.getByRole('listitem').nth(Math.min(50, seededPlan.lastSeq) - 1).waitFor();
      }
    }
  });

  it('logged no console errors and no failed requests', () => {
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });
});
