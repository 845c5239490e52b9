import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser, newContext, signIn, waitForLanding } from './support/browser';
import { uniqueSuffix } from './support/plan-ui';
import { agencyIdsByShortName, apiAs, createPlan, futureWindow, type Api } from './support/review-ui';

const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];

/**
 * An NCSHP-led plan with HSI taking part, complete enough for review (objective, a role with an
 * assignee and a resource per agency, a timeline event, a channel, a window), submitted: HSI's
 * lead has a decision to make.
 */
async function planAwaitingHsi(api: Api): Promise<{ id: string; title: string }> {
  const agencies = await agencyIdsByShortName(api);
  // Two months ahead: inside the seeded agreements and training (a window years away is covered by neither).
  const window = futureWindow(60);
  const plan = await createPlan(api, {
    title: `Operation Waiting Room ${uniqueSuffix()}`,
    summary: 'Port inspections with HSI.',
    agencyIds: [agencies['ICE HSI']!],
  });
  await api('mutation($id: ID!, $patch: PlanPatch!) { updatePlan(id: $id, expectedVersion: 1, patch: $patch) { id } }', {
    id: plan.id,
    patch: window,
  });
  await api('mutation($p: ID!) { addObjective(planId: $p, input: { title: "Inspect every container", successCriteria: "All containers inspected" }) { id } }', { p: plan.id });
  await api('mutation($p: ID!, $s: DateTime!, $e: DateTime!) { addTimelineEvent(planId: $p, input: { title: "Briefing", phase: BRIEFING, startsAt: $s, endsAt: $e }) { id } }', {
    p: plan.id,
    s: window.startsAt,
    e: new Date(Date.parse(window.startsAt) + 3_600_000).toISOString(),
  });
  await api('mutation($p: ID!) { addCommsChannel(planId: $p, input: { name: "Port 1", details: "TG 7" }) { id } }', { p: plan.id });
  await api('mutation($p: ID!) { addPlace(planId: $p, input: { name: "Port command post", kind: COMMAND_POST, coordinates: [[-77.9447, 34.2104]] }) { id } }', { p: plan.id });
  for (const shortName of ['NCSHP', 'ICE HSI']) {
    const { users } = await api<{ users: Array<{ id: string; roles: string[] }> }>('query($a: ID) { users(agencyId: $a) { id roles } }', { a: agencies[shortName] });
    const assignee = users.find((user) => !user.roles.includes('ADMIN'))?.id ?? null;
    await api('mutation($p: ID!, $a: ID!, $u: ID) { addRole(planId: $p, input: { agencyId: $a, title: "Liaison", assigneeId: $u }) { id } }', { p: plan.id, a: agencies[shortName], u: assignee });
    await api('mutation($p: ID!, $a: ID!) { addResource(planId: $p, input: { agencyId: $a, kind: "Inspectors", quantity: 2 }) { id } }', { p: plan.id, a: agencies[shortName] });
  }
  await api('mutation($p: ID!) { submitPlanForReview(planId: $p) { status } }', { p: plan.id });
  return plan;
}

async function axeClean(page: Page): Promise<void> {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await page.waitForLoadState('networkidle');
    expect(`${size.width}px: ${describeViolations(await seriousViolations(page)).join('\n')}`).toBe(`${size.width}px: `);
  }
  await page.setViewportSize(WIDTHS[0]!);
}

describe('My work, the plan list and Help', () => {
  let browser: Browser;
  let context: BrowserContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await context?.close();
    expect(consoleErrors).toEqual([]);
  });
  afterAll(() => browser.close());

  async function signedIn(email: string): Promise<Page> {
    context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.setViewportSize(WIDTHS[0]!);
    await signIn(page, email);
    await waitForLanding(page);
    return page;
  }

  it('a lead signs in, sees the plan awaiting their decision, and one click lands on the decision', async () => {
    const plan = await planAwaitingHsi(await apiAs('dana.whitfield@ncshp.example'));
    const page = await signedIn('priya.natarajan@hsi.example');

    expect(new URL(page.url()).pathname).toBe('/home');
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    expect(await nav.getByRole('link').first().textContent()).toBe('My work');
    const decisions = page.getByRole('region', { name: /^Awaiting your decision/ });
    const link = decisions.getByRole('link', { name: plan.title });
    await link.waitFor();
    await axeClean(page);
    await page.screenshot({ path: '/tmp/home-my-work-1366.png' });

    await link.click();
    await page.waitForURL(`**/plans/${plan.id}/approvals`);
    await page.getByRole('form', { name: 'Decide for ICE HSI' }).getByRole('button', { name: /^Approve revision \d+$/ }).waitFor();
  });

  it('an administrator lands on administration and oversight on its overview', async () => {
    let page = await signedIn('admin@oversight.example');
    expect(new URL(page.url()).pathname).toBe('/admin');
    await context.close();
    page = await signedIn('evelyn.brooks@oversight.example');
    expect(new URL(page.url()).pathname).toBe('/oversight');
  });

  it('sorts and pages the plan list with the state in the URL', async () => {
    const api = await apiAs('maria.lopez@cbp.example');
    // Enough plans for a second page of 20.
    for (let i = 0; i < 21; i += 1) await createPlan(api, { title: `Paging plan ${String(i).padStart(2, '0')} ${uniqueSuffix()}`, agencyIds: [] });
    const page = await signedIn('maria.lopez@cbp.example');
    await page.goto('/plans');
    await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    await page.getByRole('table').waitFor();

    await page.getByLabel('Sort by').selectOption('title');
    await page.waitForURL('**/plans?sort=title');
    const titles = async () => page.getByRole('table').locator('tbody th[scope="row"]').allTextContents();
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('tbody th[scope="row"]')).map((th) => th.textContent ?? '');
      return rows.length > 1 && rows.every((title, i) => i === 0 || rows[i - 1]!.toLowerCase() <= title.toLowerCase());
    });
    const first = await titles();

    const pages = page.getByRole('navigation', { name: 'Pages of plans' });
    await pages.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL('**/plans?sort=title&page=2');
    await pages.getByText(/^Page 2 of \d+$/).waitFor();
    await page.waitForFunction((before) => {
      const rows = Array.from(document.querySelectorAll('tbody th[scope="row"]')).map((th) => th.textContent ?? '');
      return rows.length > 0 && !rows.includes(before);
    }, first[0]);
    const second = await titles();
    // The server orders by the lower-cased title's code points (the same on every database).
    expect(first[first.length - 1]!.toLowerCase() <= second[0]!.toLowerCase()).toBe(true);

    // Reload keeps sort and page.
    await page.reload();
    await pages.getByText(/^Page 2 of \d+$/).waitFor();
    expect(await page.getByLabel('Sort by').inputValue()).toBe('title');
    await axeClean(page);
  });

  it('the search box is not clipped and the "In review" tag stays on one line', async () => {
    const page = await signedIn('dana.whitfield@ncshp.example');
    await page.goto('/plans?status=IN_REVIEW');
    const tag = page.getByRole('table').getByText('In review', { exact: true }).first();
    await tag.waitFor();
    const box = await tag.boundingBox();
    const lineHeight = await tag.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
    expect(box!.height).toBeLessThan(lineHeight * 1.6);

    const search = page.getByLabel('Search plans');
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      // The input has a right border like its other sides (USWDS's search component drops it), inside the viewport.
      const clipped = await search.evaluate((input) => {
        const style = getComputedStyle(input);
        return style.borderRightStyle === 'none' || style.borderRightWidth !== style.borderLeftWidth || input.getBoundingClientRect().right > document.documentElement.clientWidth;
      });
      expect(`${size.width}px clipped: ${clipped}`).toBe(`${size.width}px clipped: false`);
      await page.screenshot({ path: `/tmp/home-plans-search-${size.width}.png` });
    }
  });

  it("Help opens the guide at the section about the page, and the help page is accessible", async () => {
    const page = await signedIn('dana.whitfield@ncshp.example');
    await page.goto('/plans');
    await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Help' }).click();
    await page.waitForURL('**/help#planner');
    const heading = page.getByRole('heading', { level: 2, name: 'Planner' });
    await heading.waitFor();
    await page.waitForFunction(() => {
      // Scrolling lands on whole pixels, so the heading's top may sit a fraction above 0.
      const top = document.getElementById('planner')?.getBoundingClientRect().top ?? -10;
      return top > -1 && top < window.innerHeight / 2;
    });
    await axeClean(page);

    await page.goto('/home');
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Help' }).click();
    await page.waitForURL('**/help#my-work');
    await page.getByRole('heading', { level: 2, name: 'My work' }).waitFor();
  });
});
