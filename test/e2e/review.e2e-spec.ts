import type { Browser, Page } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { objectiveCard, openSection, uniqueSuffix } from './support/plan-ui';
import { apiAs, approvalCard, approveCurrent, buildReadyPlan, openApprovals, openPlanAs, planStatus, type CreatedPlan, type Person } from './support/review-ui';

const OBJECTIVE = 'Keep the inspection lanes lawful';
const CRITERIA_BEFORE = 'Every stop has a documented basis in the activity log.';
const CRITERIA_AFTER = 'Every stop has a documented, individualized basis in the activity log within 15 minutes.';

interface Lead extends Person {
  agency: string;
}

/** axe-core at the phone and the desktop width (the desktop width stays set), as `<width> px: <violation>` lines. */
async function violationsAtBothWidths(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const size of [{ width: 390, height: 844 }, { width: 1366, height: 900 }]) {
    await page.setViewportSize(size);
    found.push(...describeViolations(await seriousViolations(page)).map((line) => `${size.width} px: ${line}`));
  }
  return found;
}

/** The lead's "What changed since you last decided" region. */
function changesSince(page: Page) {
  return page.getByRole('region', { name: 'What changed since you last decided' });
}

describe('review: every participating agency signs the same revision', () => {
  let browser: Browser;
  let plan: CreatedPlan & { revision: number };
  const opened: Person[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    plan = await buildReadyPlan(await apiAs('dana.whitfield@ncshp.example'), {
      title: `Operation Fair Review ${uniqueSuffix()}`,
      partners: ['CBP', 'WCSO'],
      objective: { title: OBJECTIVE, successCriteria: CRITERIA_BEFORE },
    });
  });
  afterAll(async () => {
    await Promise.all(opened.map((person) => person.context.close()));
    await browser.close();
  });

  it('submits, collects three approvals, turns them stale live on an edit, collects them again and activates', async () => {
    // --- Dana submits the ready plan for review ---
    const dana = await openPlanAs(browser, 'dana.whitfield@ncshp.example', plan.id, 'overview', plan.title);
    opened.push(dana);
    await dana.page.getByText('Ready for review: nothing blocks submission.').waitFor();
    await dana.page.getByRole('group', { name: 'Plan lifecycle' }).getByRole('button', { name: 'Submit for review' }).click();
    await dana.page.getByText('Submitted for review: every participating agency’s lead can now approve.').waitFor();
    await planStatus(dana.page, 'In review').waitFor();

    // --- Each lead, in a context of their own, approves the current revision ---
    const leads: Lead[] = (
      await Promise.all([
        openPlanAs(browser, 'marcus.bell@ncshp.example', plan.id, 'overview', plan.title),
        openPlanAs(browser, 'james.okafor@cbp.example', plan.id, 'overview', plan.title),
        openPlanAs(browser, 'renee.jacobs@wcso.example', plan.id, 'overview', plan.title),
      ])
    ).map((person, index) => ({ ...person, agency: ['NCSHP', 'CBP', 'WCSO'][index]! }));
    opened.push(...leads);
    const [marcus] = leads as [Lead, Lead, Lead];
    // Wait until everyone's presence has arrived: the header strip growing as people join shifts the side nav.
    await Promise.all(leads.map((lead) => lead.page.getByText('3 other people in this plan with you:').waitFor()));
    await Promise.all(leads.map((lead) => openApprovals(lead.page)));
    for (const lead of leads) {
      await approvalCard(lead.page, lead.agency).getByText('Pending', { exact: true }).waitFor();
      await approveCurrent(lead.page, lead.agency, plan.revision);
      await approvalCard(lead.page, lead.agency).getByText('Approved', { exact: true }).waitFor();
    }
    for (const { page } of [dana, ...leads]) await planStatus(page, 'Approved').waitFor();
    // Everyone's screens show all three sign-offs without a reload.
    for (const lead of leads) {
      await lead.page.getByText(`3 of 3 agencies have approved revision ${plan.revision}.`).waitFor();
      for (const agency of ['NCSHP', 'CBP', 'WCSO']) await approvalCard(lead.page, agency).getByText('Approved', { exact: true }).waitFor();
    }

    // --- Dana changes the objective's success criteria; every open lead screen turns stale live ---
    let reloads = 0;
    for (const lead of leads) {
      lead.page.on('framenavigated', (frame) => {
        if (frame === lead.page.mainFrame()) reloads += 1;
      });
    }
    await openSection(dana.page, 'Objectives');
    await objectiveCard(dana.page, OBJECTIVE).getByRole('button', { name: `Edit ${OBJECTIVE}` }).click();
    const edit = dana.page.getByRole('form', { name: `Edit objective ${OBJECTIVE}` });
    await edit.getByLabel('Success criteria').fill(CRITERIA_AFTER);
    await edit.getByRole('button', { name: 'Save objective' }).click();
    // Before anything is sent she is told whose sign-offs the edit voids, and confirms.
    const voiding = dana.page.getByRole('dialog', { name: 'Void 3 sign-offs?' });
    await voiding.getByText(/^This will void 3 sign-offs \((NCSHP|CBP|WCSO), (NCSHP|CBP|WCSO), (NCSHP|CBP|WCSO)\)\.$/).waitFor();
    const named = (await voiding.getByText(/^This will void/).textContent()) ?? '';
    expect(['NCSHP', 'CBP', 'WCSO'].every((agency) => named.includes(agency))).toBe(true);
    expect(await violationsAtBothWidths(dana.page)).toEqual([]);
    // Nothing was sent yet: every card still says Approved.
    for (const lead of leads) expect(await approvalCard(lead.page, lead.agency).getByText('Approved', { exact: true }).count()).toBe(1);
    const saved = Date.now();
    await voiding.getByRole('button', { name: 'Void sign-offs and save' }).click();
    await voiding.waitFor({ state: 'detached' });
    // Speed is measured in benchmarks, not asserted here: the delays are only logged.
    const staleAfter = await Promise.all(
      leads.map((lead) =>
        approvalCard(lead.page, lead.agency)
          .getByText('Stale', { exact: true })
          .waitFor()
          .then(() => `${lead.agency} ${Date.now() - saved} ms`),
      ),
    );
    console.log(`review: each lead's card turned Stale after Dana confirmed voiding the sign-offs: ${staleAfter.join(', ')}`);
    await dana.page.getByRole('status').filter({ hasText: 'Objective saved.' }).waitFor();
    await objectiveCard(dana.page, OBJECTIVE).getByText(CRITERIA_AFTER).waitFor();
    await planStatus(dana.page, 'In review').waitFor();
    const next = plan.revision + 1;

    for (const lead of leads) {
      const own = approvalCard(lead.page, lead.agency);
      await own.getByText('Stale', { exact: true }).waitFor();
      await own.getByText('Superseded by a later change: this agency must approve again.').waitFor();
      await planStatus(lead.page, 'In review').waitFor();
      const changes = changesSince(lead.page);
      await changes.getByText(`From revision ${plan.revision} to revision ${next}.`).waitFor();
      const line = changes.getByRole('listitem').filter({ hasText: `Objective “${OBJECTIVE}” — Success criteria` });
      await line.waitFor();
      expect(await line.getByRole('deletion').textContent()).toBe(CRITERIA_BEFORE);
      expect(await line.getByRole('insertion').textContent()).toBe(CRITERIA_AFTER);
      expect(await changes.getByRole('listitem').count()).toBe(1);
      // What the lead signs sits above the Approve button, the changes since their decision inside it.
      const signing = own.getByRole('region', { name: 'What you are signing' });
      await signing.getByText(String(next), { exact: true }).waitFor();
      await signing.getByText(plan.title, { exact: true }).waitFor();
      expect(await signing.getByRole('region', { name: 'What changed since you last decided' }).count()).toBe(1);
      const approveBox = await own.getByRole('button', { name: `Approve revision ${next}` }).boundingBox();
      const signingBox = await signing.boundingBox();
      expect(signingBox!.y + signingBox!.height).toBeLessThanOrEqual(approveBox!.y);
    }
    expect(reloads).toBe(0);
    expect(await violationsAtBothWidths(marcus.page)).toEqual([]);

    // --- Each approves the new revision; the plan is approved again ---
    for (const lead of leads) {
      await approveCurrent(lead.page, lead.agency, next);
      await approvalCard(lead.page, lead.agency).getByText('Approved', { exact: true }).waitFor();
    }
    for (const { page } of [dana, ...leads]) await planStatus(page, 'Approved').waitFor();
    await marcus.page.getByText(`3 of 3 agencies have approved revision ${next}.`).waitFor();

    // --- Marcus, the lead agency's lead, activates it ---
    const lifecycle = marcus.page.getByRole('group', { name: 'Plan lifecycle' });
    await lifecycle.getByRole('button', { name: 'Activate' }).click();
    const confirm = marcus.page.getByRole('group', { name: 'Confirm: Activate' });
    await confirm.getByText('Activate the plan? Its content is frozen while the operation runs.').waitFor();
    await confirm.getByRole('button', { name: 'Yes, activate' }).click();
    await marcus.page.getByText('The plan is active.', { exact: true }).waitFor();
    for (const { page } of [marcus, dana]) await planStatus(page, 'Active').waitFor();
  });
});
