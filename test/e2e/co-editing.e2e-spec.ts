import type { Browser, Locator, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { objectiveCard, uniqueSuffix, waitForValue } from './support/plan-ui';
import { agencyIdsByShortName, apiAs, createPlan, openPlanAs, type CreatedPlan, type Person } from './support/review-ui';

const CRITERIA = 'Ramps closed by 06:00.';
const MARIAS_CRITERIA = 'Ramps closed by 06:15, after CBP staging at the scale house (CBP).';
// Long, and one unbreakable run: the comparison tables must wrap it inside their box.
const DANAS_DESCRIPTION = `NCSHP closes the ramps; see https://ncshp.example.gov/operations/2027/ramp-closures/exit-79/${'detour-map-'.repeat(8)}final.pdf for the detour map and the staging plan.`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** axe-core at the phone and the desktop width (the desktop width stays set), as `<width> px: <violation>` lines. */
async function violationsAtBothWidths(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    found.push(...describeViolations(await seriousViolations(page)).map((line) => `${size.width} px: ${line}`));
  }
  return found;
}

/** The comparison table lies inside its alert box, at both widths (nothing sticks out to the right). */
async function expectTableInsideBox(page: Page, box: Locator): Promise<void> {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    const outer = (await box.boundingBox())!;
    const table = (await box.getByRole('table', { name: 'Fields that differ' }).boundingBox())!;
    expect(table.x + table.width).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
    expect(outer.x + outer.width).toBeLessThanOrEqual(size.width);
    const overflow = await box.getByRole('table', { name: 'Fields that differ' }).evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
}

async function editObjective(page: Page, title: string): Promise<Locator> {
  await objectiveCard(page, title).getByRole('button', { name: `Edit ${title}` }).click();
  const form = page.getByRole('form', { name: `Edit objective ${title}` });
  await form.waitFor();
  return form;
}

describe('two planners editing the same objective at once', () => {
  let browser: Browser;
  let plan: CreatedPlan;
  const title = `Close the ramps ${uniqueSuffix()}`;
  const opened: Person[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const dana = await apiAs('dana.whitfield@ncshp.example');
    const agencies = await agencyIdsByShortName(dana);
    plan = await createPlan(dana, { title: `Operation Shared Pen ${uniqueSuffix()}`, agencyIds: [agencies['CBP']!] });
    await dana('mutation($p: ID!, $input: ObjectiveInput!) { addObjective(planId: $p, input: $input) { id } }', { p: plan.id, input: { title, successCriteria: CRITERIA, priority: 'HIGH' } });
  });
  afterAll(async () => {
    await Promise.all(opened.map((person) => person.context.close()));
    await browser.close();
  });

  it('keeps both editing badges, shows her save inline with the difference, and lets the other take theirs or keep hers', async () => {
    const [dana, maria] = await Promise.all([
      openPlanAs(browser, 'dana.whitfield@ncshp.example', plan.id, 'objectives', plan.title),
      openPlanAs(browser, 'maria.lopez@cbp.example', plan.id, 'objectives', plan.title),
    ]);
    opened.push(dana, maria);
    await dana.page.getByText('1 other person in this plan with you:').waitFor();

    // --- Maria opens the objective; Dana sees the badge, then opens it too: both are listed ---
    const mariaForm = await editObjective(maria.page, title);
    await objectiveCard(dana.page, title).getByText('Maria Lopez is editing', { exact: true }).waitFor();
    const danaForm = await editObjective(dana.page, title);
    await danaForm.getByText('Maria Lopez is editing', { exact: true }).waitFor();
    await mariaForm.getByText('Dana Whitfield is editing', { exact: true }).waitFor();

    // --- Dana types; Maria saves first ---
    await danaForm.getByLabel('Description').fill(DANAS_DESCRIPTION);
    await mariaForm.getByLabel('Success criteria').fill(MARIAS_CRITERIA);
    await mariaForm.getByRole('button', { name: 'Save objective' }).click();
    await maria.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor();
    await mariaForm.waitFor({ state: 'detached' });

    // --- Dana's open form says so at once, field by field, before she saves anything ---
    const notice = danaForm.getByRole('status', { name: 'Maria Lopez saved a newer version' });
    await notice.waitFor();
    const table = notice.getByRole('table', { name: 'Fields that differ' });
    const row = (label: string) => table.getByRole('row').filter({ has: dana.page.getByRole('rowheader', { name: label }) });
    expect(await row('Description').getByRole('cell').allTextContents()).toEqual(['(empty)', DANAS_DESCRIPTION]);
    expect(await table.getByRole('rowheader', { name: 'Title' }).count()).toBe(0);
    expect(await danaForm.getByLabel('Description').inputValue()).toBe(DANAS_DESCRIPTION);
    // The success criteria, which Dana did not touch, took Maria's at once: only what Dana typed differs.
    expect(await table.getByRole('rowheader', { name: 'Success criteria' }).count()).toBe(0);
    expect(await danaForm.getByLabel('Success criteria').inputValue()).toBe(MARIAS_CRITERIA);
    // Her badge went with her form.
    await danaForm.getByText('Maria Lopez is editing', { exact: true }).waitFor({ state: 'detached' });
    await expectTableInsideBox(dana.page, notice);
    expect(await violationsAtBothWidths(dana.page)).toEqual([]);

    // --- Saving without choosing meets the stale-save panel, which fits its yellow box too ---
    await danaForm.getByRole('button', { name: 'Save objective' }).click();
    const conflict = danaForm.getByRole('alert', { name: 'Maria Lopez saved a newer version while you were editing' });
    await conflict.waitFor();
    expect(await notice.count()).toBe(0);
    await expectTableInsideBox(dana.page, conflict);
    expect(await violationsAtBothWidths(dana.page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Keep theirs' }).click();
    await danaForm.waitFor({ state: 'detached' });
    await objectiveCard(dana.page, title).getByText(MARIAS_CRITERIA).waitFor();

    // --- Again: Dana opens it, Maria saves once more, Dana takes hers and saves on top ---
    const again = await editObjective(dana.page, title);
    await waitForValue(again.getByLabel('Success criteria'), MARIAS_CRITERIA);
    await again.getByLabel('Description').fill('NCSHP closes the ramps.');
    const mariaAgain = await editObjective(maria.page, title);
    await mariaAgain.getByLabel('Priority').selectOption('CRITICAL');
    await mariaAgain.getByRole('button', { name: 'Save objective' }).click();
    await mariaAgain.waitFor({ state: 'detached' });
    const second = again.getByRole('status', { name: 'Maria Lopez saved a newer version' });
    await second.waitFor();
    // Her priority is in Dana's form already; Dana's description is what differs.
    expect(await second.getByRole('row').filter({ has: dana.page.getByRole('rowheader', { name: 'Description' }) }).getByRole('cell').allTextContents()).toEqual(['(empty)', 'NCSHP closes the ramps.']);
    expect(await second.getByRole('rowheader', { name: 'Priority' }).count()).toBe(0);
    expect(await again.getByLabel('Priority').inputValue()).toBe('CRITICAL');
    await second.getByRole('button', { name: 'Take theirs' }).click();
    await second.waitFor({ state: 'detached' });
    expect(await again.getByLabel('Priority').inputValue()).toBe('CRITICAL');
    expect(await again.getByLabel('Description').inputValue()).toBe('');
    await again.getByLabel('Description').fill('NCSHP closes the ramps.');
    await again.getByRole('button', { name: 'Save objective' }).click();
    await dana.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor();
    await again.waitFor({ state: 'detached' });
    for (const { page } of [dana, maria]) {
      await objectiveCard(page, title).getByText('NCSHP closes the ramps.').waitFor();
      await objectiveCard(page, title).getByText('Critical', { exact: true }).waitFor();
    }
  });

  it('tells the one editing an item that someone else removed it', async () => {
    const [dana, maria] = opened;
    const doomed = `Staff the weigh station ${uniqueSuffix()}`;
    const api = await apiAs('dana.whitfield@ncshp.example');
    const { addObjective } = (await api('mutation($p: ID!, $input: ObjectiveInput!) { addObjective(planId: $p, input: $input) { id version } }', {
      p: plan.id,
      input: { title: doomed, successCriteria: 'Two troopers per shift.', priority: 'LOW' },
    })) as { addObjective: { id: string; version: number } };
    const form = await editObjective(maria!.page, doomed);
    await form.getByLabel('Description').fill('CBP brings the scale-house keys.');
    await objectiveCard(dana!.page, doomed).getByText('Maria Lopez is editing', { exact: true }).waitFor();
    await api('mutation($id: ID!, $v: Int!) { removeObjective(id: $id, expectedVersion: $v) }', { id: addObjective.id, v: addObjective.version });

    const notice = maria!.page.getByTestId('removed-while-editing');
    await notice.getByText(new RegExp(`^Dana Whitfield removed Objective \\d+ "${doomed}" while you were editing it\\. What you typed in its form was not saved\\.`)).waitFor();
    await form.waitFor({ state: 'detached' });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    // Dana, who removed it, is told nothing of the kind.
    expect(await dana!.page.getByTestId('removed-while-editing').count()).toBe(0);
  });
});
