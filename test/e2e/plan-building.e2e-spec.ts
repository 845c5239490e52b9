import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, openPlanList } from './support/browser';
import { addObjective, localInput, objectiveCard, openSection, section, tick, uniqueSuffix, waitForCount } from './support/plan-ui';

const CBP = 'U.S. Customs and Border Protection (CBP)';
const NCSHP = 'North Carolina State Highway Patrol (NCSHP)';
/** The NC baseline template: 16 items, all required but the body-worn camera one. */
const REQUIRED_ITEMS = 15;

describe('building a plan in the browser until it is ready for review', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });
  afterEach(() => context.close());

  it('creates a plan with CBP and the NC baseline, fills every section, and clears every blocker', async () => {
    const title = `Operation Clear Lanes ${uniqueSuffix()}`;
    await signIn(page, 'dana.whitfield@ncshp.example');
    await openPlanList(page);

    // --- New plan ---
    await page.getByRole('link', { name: 'New plan' }).click();
    await page.waitForURL('**/plans/new');
    const newPlan = page.getByRole('form', { name: 'New plan' });
    await newPlan.getByLabel('Title').fill(title);
    await newPlan.getByLabel('Summary').fill('Commercial vehicle safety inspections on US-1 near Sanford, with CBP support at the weigh station.');
    await newPlan.getByLabel('Window start').fill(localInput(2027, 6, 10, 8));
    await newPlan.getByLabel('Window end').fill(localInput(2027, 6, 10, 20));
    // Investigation support: allowed by NCSHP's agreement with CBP, and the seeded people hold its course.
    await newPlan.getByLabel(/^Operation type/).selectOption('INVESTIGATION_SUPPORT');
    const agencies = newPlan.getByRole('group', { name: 'Participating agencies' });
    await agencies.getByText('North Carolina State Highway Patrol (NCSHP) leads this plan and always takes part.').waitFor();
    await tick(agencies, CBP);
    const template = newPlan.getByLabel('Checklist template');
    // Keep the default: the NC baseline, once the templates have loaded.
    await newPlan.getByRole('option', { name: /North Carolina baseline/ }).waitFor({ state: 'attached' });
    expect(await template.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '')).toMatch(/North Carolina baseline/);
    await newPlan.getByRole('button', { name: 'Create plan' }).click();

    // --- Lands on the workspace, with blockers ---
    await page.waitForURL(/\/plans\/[^/]+\/overview$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const blockers = page.getByRole('list', { name: 'Readiness blockers' });
    await blockers.waitFor();
    await blockers.getByRole('link', { name: 'The plan has no objectives.' }).waitFor();
    await blockers.getByRole('link', { name: 'NCSHP holds no role.' }).waitFor();
    await blockers.getByRole('link', { name: 'CBP holds no role.' }).waitFor();
    await blockers.getByRole('link', { name: 'NCSHP commits no resources.' }).waitFor();
    await blockers.getByRole('link', { name: 'CBP commits no resources.' }).waitFor();
    expect(await blockers.getByRole('link', { name: 'The plan has no timeline events.' }).getAttribute('href')).toMatch(/\/timeline$/);
    expect(await blockers.getByRole('link', { name: 'The plan has no communications channel.' }).getAttribute('href')).toMatch(/\/comms$/);
    expect(await blockers.getByRole('link', { name: 'The plan has no command post: add one under Places.' }).getAttribute('href')).toMatch(/\/places$/);
    await waitForCount(blockers.getByRole('link', { name: /^Required checklist item is open: / }), REQUIRED_ITEMS);
    // No objectives, two agencies without a role and without resources, no timeline, no comms, no command post.
    await page.getByText(`${REQUIRED_ITEMS + 8} things block submission for review:`).waitFor();
    // A blocker's link opens its item with focus on it, so the keyboard goes on from there.
    const firstRequired = blockers.getByRole('link', { name: /^Required checklist item is open: / }).first();
    const target = (await firstRequired.getAttribute('href'))!.split('#')[1]!;
    expect(target).toMatch(/^checklist-/);
    await firstRequired.click();
    await page.waitForFunction((id) => document.activeElement?.id === id, target);

    // --- Objectives, and a validation error that adds nothing ---
    await openSection(page, 'Objectives');
    await page.getByRole('heading', { level: 3, name: 'No objectives yet' }).waitFor();
    const addForm = page.getByRole('form', { name: 'Add an objective' });
    await addForm.getByLabel('Description').fill('No title on purpose.');
    await addForm.getByRole('button', { name: 'Add objective' }).click();
    const problem = addForm.getByRole('alert').filter({ hasText: 'There is a problem' });
    await problem.getByRole('link', { name: 'Title is required.' }).waitFor();
    expect(await addForm.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await addForm.getByLabel('Title').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('list', { name: 'Objectives in order' }).count()).toBe(0);
    await page.getByRole('heading', { level: 3, name: 'No objectives yet' }).waitFor();

    await addObjective(page, {
      title: 'Inspect commercial vehicles lawfully',
      description: 'Level II inspections selected by the written criteria only.',
      successCriteria: 'Every stop has a documented, individualized basis in the activity log.',
      priority: 'High',
    });
    await problem.waitFor({ state: 'detached' });
    await addObjective(page, {
      title: 'Connect potential victims with services',
      successCriteria: 'Everyone identified is offered victim services and an interpreter within 2 hours.',
      priority: 'Critical',
    });
    await waitForCount(page.getByRole('list', { name: 'Objectives in order' }).getByRole('listitem'), 2);
    await objectiveCard(page, 'Connect potential victims with services').getByText('Everyone identified is offered victim services').waitFor();

    // --- Roles: one for NCSHP, one for CBP, each with an assignee of its agency ---
    await openSection(page, 'Roles');
    const roleForm = page.getByRole('form', { name: 'Add a role' });
    await roleForm.getByLabel('Agency').selectOption({ label: NCSHP });
    await roleForm.getByLabel('Role title').fill('Operation Commander');
    await roleForm.getByLabel('Responsibilities').fill('Overall command of the operational period.');
    await roleForm.getByLabel('Assignee (optional)').selectOption({ label: 'Dana Whitfield' });
    await tick(roleForm.getByRole('group', { name: 'Objectives this role serves' }), 'Inspect commercial vehicles lawfully');
    await roleForm.getByRole('button', { name: 'Add role' }).click();
    const ncshpGroup = section(page, 'Roles').getByRole('region', { name: NCSHP });
    await ncshpGroup.getByRole('heading', { level: 4, name: 'Operation Commander' }).waitFor();
    await ncshpGroup.getByText('Assigned to Dana Whitfield').waitFor();

    await roleForm.getByLabel('Agency').selectOption({ label: CBP });
    await roleForm.getByLabel('Role title').fill('Federal Liaison Officer');
    await roleForm.getByLabel('Assignee (optional)').selectOption({ label: 'James Okafor' });
    await roleForm.getByRole('button', { name: 'Add role' }).click();
    const cbpGroup = section(page, 'Roles').getByRole('region', { name: CBP });
    await cbpGroup.getByRole('heading', { level: 4, name: 'Federal Liaison Officer' }).waitFor();
    await cbpGroup.getByText('Assigned to James Okafor').waitFor();
    expect(await section(page, 'Roles').getByText('No role yet.').count()).toBe(0);

    // --- Timeline: two events in the window, the second after the first; an end before the start is refused ---
    await openSection(page, 'Timeline');
    await page.getByRole('button', { name: 'Add an event' }).click();
    let eventForm = page.getByRole('form', { name: 'Add a timeline event' });
    await eventForm.getByLabel('Title').fill('Joint briefing');
    await eventForm.getByLabel('Phase').selectOption({ label: 'Briefing' });
    await eventForm.getByLabel('Start').fill(localInput(2027, 6, 10, 9));
    await eventForm.getByLabel('End').fill(localInput(2027, 6, 10, 8, 30));
    await eventForm.getByRole('button', { name: 'Add event' }).click();
    const timelineProblem = eventForm.getByRole('alert').filter({ hasText: 'There is a problem' });
    await timelineProblem.getByRole('link', { name: 'End must not be before start.' }).waitFor();
    expect(await eventForm.getByLabel('End').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('heading', { level: 3, name: 'No timeline events yet' }).isVisible()).toBe(true);

    await eventForm.getByLabel('End').fill(localInput(2027, 6, 10, 10));
    await eventForm.getByLabel('Agency (optional)').selectOption({ label: NCSHP });
    await eventForm.getByRole('button', { name: 'Add event' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: timeline event added.' }).waitFor();
    const table = page.getByRole('table', { name: /^Timeline events in start order/ });
    await table.getByRole('rowheader', { name: 'Joint briefing' }).waitFor();

    await page.getByRole('button', { name: 'Add an event' }).click();
    eventForm = page.getByRole('form', { name: 'Add a timeline event' });
    await eventForm.getByLabel('Title').fill('Inspections at the weigh station');
    await eventForm.getByLabel('Phase').selectOption({ label: 'Execution' });
    await eventForm.getByLabel('Start').fill(localInput(2027, 6, 10, 10));
    await eventForm.getByLabel('End').fill(localInput(2027, 6, 10, 18));
    await tick(eventForm.getByRole('group', { name: 'Depends on' }), 'Joint briefing');
    await eventForm.getByRole('button', { name: 'Add event' }).click();
    const second = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Inspections at the weigh station' }) });
    await second.waitFor();
    await second.getByRole('cell', { name: 'Execution', exact: true }).waitFor();
    await second.getByRole('cell', { name: 'Joint briefing', exact: true }).waitFor();
    await waitForCount(table.getByRole('row'), 3);
    // At 1280 px the whole table fits beside the section nav: Remove is in view, nothing scrolls sideways.
    expect(await table.evaluate((element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    const removeBox = (await second.getByRole('button', { name: 'Remove Inspections at the weigh station' }).boundingBox())!;
    const tableBox = (await table.locator('xpath=..').boundingBox())!;
    expect(removeBox.x + removeBox.width).toBeLessThanOrEqual(tableBox.x + tableBox.width);

    // --- Resources: what each agency commits; communications: one channel for all ---
    await openSection(page, 'Resources');
    const resourceForm = page.getByRole('form', { name: 'Add a resource' });
    for (const [agency, kind, quantity] of [
      [NCSHP, 'Troopers', '8'],
      [CBP, 'Officers', '2'],
    ]) {
      await resourceForm.getByLabel('Agency').selectOption({ label: agency });
      await resourceForm.getByLabel('Kind').fill(kind);
      await resourceForm.getByLabel('Quantity').fill(quantity);
      await resourceForm.getByRole('button', { name: 'Add resource' }).click();
      await section(page, 'Resources').getByRole('rowheader', { name: kind }).first().waitFor();
    }
    await openSection(page, 'Communications');
    const channelForm = page.getByRole('form', { name: 'Add a channel' });
    await channelForm.getByLabel('Name').fill('Tactical 1');
    await channelForm.getByLabel('Details').fill('VIPER talkgroup US1-TAC-1');
    await channelForm.getByRole('button', { name: 'Add channel' }).click();
    await section(page, 'Communications').getByRole('rowheader', { name: 'Tactical 1' }).waitFor();
    await openSection(page, 'Places');
    const placeForm = page.getByRole('form', { name: 'Add a place' });
    await placeForm.getByLabel('Name').fill('Command post, US-1 weigh station');
    await placeForm.getByLabel(/^Kind/).selectOption('COMMAND_POST');
    await placeForm.getByLabel('Latitude').fill('35.6027');
    await placeForm.getByLabel('Longitude').fill('-78.7934');
    await placeForm.getByRole('button', { name: 'Add place' }).click();
    await section(page, 'Places').getByRole('rowheader', { name: /Command post, US-1 weigh station/ }).waitFor();

    // --- Checklist: every required item satisfied, with evidence ---
    await openSection(page, 'Checklist');
    const checklist = section(page, 'Checklist');
    await checklist.getByText(`0 of ${REQUIRED_ITEMS} required items resolved`).waitFor();
    const requiredItems = checklist.getByRole('listitem').filter({ has: page.getByText('Required', { exact: true }) });
    await waitForCount(requiredItems, REQUIRED_ITEMS);
    for (let i = 0; i < REQUIRED_ITEMS; i++) {
      const item = requiredItems.nth(i);
      await item.getByRole('button', { name: 'Resolve' }).click();
      const resolve = item.getByRole('form', { name: /^Resolve: / });
      expect(await resolve.getByLabel('Satisfied').isChecked()).toBe(true);
      await resolve.getByLabel('Evidence').fill(`Evidence ${i + 1}: reviewed by counsel on 2027-05-20, memo filed with the plan.`);
      await resolve.getByRole('button', { name: 'Save resolution' }).click();
      await item.getByRole('button', { name: 'Reopen' }).waitFor();
    }
    await checklist.getByText(`${REQUIRED_ITEMS} of ${REQUIRED_ITEMS} required items resolved`).waitFor();
    await waitForCount(requiredItems.filter({ hasText: 'Evidence: Evidence' }), REQUIRED_ITEMS);
    // The optional body-worn camera item may stay open.
    const optional = checklist.getByRole('listitem').filter({ has: page.getByText('Optional', { exact: true }) });
    expect(await optional.getByRole('button', { name: 'Resolve' }).count()).toBe(1);

    // --- Overview: nothing blocks review, and the server agrees after a reload ---
    await openSection(page, 'Overview');
    await page.getByText('Ready for review: nothing blocks submission.').waitFor();
    expect(await page.getByRole('list', { name: 'Readiness blockers' }).count()).toBe(0);
    await page.getByText(/^The server counted/).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByText('Ready for review: nothing blocks submission.').waitFor();
    expect(await page.getByText(/^The server counted/).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Plan sections' });
    await nav.getByRole('link', { name: /^Objectives\s*2$/ }).waitFor();
    await nav.getByRole('link', { name: /^Roles\s*2$/ }).waitFor();
    await nav.getByRole('link', { name: /^Timeline\s*2$/ }).waitFor();
    await nav.getByRole('link', { name: /^Checklist\s*16$/ }).waitFor();
  });
});
