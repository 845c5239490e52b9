import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, openPlanList } from './support/browser';
import { addObjective, objectiveCard, openSection, section, uniqueSuffix, waitForValue } from './support/plan-ui';

const SEEDED_PLAN = /^Operation Safe Passage/;

interface Planner {
  context: BrowserContext;
  page: Page;
}

/**
 * Makes the plan's live events stop reaching the page while `held()` says so (as when they are
 * still on the way, or the connection is down); everything else on the socket passes.
 */
async function holdLiveEvents(context: BrowserContext, held: () => boolean): Promise<void> {
  await context.routeWebSocket(/\/graphql$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => server.send(message));
    server.onMessage((message) => {
      if (held() && typeof message === 'string' && isPlanEvent(message)) return;
      ws.send(message);
    });
  });
}

function isPlanEvent(frame: string): boolean {
  const message = JSON.parse(frame) as { type?: string; payload?: { data?: Record<string, unknown> } };
  return message.type === 'next' && Boolean(message.payload?.data?.['planEvents']);
}

/** Signs in in a context of its own and opens the seeded plan's objectives from the plans list. */
async function openSeededPlan(browser: Browser, email: string, prepare?: (context: BrowserContext) => Promise<void>): Promise<Planner> {
  const context = await newContext(browser);
  await prepare?.(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signIn(page, email);
  await openPlanList(page, 'Operation Safe Passage');
  await page.getByRole('link', { name: SEEDED_PLAN }).click();
  await page.getByRole('heading', { level: 1, name: SEEDED_PLAN }).waitFor();
  await openSection(page, 'Objectives');
  return { context, page };
}

/** Opens the edit form of an objective and returns it. */
async function editObjective(page: Page, title: string): Promise<Locator> {
  await objectiveCard(page, title).getByRole('button', { name: `Edit ${title}` }).click();
  const form = page.getByRole('form', { name: `Edit objective ${title}` });
  await form.waitFor();
  return form;
}

async function reloadObjectives(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Objectives', exact: true }).waitFor();
}

describe('two planners from two agencies editing one plan at once', () => {
  let browser: Browser;
  let dana: Planner;
  let maria: Planner;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  // Maria's screen hears of the plan's changes unless a test holds them back.
  let holdingMarias = false;
  beforeEach(async () => {
    holdingMarias = false;
    [dana, maria] = await Promise.all([
      openSeededPlan(browser, 'dana.whitfield@ncshp.example'),
      openSeededPlan(browser, 'maria.lopez@cbp.example', (context) => holdLiveEvents(context, () => holdingMarias)),
    ]);
  });
  afterEach(async () => {
    await Promise.all([dana.context.close(), maria.context.close()]);
  });

  /** Each adds a fresh objective at the same moment (the seeded plan's own stay untouched); both then reload. */
  async function addFreshObjectives(): Promise<{ mine: string; hers: string }> {
    const suffix = uniqueSuffix();
    const mine = `Close the ramps ${suffix}`;
    const hers = `Screen the trailers ${suffix}`;
    await Promise.all([
      addObjective(dana.page, { title: mine, successCriteria: 'Ramps closed by 06:00.' }),
      addObjective(maria.page, { title: hers, successCriteria: 'Every trailer screened once.' }),
    ]);
    await Promise.all([reloadObjectives(dana.page), reloadObjectives(maria.page)]);
    await Promise.all([objectiveCard(dana.page, hers).waitFor(), objectiveCard(maria.page, mine).waitFor()]);
    return { mine, hers };
  }

  it('saves edits to two different objectives made at the same time, and both stay after a reload', async () => {
    const { mine, hers } = await addFreshObjectives();

    const [danaForm, mariaForm] = await Promise.all([editObjective(dana.page, mine), editObjective(maria.page, hers)]);
    await danaForm.getByLabel('Success criteria').fill('Both ramps at exit 79 closed by 06:00, reopened by 18:00.');
    await mariaForm.getByLabel('Description').fill('CBP officers screen trailers at the scale house.');
    await Promise.all([danaForm.getByRole('button', { name: 'Save objective' }).click(), mariaForm.getByRole('button', { name: 'Save objective' }).click()]);
    await Promise.all([
      dana.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor(),
      maria.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor(),
    ]);
    await Promise.all([danaForm.waitFor({ state: 'detached' }), mariaForm.waitFor({ state: 'detached' })]);
    expect(await section(dana.page, 'Objectives').getByRole('alert').count()).toBe(0);
    expect(await section(maria.page, 'Objectives').getByRole('alert').count()).toBe(0);

    await Promise.all([reloadObjectives(dana.page), reloadObjectives(maria.page)]);
    for (const { page } of [dana, maria]) {
      await objectiveCard(page, mine).getByText('Both ramps at exit 79 closed by 06:00, reopened by 18:00.').waitFor();
      await objectiveCard(page, hers).getByText('CBP officers screen trailers at the scale house.').waitFor();
      await objectiveCard(page, hers).getByText('Every trailer screened once.').waitFor();
    }
  });

  it('meets the second save of one objective from a stale view with a conflict notice, keeps what was typed, and applies it on top', async () => {
    const { mine } = await addFreshObjectives();

    // Both open the form on the same version; Dana saves first.
    const [danaSame, mariaStale] = await Promise.all([editObjective(dana.page, mine), editObjective(maria.page, mine)]);
    const danaCriteria = 'Ramps closed by 05:30 (NCSHP).';
    const mariaCriteria = 'Ramps closed by 06:15, after CBP staging (CBP).';
    const mariaDescription = 'CBP staging needs the ramps open until 06:00.';
    await mariaStale.getByLabel('Success criteria').fill(mariaCriteria);
    await mariaStale.getByLabel('Description').fill(mariaDescription);
    await danaSame.getByLabel('Success criteria').fill(danaCriteria);
    await danaSame.getByRole('button', { name: 'Save objective' }).click();
    await dana.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor();
    await objectiveCard(dana.page, mine).getByText(danaCriteria).waitFor();

    await mariaStale.getByRole('button', { name: 'Save objective' }).click();
    // Named when her screen has already heard of Dana's save (it usually has), "Someone" otherwise.
    const notice = mariaStale.getByRole('alert', { name: /^(Someone|Dana Whitfield) saved a newer version while you were editing$/ });
    const savedOver = section(maria.page, 'Objectives').getByRole('status').filter({ hasText: 'Objective saved.' });
    await notice.or(savedOver).first().waitFor();
    if (!(await notice.isVisible())) {
      throw new Error(`Lost update: Maria's form, opened before Dana's save, saved over it without a conflict notice. The objective now reads: ${await objectiveCard(maria.page, mine).textContent()}`);
    }
    const differing = notice.getByRole('table', { name: 'Fields that differ' });
    const criteriaRow = differing.getByRole('row').filter({ has: maria.page.getByRole('rowheader', { name: 'Success criteria' }) });
    expect(await criteriaRow.getByRole('cell').allTextContents()).toEqual([danaCriteria, mariaCriteria]);
    const descriptionRow = differing.getByRole('row').filter({ has: maria.page.getByRole('rowheader', { name: 'Description' }) });
    expect(await descriptionRow.getByRole('cell').allTextContents()).toEqual(['(empty)', mariaDescription]);
    // Only the fields that differ are listed; nothing she typed is lost.
    expect(await differing.getByRole('rowheader', { name: 'Title' }).count()).toBe(0);
    expect(await mariaStale.getByLabel('Success criteria').inputValue()).toBe(mariaCriteria);
    expect(await mariaStale.getByLabel('Description').inputValue()).toBe(mariaDescription);
    expect(await objectiveCard(maria.page, mine).getByRole('button', { name: `Edit ${mine}` }).count()).toBe(0);

    await notice.getByRole('button', { name: 'Apply mine on top' }).click();
    await maria.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor();
    await mariaStale.waitFor({ state: 'detached' });
    await objectiveCard(maria.page, mine).getByText(mariaCriteria).waitFor();

    await Promise.all([reloadObjectives(dana.page), reloadObjectives(maria.page)]);
    for (const { page } of [dana, maria]) {
      const card = objectiveCard(page, mine);
      await card.getByText(mariaCriteria).waitFor();
      await card.getByText(mariaDescription).waitFor();
      expect(await card.getByText(danaCriteria).count()).toBe(0);
    }
    // Dana can open it again and sees the saved values in the form.
    const again = await editObjective(dana.page, mine);
    await waitForValue(again.getByLabel('Success criteria'), mariaCriteria);
  });

  it("applies mine on top of a save her screen has not heard of: the fields she did not touch keep Dana's values", async () => {
    const { mine } = await addFreshObjectives();
    const mariaForm = await editObjective(maria.page, mine);
    // Dana's save does not reach Maria's screen before Maria saves.
    holdingMarias = true;
    const danaForm = await editObjective(dana.page, mine);
    const danaCriteria = 'Ramps closed by 05:30 (NCSHP).';
    const danaDescription = 'NCSHP troopers hold the ramps from 05:00.';
    await danaForm.getByLabel('Success criteria').fill(danaCriteria);
    await danaForm.getByLabel('Description').fill(danaDescription);
    await danaForm.getByRole('button', { name: 'Save objective' }).click();
    await dana.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor();

    const mariaCriteria = 'Ramps closed by 06:15, after CBP staging (CBP).';
    await mariaForm.getByLabel('Success criteria').fill(mariaCriteria);
    await mariaForm.getByRole('button', { name: 'Save objective' }).click();
    const notice = mariaForm.getByRole('alert', { name: 'Someone saved a newer version while you were editing' });
    await notice.waitFor();
    // Only the field both changed differs; the description she never touched took Dana's at once.
    const differing = notice.getByRole('table', { name: 'Fields that differ' });
    expect(await differing.getByRole('rowheader').allTextContents()).toEqual(['Success criteria']);
    await waitForValue(mariaForm.getByLabel('Description'), danaDescription);
    expect(await mariaForm.getByLabel('Success criteria').inputValue()).toBe(mariaCriteria);

    await notice.getByRole('button', { name: 'Apply mine on top' }).click();
    await maria.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor();
    await mariaForm.waitFor({ state: 'detached' });

    holdingMarias = false;
    await Promise.all([reloadObjectives(dana.page), reloadObjectives(maria.page)]);
    for (const { page } of [dana, maria]) {
      const card = objectiveCard(page, mine);
      await card.getByText(mariaCriteria).waitFor();
      // Not written back over with the empty description her form opened with.
      await card.getByText(danaDescription).waitFor();
    }
  });
});
