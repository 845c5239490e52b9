import type { Browser, Page } from 'playwright-core';
import { apiLogin, gql } from './support/after-action-ui';
import { launchBrowser, newContext, signInAndLand } from './support/browser';
import { watchPageHealth } from './support/page-health';

/** One account per kind of member, as seeded. */
const MEMBERS = [
  { role: 'planner', email: 'dana.whitfield@ncshp.example' },
  { role: 'agency lead', email: 'james.okafor@cbp.example' },
  { role: 'officer', email: 'tom.hargrove@wcso.example' },
  { role: 'oversight', email: 'evelyn.brooks@oversight.example' },
];

/** The plans the demo seed creates (other specs add plans with similar titles). */
const SEEDED_PLANS = ['Operation Safe Passage — I-95 trafficking interdiction', 'Operation Clear Lanes — I-40 commercial vehicle safety sweep'];

async function visiblePlans(email: string): Promise<Array<{ id: string; title: string }>> {
  const token = await apiLogin(email);
  const found: Array<{ id: string; title: string }> = [];
  // Searched by title: other specs add plans, and the list is newest first.
  for (const title of SEEDED_PLANS) {
    const data = await gql<{ plans: { edges: Array<{ node: { id: string; title: string } }> } }>(`query($s: String) { plans(search: $s, first: 50) { edges { node { id title } } } }`, { s: title }, token);
    found.push(...data.plans.edges.map((edge) => edge.node).filter((plan) => plan.title === title));
  }
  return found;
}

/** Every link of the workspace's section menu, as the page lists it for this person and plan. */
async function sectionLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Plan sections' });
  await nav.getByRole('link').first().waitFor();
  return nav.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

/**
 * Opens every section of every seeded plan as each kind of member and fails on any console
 * error, failed request or error alert: our own pages must work within our own limits.
 */
describe('every section of every seeded plan, as each role', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  const cases = MEMBERS.flatMap((member) => SEEDED_PLANS.map((plan) => ({ ...member, plan })));

  it.each(cases)('$role ($email) opens every section of "$plan" without an error', async ({ email, plan: title }) => {
    const plan = (await visiblePlans(email)).find((candidate) => candidate.title === title);
    // Every seeded account takes part in both seeded plans (oversight reads all).
    expect(plan).toBeDefined();
    const page = await (await newContext(browser)).newPage();
    const health = watchPageHealth(page);
    await signInAndLand(page, email);
    const problems: string[] = [];
    await page.goto(`/plans/${plan!.id}/overview`);
    const paths = await sectionLinks(page);
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      problems.push(...(await health.problems(`${title} ${path}`)));
    }
    expect(problems).toEqual([]);
    // At least the overview, six plan parts, approvals and activity.
    expect(paths.length).toBeGreaterThanOrEqual(9);
  }, 180_000);

  it("oversight opens each seeded plan's oversight page and the oversight area without an error", async () => {
    const email = 'evelyn.brooks@oversight.example';
    const plans = await visiblePlans(email);
    const page = await (await newContext(browser)).newPage();
    const health = watchPageHealth(page);
    await signInAndLand(page, email);
    const problems: string[] = [];
    for (const path of ['/oversight', '/oversight/transparency', ...plans.map((plan) => `/oversight/plans/${plan.id}`)]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      problems.push(...(await health.problems(path)));
    }
    expect(plans).toHaveLength(SEEDED_PLANS.length);
    expect(problems).toEqual([]);
  }, 120_000);
});
