import type { Browser, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { createActivePlan, fileDebrief, openPlanSection, toLocalInputValue, waitUntil, type ActivePlan } from './support/after-action-ui';
import { launchBrowser, newContext, signIn, waitForLanding } from './support/browser';
import { uniqueSuffix } from './support/plan-ui';
import { apiAs } from './support/review-ui';

/**
 * Run and learn, end to end: an active plan built through the API, then in the browser the
 * activity log and actuals, two officers' debriefs, completion, the lead agency's report with a
 * corrective action, finalizing (the plan closes), and the action on the Corrective actions page,
 * closed there by its owner agency's lead.
 */
describe('after action: active to closed in the browser', () => {
  let browser: Browser;
  let plan: ActivePlan;

  beforeAll(async () => {
    browser = await launchBrowser();
    plan = await createActivePlan(`Operation Night Scale ${uniqueSuffix()}`);
    // The plan was approved before its window opened, as it must be; its one-minute event starts
    // within two minutes. Actual times are never in the future (a minute of clock skew aside), so
    // the run waits here, once, until the event has started.
    await waitUntil(plan.eventStartsAt + 1000);
  }, 180_000);
  afterAll(() => browser.close());

  async function as(email: string): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    page.setDefaultTimeout(20_000);
    await signIn(page, email);
    await waitForLanding(page);
    return page;
  }

  // One journey through five people and four pages: the default 60 s is too tight on a loaded 2-core runner.
  it('logs, debriefs, completes, reports, finalizes and tracks the corrective action', async () => {
    // Tom (WCSO officer): an activity entry and the event's actual start and end.
    const tom = await as('tom.hargrove@wcso.example');
    await openPlanSection(tom, plan.id, 'operation', 'Operation');
    const entry = 'Checkpoint open, two lanes coned off';
    const activity = tom.getByRole('form', { name: 'Add an activity log entry' });
    await activity.getByLabel('What happened').fill(entry);
    await activity.getByRole('button', { name: 'Add entry' }).click();
    await tom.getByRole('list', { name: 'Activity log, oldest first' }).getByText(entry, { exact: true }).waitFor();

    // The one-minute event started a minute late and ended on time.
    await tom.getByRole('button', { name: `Record actual start/end of ${plan.eventTitle}` }).click();
    const actuals = tom.getByRole('form', { name: `Actuals for ${plan.eventTitle}` });
    await actuals.getByLabel('Actual start').fill(toLocalInputValue(plan.eventStartsAt + 60_000));
    await actuals.getByLabel('Actual end').fill(toLocalInputValue(plan.eventEndsAt));
    await actuals.getByRole('button', { name: 'Save actuals' }).click();
    const row = tom.getByRole('row').filter({ has: tom.getByRole('rowheader', { name: plan.eventTitle }) });
    await row.getByText('1 min late').waitFor();
    await row.getByText('on time').waitFor();

    // Tom and Alex (ICE HSI officer) file their debriefs through the wizard.
    await openPlanSection(tom, plan.id, 'debrief', 'Debrief');
    await fileDebrief(tom, plan, 'Lane closure went up fast', 'Stage a second tow truck');
    await tom.context().close();

    const alex = await as('alex.chen@hsi.example');
    await openPlanSection(alex, plan.id, 'debrief', 'Debrief');
    await alex.getByRole('heading', { level: 4, name: plan.objectives[0]!.title }).waitFor();
    expect(describeViolations(await seriousViolations(alex))).toEqual([]);
    await fileDebrief(alex, plan, 'Manifest checks were quick', 'Bring a Spanish interpreter');
    await alex.getByText(/Tom Hargrove · WCSO · Submitted/).waitFor();
    await alex.context().close();

    // Marcus (NCSHP lead) completes the operation from the workspace header.
    const marcus = await as('marcus.bell@ncshp.example');
    await openPlanSection(marcus, plan.id, 'operation', 'Operation');
    await marcus.getByRole('group', { name: 'Plan lifecycle' }).getByRole('button', { name: 'Complete operation' }).click();
    await marcus.getByRole('group', { name: 'Confirm: Complete operation' }).getByRole('button', { name: 'Yes, complete operation' }).click();
    await marcus.getByText('The operation is complete: the activity log is closed, and the debriefs still owed are due.').waitFor();
    await marcus.locator('[data-status="COMPLETED"]').first().waitFor();
    await marcus.context().close();

    // Dana (NCSHP planner) drafts the report, edits the summary, adds an action for WCSO, finalizes.
    const dana = await as('dana.whitfield@ncshp.example');
    await openPlanSection(dana, plan.id, 'report', 'After-action report');
    await dana.getByRole('button', { name: 'Draft report' }).click();
    await dana.getByTestId('report-meta').getByText(/Built from 2 submitted debriefs\. Draft\./).waitFor();
    // The three leads named in the plan's roles filed no debrief, nor did officers of these agencies
    // that other specs may have added: the report says how many it is without, as the API counts them.
    const { plan: counted } = await (await apiAs('dana.whitfield@ncshp.example'))<{ plan: { afterActionReport: { debriefsOutstanding: number } } }>(
      'query($p: ID!) { plan(id: $p) { afterActionReport { debriefsOutstanding } } }',
      { p: plan.id },
    );
    const outstanding = counted.afterActionReport.debriefsOutstanding;
    expect(outstanding).toBeGreaterThanOrEqual(3);
    await dana.getByTestId('report-outstanding').getByText(`${outstanding} debriefs are not submitted yet (drafts included), so they are not in this report.`).waitFor();
    for (const text of ['Lane closure went up fast', 'Manifest checks were quick', 'Stage a second tow truck', 'Bring a Spanish interpreter']) {
      await dana.getByRole('listitem').filter({ hasText: text }).first().waitFor();
    }
    await dana.getByTestId('late-row').filter({ hasText: plan.eventTitle }).waitFor();

    // No summary yet: finalizing asks for it first, and takes her to it.
    const summary = 'Tow staging and interpreters decide the pace of a checkpoint.';
    await dana.getByTestId('finalize-needs-summary').getByText('Write the summary before finalizing the report.').waitFor();
    expect(await dana.getByRole('button', { name: 'Finalize report' }).count()).toBe(0);
    await dana.getByTestId('finalize-needs-summary').getByRole('button', { name: 'Write the summary' }).click();
    const summaryForm = dana.getByRole('form', { name: 'Edit the summary' });
    expect(await summaryForm.getByLabel('Summary').evaluate((field) => field === document.activeElement)).toBe(true);
    await summaryForm.getByLabel('Summary').fill(summary);
    await summaryForm.getByRole('button', { name: 'Save summary' }).click();
    await dana.getByText(summary, { exact: true }).waitFor();
    await dana.getByRole('button', { name: 'Edit summary' }).waitFor();

    const actionTitle = `Stage a second tow truck at ${plan.title}`;
    await dana.getByRole('button', { name: 'Add a corrective action' }).click();
    const actionForm = dana.getByRole('form', { name: 'Add a corrective action' });
    await actionForm.getByLabel('Title').fill(actionTitle);
    await actionForm.getByLabel('Owner agency').selectOption(plan.agencies.WCSO);
    await actionForm.getByLabel('Due date').fill('2027-06-30');
    await actionForm.getByRole('button', { name: 'Add corrective action' }).click();
    const actions = dana.getByRole('list', { name: 'Corrective actions' });
    await actions.getByText(actionTitle, { exact: true }).waitFor();
    await actions.getByText(/Owner WCSO/).waitFor();

    await dana.getByRole('button', { name: 'Finalize report' }).click();
    // The question says so too, before the plan closes for good.
    await dana.getByRole('group', { name: 'Confirm finalizing the report' }).getByTestId('finalize-outstanding').getByText(/After finalizing, they can no longer be submitted\./).waitFor();
    await dana.getByRole('group', { name: 'Confirm finalizing the report' }).getByRole('button', { name: 'Yes, finalize and close the plan' }).click();
    await dana.getByTestId('report-meta').getByText(/Finalized .* by Dana Whitfield; the plan is closed\./).waitFor();
    await dana.locator('[data-status="CLOSED"]').first().waitFor();
    expect(await dana.locator('[data-status="CLOSED"]').first().textContent()).toBe('Closed');
    await expect(dana.getByRole('button', { name: 'Finalize report' }).count()).resolves.toBe(0);
    expect(describeViolations(await seriousViolations(dana))).toEqual([]);
    await dana.context().close();

    // Renee (WCSO lead) finds the action her agency owns on the Corrective actions page.
    const renee = await as('renee.jacobs@wcso.example');
    await renee.goto('/corrective-actions');
    await renee.getByRole('heading', { level: 1, name: 'Corrective actions' }).waitFor();
    const actionRow = renee.getByRole('row').filter({ hasText: actionTitle });
    await actionRow.waitFor();
    expect(await actionRow.innerText()).toContain('WCSO');
    // She closes it: the row gives the day it was closed (well before its due date: not late).
    await actionRow.getByLabel(`Status of ${actionTitle}`).selectOption('DONE');
    await actionRow.getByRole('button', { name: `Save the status of ${actionTitle}` }).click();
    await renee.getByText(`"${actionTitle}" is now Done.`).waitFor();
    const closed = actionRow.getByTestId('action-closed');
    await closed.waitFor();
    expect(await closed.innerText()).toMatch(/^Closed [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await closed.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await renee.context().close();
  }, 150_000);
});
