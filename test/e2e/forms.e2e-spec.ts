import type { Browser, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { objectiveCard, section, uniqueSuffix } from './support/plan-ui';
import { agencyIdsByShortName, apiAs, createPlan, openPlanAs, type Person } from './support/review-ui';

/**
 * Issue 13, items 7, 12 and 15 in the browser: typed text survives a section switch (the app asks
 * first), a removal can be undone in place, the keyboard lands on what it added, and several
 * checklist items are resolved with one piece of evidence, each logged as its own change.
 */
describe('forms: unsaved text, undo, keyboard focus and bulk resolution', () => {
  let browser: Browser;
  let dana: Person;
  let page: Page;
  let plan: { id: string; title: string };
  const consoleErrors: string[] = [];

  const objectiveTitles = () => page.getByRole('list', { name: 'Objectives in order' }).getByRole('heading', { level: 3 }).allInnerTexts();
  const axeClean = async () => {
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      expect([width, ...describeViolations(await seriousViolations(page))]).toEqual([width]);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const api = await apiAs('dana.whitfield@ncshp.example');
    const agencies = await agencyIdsByShortName(api);
    const { checklistTemplates } = await api<{ checklistTemplates: Array<{ id: string; name: string }> }>('{ checklistTemplates { id name } }');
    const template = checklistTemplates.find((t) => /North Carolina/i.test(t.name))!;
    plan = await createPlan(api, { title: `Operation Steady Hands ${uniqueSuffix()}`, agencyIds: [agencies['CBP']!], checklistTemplateId: template.id });
    for (const title of ['Secure the perimeter', 'Screen vehicles', 'Reopen the lanes']) {
      await api('mutation($p: ID!, $t: String!) { addObjective(planId: $p, input: { title: $t, successCriteria: "Done" }) { id } }', { p: plan.id, t: title });
    }
    dana = await openPlanAs(browser, 'dana.whitfield@ncshp.example', plan.id, 'objectives', plan.title);
    page = dana.page;
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await dana?.context.close();
    await browser?.close();
  });

  it('asks before a section switch drops typed text; "Stay" keeps it', async () => {
    const form = page.getByRole('form', { name: 'Add an objective' });
    await form.getByLabel('Title').fill('Half-typed objective');
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: /^Roles/ }).click();

    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Stay and keep my text' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await axeClean();
    await dialog.getByRole('button', { name: 'Stay and keep my text' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(`/plans/${plan.id}/objectives`);
    expect(await form.getByLabel('Title').inputValue()).toBe('Half-typed objective');

    // Clearing the field leaves nothing to lose: the switch goes through without asking.
    await form.getByLabel('Title').fill('');
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: /^Roles/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Roles', exact: true }).waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: /^Objectives/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Objectives', exact: true }).waitFor();
  });

  it('removes an objective with Undo for 10 seconds; Undo puts it back in its place', async () => {
    expect(await objectiveTitles()).toEqual([expect.stringContaining('Secure the perimeter'), expect.stringContaining('Screen vehicles'), expect.stringContaining('Reopen the lanes')]);
    const card = objectiveCard(page, 'Screen vehicles');
    await card.getByRole('button', { name: 'Remove Screen vehicles' }).click();
    await card.getByRole('button', { name: 'Yes, remove' }).click();
    await card.waitFor({ state: 'detached' });

    const notice = page.getByRole('region', { name: 'Undo' });
    await notice.getByText('Removed objective "Screen vehicles".').waitFor();
    expect(await page.getByText('cannot be undone').count()).toBe(0);
    await axeClean();
    await notice.getByRole('button', { name: 'Undo' }).click();

    await objectiveCard(page, 'Screen vehicles').waitFor();
    expect(await objectiveTitles()).toEqual([expect.stringContaining('Secure the perimeter'), expect.stringContaining('Screen vehicles'), expect.stringContaining('Reopen the lanes')]);
    // The restored card has focus.
    await page.waitForFunction(() => document.activeElement?.id.startsWith('objective-') && document.activeElement.textContent?.includes('Screen vehicles'));
    // Logged as a new ADDED change, after the removal.
    await page.goto(`/plans/${plan.id}/activity`);
    const feed = page.getByRole('list', { name: 'Plan activity, newest first' });
    await feed.getByText(/removed .*Screen vehicles/).first().waitFor();
    // Added twice: when the plan was built, and again by Undo (newest first).
    await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="activity-list"] li')).filter((li) => /added .*Screen vehicles/.test(li.textContent ?? '')).length === 2);
    const lines = await feed.getByRole('listitem').allInnerTexts();
    expect(lines.findIndex((line) => /added .*Screen vehicles/.test(line))).toBeLessThan(lines.findIndex((line) => /removed .*Screen vehicles/.test(line)));
    await page.goto(`/plans/${plan.id}/objectives`);
    await page.getByRole('heading', { level: 2, name: 'Objectives', exact: true }).waitFor();
  });

  it('by keyboard: "Skip to add form", Enter adds, and focus lands on the new objective', async () => {
    const objectives = section(page, 'Objectives');
    await page.getByRole('heading', { level: 2, name: 'Objectives', exact: true }).focus();
    await page.keyboard.press('Tab');
    const skip = objectives.getByRole('link', { name: 'Skip to add form' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const title = page.getByRole('form', { name: 'Add an objective' }).getByLabel('Title');
    expect(await title.evaluate((input) => input === document.activeElement)).toBe(true);

    await page.keyboard.type('Keep the public informed');
    await page.keyboard.press('Enter');
    await objectiveCard(page, 'Keep the public informed').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'LI' && document.activeElement.textContent?.includes('Keep the public informed'));
  });

  it('resolves three checklist items with one piece of evidence: three changes in the activity', async () => {
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: /^Checklist/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Checklist', exact: true }).waitFor();
    const boxes = section(page, 'Checklist').getByRole('checkbox', { name: /Select to resolve together/ });
    await boxes.first().waitFor();
    const texts: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const box = boxes.nth(index);
      texts.push(await page.locator(`#${await box.getAttribute('aria-describedby')}`).innerText());
      // USWDS draws the box on the label; the native input sits under it.
      await page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
      expect(await box.isChecked()).toBe(true);
    }
    const form = page.getByRole('form', { name: 'Resolve 3 items together' });
    await form.getByLabel(/^Evidence/).fill('Signed MOU on file, 2027-01-10');
    await axeClean();
    await form.getByRole('button', { name: 'Resolve 3 items' }).click();
    await page.getByText('Saved: 3 items marked satisfied.').waitFor();

    await page.goto(`/plans/${plan.id}/activity`);
    const feed = page.getByRole('list', { name: 'Plan activity, newest first' });
    // The feed quotes an item's first 80 characters.
    for (const text of texts) await feed.getByText(`resolved the checklist item "${text.length > 80 ? text.slice(0, 79) : text}`, { exact: false }).first().waitFor();
    const resolvedLines = (await feed.getByRole('listitem').allInnerTexts()).filter((line) => /resolved the checklist item .* as satisfied/.test(line));
    expect(resolvedLines).toHaveLength(3);
    expect(consoleErrors).toEqual([]);
  });
});
