import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, gql } from './support/after-action-ui';
import { launchBrowser, newContext, signInAndLand } from './support/browser';
import { watchPageHealth } from './support/page-health';
import { openSection } from './support/plan-ui';

const WEB = join(__dirname, '..', '..', 'dist', 'apps', 'web');
const ASSETS = join(WEB, 'assets');

/** The built chunk whose name starts with `prefix-` (one per build). */
function chunk(prefix: string): string {
  const found = readdirSync(ASSETS).filter((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'));
  if (found.length !== 1) throw new Error(`expected one ${prefix}-*.js chunk in ${ASSETS}, found ${found.join(', ') || 'none'}`);
  return found[0];
}

/** The chunks a chunk imports statically (`import ... from "./x.js"`), by file name. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(ASSETS, file), 'utf8');
  return [...code.matchAll(/(?:import|from)\s*"\.\/([\w.-]+\.js)"/g)].map((match) => match[1]);
}

/** The JavaScript files the page asks for from now on, by name. */
function scriptsRequested(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) files.push(path.slice('/assets/'.length));
  });
  return files;
}

/**
 * Issue 14, first paint: each page fetches the code it runs. The first-load chunk holds no page's
 * own GraphQL documents (they are split per .graphql file), and the password dictionary (400 KB)
 * and the Gantt library (250 KB) come only with the pages that use them, not with every section.
 */
describe('code splitting of the built web app', () => {
  it('keeps pages’ own GraphQL documents, zod, the password dictionary, the Gantt library and the map library out of the first-load chunk', () => {
    const entry = /<script[^>]+src="\/assets\/([^"]+\.js)"/.exec(readFileSync(join(WEB, 'index.html'), 'utf8'))?.[1];
    expect(entry).toBeDefined();
    const code = readFileSync(join(ASSETS, entry as string), 'utf8');
    const sends = (operation: string) => code.includes(`"kind":"Name","value":"${operation}"`);
    // Documents that only the administration, oversight or agreements pages send are not in it; those of every page are.
    expect(['AdminUsers', 'AdminCreateAgency', 'OversightPlans', 'Agreements'].filter(sends)).toEqual([]);
    expect(['Me', 'Logout'].filter(sends)).toEqual(['Me', 'Logout']);
    // Nor zod and the shared schemas (about 29 KB gzipped), which come with the forms that check
    // them: a value imported from @jointops/domain into the frame brought them in once.
    expect(code.includes('ZodError')).toBe(false);
    for (const shared of [entry as string, chunk('app-shared')]) {
      expect(staticImports(shared)).not.toContain(chunk('passwords'));
      expect(staticImports(shared)).not.toContain(chunk('gantt'));
    }
    // Leaflet and its cluster plugin come with the map only, in its lazy chunk.
    const mapCode = readFileSync(join(ASSETS, chunk('PlaceMap')), 'utf8');
    expect(mapCode.includes('MarkerClusterGroup')).toBe(true);
    for (const shared of [entry as string, chunk('app-shared')]) {
      expect(readFileSync(join(ASSETS, shared), 'utf8').includes('MarkerClusterGroup')).toBe(false);
      expect(staticImports(shared)).not.toContain(chunk('PlaceMap'));
    }
  });

  describe('in the browser', () => {
    let browser: Browser;
    let planId: string;

    beforeAll(async () => {
      browser = await launchBrowser();
      const token = await apiLogin('dana.whitfield@ncshp.example');
      const title = 'Operation Safe Passage — I-95 trafficking interdiction';
      const data = await gql<{ plans: { edges: Array<{ node: { id: string; title: string } }> } }>(`query($s: String) { plans(search: $s, first: 5) { edges { node { id title } } } }`, { s: title }, token);
      const plan = data.plans.edges.map((edge) => edge.node).find((node) => node.title === title);
      if (!plan) throw new Error(`the seeded plan "${title}" is missing`);
      planId = plan.id;
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('fetches the Gantt library with the timeline only, and the password dictionary with the password form only', async () => {
      const context = await newContext(browser);
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(20_000);
        const health = watchPageHealth(page);
        await signInAndLand(page, 'dana.whitfield@ncshp.example');
        const scripts = scriptsRequested(page);

        await page.goto(`/plans/${planId}/objectives`);
        await page.getByRole('heading', { level: 2, name: 'Objectives', exact: true }).waitFor();
        expect(scripts).toContain(chunk('app-shared'));
        expect(scripts).not.toContain(chunk('gantt'));
        expect(scripts).not.toContain(chunk('passwords'));

        await openSection(page, 'Timeline');
        await page.locator('.wx-bar').first().waitFor();
        expect(scripts).toContain(chunk('gantt'));
        expect(scripts).not.toContain(chunk('passwords'));

        await page.goto('/account/password');
        await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
        await page.getByRole('form', { name: 'Change password' }).getByLabel(/^New password(?! again)/).waitFor();
        expect(scripts).toContain(chunk('passwords'));
        expect(await health.problems('objectives, timeline, change password')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
