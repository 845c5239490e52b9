import type { Browser, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { createActivePlan, fileDebrief, openPlanSection, type ActivePlan } from './support/after-action-ui';
import { baseUrl, launchBrowser, newContext, signedInPage } from './support/browser';
import { uniqueSuffix } from './support/plan-ui';

const PHONE = { width: 390, height: 844 };

/**
 * Issue 13, items 8 and 13: the debrief on a phone (the task in the first screen, the section
 * menu collapsed, Back and Save apart), the timeline as cards, per-step checks, resuming a draft
 * where it was left, and the others' debriefs followed live.
 */
describe('debrief and timeline on a phone; debriefs followed live', () => {
  let browser: Browser;
  let plan: ActivePlan;

  beforeAll(async () => {
    browser = await launchBrowser();
    plan = await createActivePlan(`Operation Pocket Lane ${uniqueSuffix()}`);
  });
  afterAll(() => browser.close());

  const phone = () => browser.newContext({ baseURL: baseUrl(), viewport: PHONE, isMobile: true, hasTouch: true });
  const outcome = (page: Page, objectiveIndex: number, value = 'MET') => page.locator(`label[for="outcome-${plan.objectives[objectiveIndex]!.id}-${value}"]`);

  it('puts the form in the first screen, checks each step, spaces Back and Save, and resumes where the draft was left', async () => {
    const renee = await signedInPage(await phone(), 'renee.jacobs@wcso.example');
    await renee.goto(`/plans/${plan.id}/debrief`);
    await renee.getByRole('heading', { level: 4, name: plan.objectives[0]!.title }).waitFor();

    // The section menu is one "Sections" button; the first field of the form is in the first screen.
    const nav = renee.getByRole('navigation', { name: 'Plan sections' });
    const toggle = nav.getByRole('button', { name: 'Sections: Debrief' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Overview' }).isVisible()).toBe(false);
    const first = await outcome(renee, 0).boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y).toBeGreaterThanOrEqual(0);
    expect(first!.y).toBeLessThan(PHONE.height);
    expect(describeViolations(await seriousViolations(renee))).toEqual([]);
    // Opening the menu shows every section.
    await toggle.click();
    await nav.getByRole('link', { name: 'Overview' }).waitFor();
    expect(describeViolations(await seriousViolations(renee))).toEqual([]);
    await toggle.click();

    // "Save and continue" without an outcome stays, with the USWDS error summary linking to the field.
    await renee.getByRole('button', { name: 'Save and continue' }).click();
    const summary = renee.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Choose an outcome for this objective.' }).waitFor();
    expect(await renee.getByRole('heading', { level: 4, name: plan.objectives[0]!.title }).isVisible()).toBe(true);
    expect(describeViolations(await seriousViolations(renee))).toEqual([]);

    await outcome(renee, 0).click();
    await renee.getByRole('button', { name: 'Save and continue' }).click();
    await renee.getByRole('heading', { level: 4, name: plan.objectives[1]!.title }).waitFor();

    // Back and Save and continue: apart by at least 8 px, each at least 44 px tall.
    const back = (await renee.getByRole('button', { name: 'Back' }).boundingBox())!;
    const save = (await renee.getByRole('button', { name: 'Save and continue' }).boundingBox())!;
    for (const box of [back, save]) expect(box.height).toBeGreaterThanOrEqual(44);
    const gap = Math.max(save.y - (back.y + back.height), back.y - (save.y + save.height), save.x - (back.x + back.width), back.x - (save.x + save.width));
    expect(gap).toBeGreaterThanOrEqual(8);

    // Leave and come back: the draft opens at the second objective, where it was left.
    await outcome(renee, 1, 'PARTIALLY_MET').click();
    await renee.getByRole('button', { name: 'Save and continue' }).click();
    await renee.getByRole('heading', { level: 4, name: 'Incidents', exact: true }).waitFor();
    await renee.goto('/plans');
    await renee.goto(`/plans/${plan.id}/debrief`);
    await renee.getByTestId('resuming').getByText('Resuming your saved draft at Incidents.').waitFor();
    await renee.getByRole('heading', { level: 4, name: 'Incidents', exact: true }).waitFor();
    await renee.context().close();
  });

  it('shows the timeline as cards with start and end in view, nothing to scroll sideways', async () => {
    const renee = await signedInPage(await phone(), 'renee.jacobs@wcso.example');
    await openPlanSection(renee, plan.id, 'timeline', 'Timeline');
    const card = renee.getByTestId('timeline-card').filter({ hasText: plan.eventTitle });
    await card.waitFor();
    expect(await renee.getByRole('table').count()).toBe(0);
    expect(await renee.getByTestId('timeline-gantt').count()).toBe(0);
    for (const label of ['Start', 'End']) {
      const value = card.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
      expect((await value.innerText()).trim()).not.toBe('');
      const box = (await value.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    // The caption wraps instead of being cut.
    const caption = (await renee.locator('#timeline-cards-caption').boundingBox())!;
    expect(caption.x + caption.width).toBeLessThanOrEqual(PHONE.width);
    expect(await renee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(describeViolations(await seriousViolations(renee))).toEqual([]);
    await renee.context().close();
  });

  it('follows the others live: a debrief submitted in another browser appears without a reload; axe clean at 1366', async () => {
    const alex = await signedInPage(await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1366, height: 900 } }), 'alex.chen@hsi.example');
    await openPlanSection(alex, plan.id, 'debrief', 'Debrief');
    await alex.getByRole('heading', { level: 4, name: plan.objectives[0]!.title }).waitFor();
    await alex.getByText('No one else has submitted a debrief yet.', { exact: false }).waitFor();
    expect(describeViolations(await seriousViolations(alex))).toEqual([]);
    // Wait until the workspace's live subscription is up (presence shows the plan's viewers).
    await alex.waitForTimeout(1_000);

    const tom = await signedInPage(await newContext(browser), 'tom.hargrove@wcso.example');
    await openPlanSection(tom, plan.id, 'debrief', 'Debrief');
    await fileDebrief(tom, plan, 'Cones were staged early', 'Bring more radios');
    await tom.context().close();

    await alex.getByText(/Tom Hargrove · WCSO · Submitted/).waitFor({ timeout: 15_000 });
    expect(await alex.getByText('No one else has submitted a debrief yet.', { exact: false }).count()).toBe(0);
    // The timeline at desktop width keeps the table and the chart.
    await openPlanSection(alex, plan.id, 'timeline', 'Timeline');
    await alex.getByRole('table').waitFor();
    expect(describeViolations(await seriousViolations(alex))).toEqual([]);
    await alex.context().close();
  });
});
