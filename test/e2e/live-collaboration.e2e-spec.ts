import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { objectiveCard, openSection, uniqueSuffix, waitForValue } from './support/plan-ui';
import { agencyIdsByShortName, apiAs, createPlan, openPlanAs, type CreatedPlan, type Person } from './support/review-ui';

const PEOPLE_NOW = 'People in this plan now';

describe('two planners from two agencies on one plan, live', () => {
  let browser: Browser;
  let plan: CreatedPlan;
  const opened: Person[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    // A plan of its own, NCSHP-led with CBP taking part, so Maria may edit it too.
    const dana = await apiAs('dana.whitfield@ncshp.example');
    const agencies = await agencyIdsByShortName(dana);
    plan = await createPlan(dana, { title: `Operation Open Doors ${uniqueSuffix()}`, agencyIds: [agencies['CBP']!] });
  });
  afterAll(async () => {
    await Promise.all(opened.map((person) => person.context.close()));
    await browser.close();
  });

  it('shows an added objective, who is here and who is editing what, without a reload', async () => {
    const [dana, maria] = await Promise.all([
      openPlanAs(browser, 'dana.whitfield@ncshp.example', plan.id, 'overview', plan.title),
      openPlanAs(browser, 'maria.lopez@cbp.example', plan.id, 'overview', plan.title),
    ]);
    opened.push(dana, maria);
    // --- Presence: each sees the other in the header, by name and agency ---
    await dana.page.getByRole('list', { name: PEOPLE_NOW }).getByRole('listitem').filter({ hasText: 'Maria Lopez (CBP)' }).waitFor();
    await maria.page.getByRole('list', { name: PEOPLE_NOW }).getByRole('listitem').filter({ hasText: 'Dana Whitfield (NCSHP)' }).waitFor();
    await dana.page.getByText('1 other person in this plan with you:').waitFor();
    await maria.page.getByText('1 other person in this plan with you:').waitFor();

    // (Once both are here: the presence strip appearing in the header shifts the side nav.)
    await Promise.all([openSection(dana.page, 'Objectives'), openSection(maria.page, 'Objectives')]);
    await Promise.all([
      dana.page.getByRole('heading', { level: 3, name: 'No objectives yet' }).waitFor(),
      maria.page.getByRole('heading', { level: 3, name: 'No objectives yet' }).waitFor(),
    ]);
    await dana.page.getByRole('list', { name: PEOPLE_NOW }).getByRole('listitem').filter({ hasText: 'Maria Lopez (CBP) — viewing Objectives' }).waitFor();
    // No page is reloaded from here on: a navigation would fail the test.
    let mariaNavigations = 0;
    maria.page.on('framenavigated', (frame) => {
      if (frame === maria.page.mainFrame()) mariaNavigations += 1;
    });


    // --- Dana adds an objective; it appears on Maria's open page ---
    const title = `Staff the weigh station ${uniqueSuffix()}`;
    const form = dana.page.getByRole('form', { name: 'Add an objective' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Success criteria').fill('Two officers on every shift.');
    const clicked = Date.now();
    await form.getByRole('button', { name: 'Add objective' }).click();
    const [, mariaSawAfter] = await Promise.all([
      objectiveCard(dana.page, title).waitFor(),
      objectiveCard(maria.page, title)
        .waitFor({ timeout: 5_000 })
        .then(() => Date.now() - clicked),
    ]);
    console.log(`live-collaboration: Maria saw Dana's new objective ${mariaSawAfter} ms after Dana pressed "Add objective"`);
    await waitForValue(form.getByLabel('Title'), '');
    await objectiveCard(maria.page, title).getByText('Two officers on every shift.').waitFor();
    expect(mariaNavigations).toBe(0);

    // --- Maria opens the objective's edit form; Dana sees it on that objective ---
    await objectiveCard(maria.page, title).getByRole('button', { name: `Edit ${title}` }).click();
    await maria.page.getByRole('form', { name: `Edit objective ${title}` }).waitFor();
    const badge = objectiveCard(dana.page, title).getByText('Maria Lopez is editing', { exact: true });
    await badge.waitFor();
    await dana.page.getByRole('list', { name: PEOPLE_NOW }).getByRole('listitem').filter({ hasText: `Maria Lopez (CBP) — editing Objective 1` }).waitFor();
    // Nobody else is shown as editing on Maria's own screen.
    expect(await objectiveCard(maria.page, title).getByText(/is editing$/).count()).toBe(0);

    // She closes the form without saving; the badge goes.
    await maria.page.getByRole('form', { name: `Edit objective ${title}` }).getByRole('button', { name: 'Cancel' }).click();
    await badge.waitFor({ state: 'detached' });
    expect(mariaNavigations).toBe(0);
  });
});
