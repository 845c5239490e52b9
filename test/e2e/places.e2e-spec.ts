import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { apiLogin, createActivePlan, findPlanId } from './support/after-action-ui';
import { baseUrl, launchBrowser, signedInPage } from './support/browser';
import { watchPageHealth } from './support/page-health';
import { uniqueSuffix } from './support/plan-ui';
import { agencyIdsByShortName, apiAs, createPlan } from './support/review-ui';

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/**
 * Issue 20: places on a map, with no network beyond the JointOps server. A planner places a
 * command post and draws a route with the mouse and adds a checkpoint by keyboard through the form
 * beside the table; another agency's planner sees them appear live; the plan PDF has the map page;
 * an officer's phone shows the place of their assignment with its coordinates. Every request to
 * any other host is refused and counted: the map must not need one.
 */
describe('places on a map', () => {
  let browser: Browser;
  const external: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  /** A context whose every request to a host other than the server's is aborted and recorded. */
  async function offTheInternet(viewport: { width: number; height: number }, extra: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ baseURL: baseUrl(), viewport, ...extra });
    const own = new URL(baseUrl()).host;
    await context.route(
      (url) => url.host !== own && (url.protocol === 'http:' || url.protocol === 'https:'),
      (route) => {
        external.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    return context;
  }


  /** Clicks the map at a share of its width and height (0..1 from the top left). */
  async function clickMap(map: Locator, x: number, y: number): Promise<void> {
    const box = await map.boundingBox();
    if (!box) throw new Error('the map is not on screen');
    await map.page().mouse.click(box.x + box.width * x, box.y + box.height * y);
  }

  it('a planner places a command post and draws a route with the mouse, adds a checkpoint by keyboard; the other agency sees them live; the PDF has the map page', async () => {
    const danaApi = await apiAs('dana.whitfield@ncshp.example');
    const agencies = await agencyIdsByShortName(danaApi);
    const plan = await createPlan(danaApi, { title: `Operation Pinpoint ${uniqueSuffix()}`, agencyIds: [agencies['CBP']!] });

    const dana = await signedInPage(await offTheInternet(DESKTOP), 'dana.whitfield@ncshp.example');
    const maria = await signedInPage(await offTheInternet(DESKTOP), 'maria.lopez@cbp.example');
    const danaHealth = watchPageHealth(dana);
    const mariaHealth = watchPageHealth(maria);
    for (const page of [dana, maria]) {
      await page.goto(`/plans/${plan.id}/places`);
      await page.getByRole('heading', { level: 2, name: 'Places', exact: true }).waitFor();
    }
    const map = dana.getByRole('region', { name: "Map of the plan's places" });
    await map.waitFor();
    // The base layer is drawn from the bundled Census outlines: North Carolina's counties are on the map.
    expect(await map.locator('path').count()).toBeGreaterThan(50);

    // A command post, placed with the mouse.
    const tools = dana.getByRole('group', { name: 'Map tools' });
    await tools.getByLabel('Kind of point').selectOption('COMMAND_POST');
    await tools.getByRole('button', { name: 'Place a point' }).click();
    await clickMap(map, 0.5, 0.5);
    const add = dana.locator('#places-add');
    await add.getByLabel('Name').fill('Command post, Benson weigh station');
    expect(await add.getByLabel('Kind').inputValue()).toBe('COMMAND_POST');
    await add.getByRole('button', { name: 'Add place' }).click();
    await dana.getByRole('rowheader', { name: /Command post, Benson weigh station/ }).waitFor();

    // A route, drawn with the mouse: three clicks, then Finish route.
    await tools.getByRole('button', { name: 'Draw a route' }).click();
    await clickMap(map, 0.3, 0.6);
    await clickMap(map, 0.45, 0.45);
    await clickMap(map, 0.6, 0.35);
    expect(await dana.getByTestId('map-instructions').innerText()).toContain('3 points so far');
    await tools.getByRole('button', { name: 'Finish route' }).click();
    await add.getByLabel('Name').fill('Patrol route, I-95');
    await add.getByRole('button', { name: 'Add place' }).click();
    await dana.getByRole('rowheader', { name: /Patrol route, I-95/ }).waitFor();

    // A checkpoint by keyboard alone, through the form beside the table.
    await add.getByLabel('Name').focus();
    await dana.keyboard.type('Checkpoint, exit 79');
    await dana.keyboard.press('Tab');
    await dana.keyboard.type('Checkpoint');
    expect(await add.getByLabel('Kind').inputValue()).toBe('CHECKPOINT');
    await add.getByLabel('Latitude').focus();
    await dana.keyboard.type('35.3551');
    await dana.keyboard.press('Tab');
    await dana.keyboard.type('-78.5702');
    await add.getByLabel('Address or description').focus();
    await dana.keyboard.type('US-301 ramp');
    await dana.keyboard.press('Enter');
    const checkpoint = dana.getByRole('row').filter({ has: dana.getByRole('rowheader', { name: /Checkpoint, exit 79/ }) });
    await checkpoint.waitFor();
    expect(await checkpoint.getByRole('cell', { name: '35.35510, -78.57020' }).isVisible()).toBe(true);

    // Maria, CBP's planner, saw all three arrive without reloading.
    for (const name of ['Command post, Benson weigh station', 'Patrol route, I-95', 'Checkpoint, exit 79']) {
      await maria.getByRole('rowheader', { name: new RegExp(name) }).waitFor();
    }
    expect(await maria.getByRole('region', { name: "Map of the plan's places" }).locator('.leaflet-marker-icon').count()).toBeGreaterThanOrEqual(2);
    expect(describeViolations(await seriousViolations(dana))).toEqual([]);

    // The plan PDF: a map page drawn on the server, checked by rendering its pages.
    const pdf = await dana.request.get(`/export/plans/${plan.id}/plan.pdf`);
    expect(pdf.status()).toBe(200);
    const body = await pdf.body();
    const text = pdfRun<string[][]>('pages', body)[0]!;
    const mapPage = text.findIndex((page) => page.includes('Annex A. Places') && page.includes('County line'));
    expect(mapPage).toBeGreaterThan(-1);
    expect(text[mapPage]).toMatch(/Checkpoint, exit\s+79/);
    const ink = pdfRun<Array<Array<{ ink: number; colour: number }>>>('ink', body)[0]!;
    expect(ink[mapPage]!.ink).toBeGreaterThan(0.1);
    expect(ink[mapPage]!.colour).toBeGreaterThan(0);

    // The command post dragged on the map, 80 px east: it moves and says so (it sits among the
    // other points in the cluster layer, which must let it go).
    const post = map.locator('.jo-place-marker[aria-label^="Command post: Command post, Benson weigh station"]');
    await map.scrollIntoViewIfNeeded();
    const before = await post.boundingBox();
    if (!before) throw new Error('the command post is not on the map');
    await dana.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await dana.mouse.down();
    await dana.mouse.move(before.x + before.width / 2 + 80, before.y + before.height / 2, { steps: 8 });
    await dana.mouse.up();
    await dana.getByText(/Moved "Command post, Benson weigh station" to/).waitFor();
    const after = await post.boundingBox();
    expect(Math.round((after?.x ?? 0) - before.x)).toBeGreaterThan(60);

    expect(await danaHealth.problems('planner')).toEqual([]);
    expect(await mariaHealth.problems('other agency')).toEqual([]);
    expect(external).toEqual([]);
  });

  it('on Safe Passage, the command post and the inspection lanes 350 m from it are one cluster of 2 that opens to both, by mouse and by keyboard', async () => {
    const planId = await findPlanId(await apiLogin('dana.whitfield@ncshp.example'), 'Operation Safe Passage — I-95 trafficking interdiction');
    const dana = await signedInPage(await offTheInternet(DESKTOP), 'dana.whitfield@ncshp.example');
    const health = watchPageHealth(dana);
    const map = dana.getByRole('region', { name: "Map of the plan's places" });
    const cluster = map.getByRole('button', { name: /^2 places: Command post, Benson weigh station; Inspection lanes/ });
    const post = map.getByRole('button', { name: /^Command post: Command post, Benson weigh station/ });
    const lanes = map.getByRole('button', { name: /^Inspection site: Inspection lanes/ });

    for (const open of ['mouse', 'keyboard'] as const) {
      await dana.goto(`/plans/${planId}/places`);
      // At the zoom that shows all the plan's places the two would be drawn one over the other: one cluster counting them.
      await cluster.waitFor();
      expect(await cluster.innerText()).toBe('2');
      expect(await post.count()).toBe(0);
      expect(await lanes.count()).toBe(0);
      if (open === 'mouse') {
        await cluster.click();
      } else {
        await cluster.focus();
        await dana.keyboard.press('Enter');
      }
      await post.waitFor();
      await lanes.waitFor();
      expect(await cluster.count()).toBe(0);
      // From the keyboard, the focus goes on to the first of them (not back to the map).
      if (open === 'keyboard') expect(await post.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    expect(describeViolations(await seriousViolations(dana))).toEqual([]);

    // Each can be clicked (nothing lies over it): the inspection lanes are selected in the table too.
    await lanes.click();
    await dana.getByRole('row', { name: /Inspection lanes/ }).and(dana.locator('[aria-current="true"]')).waitFor();
    await expect(map.locator('.jo-place-marker--selected').getAttribute('aria-label')).resolves.toMatch(/^Inspection site: Inspection lanes/);
    // Zoomed back out, the cluster that holds the selected place is spread out: both stay in reach.
    const zoomOut = map.getByRole('button', { name: 'Zoom out' });
    for (let step = 0; step < 4; step += 1) await zoomOut.click();
    expect(await map.locator('path.jo-place-spider-leg').count()).toBeGreaterThanOrEqual(2);
    await lanes.waitFor();
    await post.click();
    await dana.getByRole('row', { name: /Command post, Benson weigh station/ }).and(dana.locator('[aria-current="true"]')).waitFor();
    await expect(map.locator('.jo-place-marker--selected').getAttribute('aria-label')).resolves.toMatch(/^Command post: Command post, Benson weigh station/);

    expect(await health.problems('Safe Passage places')).toEqual([]);
    expect(external).toEqual([]);
  });

  it("an officer's phone shows the place of their assignment, with its coordinates to copy", async () => {
    const plan = await createActivePlan(`Operation Landmark ${uniqueSuffix()}`);
    const context = await offTheInternet(PHONE, { isMobile: true, hasTouch: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const renee = await signedInPage(context, 'renee.jacobs@wcso.example');
    const health = watchPageHealth(renee);
    await renee.goto(`/plans/${plan.id}/operation`);
    const assignment = renee.getByRole('region', { name: 'Your assignment' });
    await assignment.waitFor();
    const shown = await assignment.innerText();
    expect(shown).toContain('Traffic Control');
    expect(shown).toContain('Command post');
    expect(shown).toContain('35.38210, -78.54860');
    await assignment.getByRole('button', { name: 'Copy coordinates' }).click();
    await assignment.getByText('Coordinates copied.').waitFor();
    expect(await renee.evaluate(() => navigator.clipboard.readText())).toBe('35.38210, -78.54860');
    expect(await assignment.getByRole('link', { name: 'Open in maps' }).getAttribute('href')).toMatch(/^geo:35\.3821\d*,-78\.5486\d*$/);
    expect(describeViolations(await seriousViolations(renee))).toEqual([]);
    expect(await health.problems('officer')).toEqual([]);
    expect(external).toEqual([]);
  });
});

/** Runs one of the API tests' PDF readers (text per page, or ink per page) on a PDF. */
function pdfRun<T>(what: 'pages' | 'ink', pdf: Buffer): T {
  const result = spawnSync(process.execPath, [join(__dirname, '../../apps/api/test/support/pdf-read.cjs'), what], { input: JSON.stringify([pdf.toString('base64')]), maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdf-read.cjs ${what} failed: ${result.stderr.toString()}`);
  return JSON.parse(result.stdout.toString()) as T;
}
