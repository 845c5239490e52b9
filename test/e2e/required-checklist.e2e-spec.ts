import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { uniqueSuffix } from './support/plan-ui';
import { addOperationBasics, agencyIdsByShortName, apiAs, createPlan, openPlanAs, planStatus, someoneOf, type Person } from './support/review-ui';

const REASON = 'No entry into homes is planned: vehicle stops on the interstate only.';

/**
 * Security test finding 7 (issue 11), in the browser: a planner cannot drop a required legal item;
 * an agency lead can, with a written reason, and the other lead sees it before signing again.
 */
describe('required checklist items: the lead decides, with a reason the other leads read', () => {
  let browser: Browser;
  const opened: Person[] = [];
  let plan: { id: string; title: string; startsAt: string; endsAt: string };
  let warrant: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const dana = await apiAs('dana.whitfield@ncshp.example');
    const agencies = await agencyIdsByShortName(dana);
    const { checklistTemplates } = await dana<{ checklistTemplates: Array<{ id: string; name: string }> }>('{ checklistTemplates { id name } }');
    const template = checklistTemplates.find((t) => /North Carolina/i.test(t.name));
    if (!template) throw new Error('no North Carolina checklist template');
    plan = await createPlan(dana, { title: `Operation Lawful Entry ${uniqueSuffix()}`, agencyIds: [agencies['CBP']!], checklistTemplateId: template.id });
    await dana('mutation($p: ID!) { addObjective(planId: $p, input: { title: "Keep stops lawful", successCriteria: "Every stop documented" }) { id } }', { p: plan.id });
    for (const shortName of ['NCSHP', 'CBP']) {
      await dana('mutation($p: ID!, $a: ID!, $u: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Liaison", assigneeId: $u }) { id } }', {
        p: plan.id,
        a: agencies[shortName]!,
        u: await someoneOf(dana, agencies[shortName]!),
      });
    }
    await addOperationBasics(dana, plan, [agencies['NCSHP']!, agencies['CBP']!]);
    const { plan: built } = await dana<{ plan: { checklist: Array<{ id: string; version: number; required: boolean; text: string }> } }>(
      'query($id: ID!) { plan(id: $id) { checklist { id version required text } } }',
      { id: plan.id },
    );
    for (const item of built.checklist.filter((candidate) => candidate.required)) {
      await dana('mutation($id: ID!, $v: Int!) { resolveChecklistItem(id: $id, expectedVersion: $v, status: SATISFIED, note: "Filed with the plan") { id } }', { id: item.id, v: item.version });
    }
    warrant = built.checklist.find((item) => item.text.startsWith('A judicial warrant'))!.text;
    const { submitPlanForReview } = await dana<{ submitPlanForReview: { revision: number } }>('mutation($p: ID!) { submitPlanForReview(planId: $p) { revision } }', { p: plan.id });
    for (const lead of ['marcus.bell@ncshp.example', 'james.okafor@cbp.example']) {
      await (await apiAs(lead))('mutation($p: ID!, $r: Int!) { decideApproval(planId: $p, revision: $r, decision: APPROVE) { id } }', { p: plan.id, r: submitPlanForReview.revision });
    }
  });
  afterAll(async () => {
    await Promise.all(opened.map((person) => person.context.close()));
    await browser.close();
  });

  it('shows the planner why not, takes the lead\'s reason, and shows it to the other lead in what changed', async () => {
    // The planner: Edit and Remove of a required item are disabled, with the reason why.
    const dana = await openPlanAs(browser, 'dana.whitfield@ncshp.example', plan.id, 'checklist', plan.title);
    opened.push(dana);
    const danaItem = dana.page.getByRole('listitem').filter({ has: dana.page.getByText(warrant, { exact: true }) });
    expect(await danaItem.getByRole('button', { name: 'Remove' }).isDisabled()).toBe(true);
    expect(await danaItem.getByRole('button', { name: 'Edit' }).isDisabled()).toBe(true);
    await danaItem.getByText('Only an agency lead may change or remove a required item, and must give a reason.').waitFor();

    // The lead agency's lead removes it, and must say why.
    const marcus = await openPlanAs(browser, 'marcus.bell@ncshp.example', plan.id, 'checklist', plan.title);
    opened.push(marcus);
    await planStatus(marcus.page, 'Approved').waitFor();
    const item = marcus.page.getByRole('listitem').filter({ has: marcus.page.getByText(warrant, { exact: true }) });
    await item.getByRole('button', { name: 'Remove' }).click();
    const confirm = item.getByRole('form', { name: 'Remove this required item' });
    await confirm.getByRole('button', { name: 'Yes, remove' }).click();
    await confirm.getByText(/Say why this required item is changed or removed/).first().waitFor();
    await confirm.getByLabel('Reason for removing it').fill(REASON);
    await confirm.getByRole('button', { name: 'Yes, remove' }).click();
    // The plan is approved: he is told whose sign-offs the removal voids, and confirms.
    const voiding = marcus.page.getByRole('dialog', { name: 'Void 2 sign-offs?' });
    await voiding.getByText('This will void 2 sign-offs (NCSHP, CBP).').waitFor();
    await voiding.getByRole('button', { name: 'Void sign-offs and save' }).click();
    await marcus.page.getByText('Saved: checklist item removed.').waitFor();
    await planStatus(marcus.page, 'In review').waitFor();

    // CBP's lead, whose approval went stale, reads what changed before signing again.
    const james = await openPlanAs(browser, 'james.okafor@cbp.example', plan.id, 'approvals', plan.title);
    opened.push(james);
    const changes = james.page.getByRole('region', { name: 'What changed since you last decided' });
    const line = changes.getByRole('listitem').filter({ hasText: 'Required item removed' });
    await line.waitFor();
    expect(await line.textContent()).toBe(`RemovedRequired item removed: ${warrant} — ${REASON}`);
  });
});
