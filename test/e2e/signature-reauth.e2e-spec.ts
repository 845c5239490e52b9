import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import { describeViolations, seriousViolations } from './support/axe';
import { DEMO_PASSWORD, launchBrowser } from './support/browser';
import { uniqueSuffix } from './support/plan-ui';
import { apiAs, approvalCard, buildReadyPlan, openApprovals, openPlanAs, type CreatedPlan, type Person } from './support/review-ui';

const JAMES = 'james.okafor@cbp.example';
/** Where to save screenshots of the dialog (the guide's picture), when set. */
const SHOTS = process.env.E2E_SHOTS_DIR;

/**
 * A signature re-authenticates (issue 15): James, CBP's lead, signed in longer ago than the
 * signature window (his session is aged in the database rather than waited out), approves; the
 * app asks for his password, a wrong one is said at the field, the right one signs, and his card
 * shows the signature: who for which agency, when, what it meant, password only.
 */
describe('signature: an approval that asks for re-authentication', () => {
  let browser: Browser;
  let plan: CreatedPlan & { revision: number };
  let james: Person;
  let db: Client;

  beforeAll(async () => {
    browser = await launchBrowser();
    db = new Client({ connectionString: process.env.E2E_POSTGRES_URL });
    await db.connect();
    const dana = await apiAs('dana.whitfield@ncshp.example');
    plan = await buildReadyPlan(dana, {
      title: `Operation Present Signer ${uniqueSuffix()}`,
      partners: ['CBP'],
      objective: { title: 'Inspect every stopped truck', successCriteria: 'Each stop has its inspection report filed.' },
    });
    await dana('mutation Submit($p: ID!) { submitPlanForReview(planId: $p) { id } }', { p: plan.id });
  });
  afterAll(async () => {
    await james?.context.close();
    await browser.close();
    await db.end();
  });

  it('asks for the password, says a wrong one at the field, then signs and shows the signature', async () => {
    james = await openPlanAs(browser, JAMES, plan.id, 'overview', plan.title);
    const { page } = james;
    await openApprovals(page);

    // While readiness blocks an approval, his card says so instead of asking for a password.
    const dana = await apiAs('dana.whitfield@ncshp.example');
    const added = (await dana('mutation Add($p: ID!) { addObjective(planId: $p, input: { title: "Check the scale house", successCriteria: "" }) { id version } }', { p: plan.id })) as {
      addObjective: { id: string; version: number };
    };
    const notReady = approvalCard(page, 'CBP').getByTestId('approve-not-ready');
    await notReady.getByText('Not ready to approve: One readiness blocker stands in the way.', { exact: false }).waitFor();
    expect(await approvalCard(page, 'CBP').getByRole('button', { name: /^Approve revision/ }).count()).toBe(0);
    await dana('mutation Remove($id: ID!, $v: Int!) { removeObjective(id: $id, expectedVersion: $v) }', { id: added.addObjective.id, v: added.addObjective.version });
    await notReady.waitFor({ state: 'detached' });
    plan.revision += 2;
    // Signed in ten minutes ago, as far as the server knows: beyond the 5-minute window.
    await db.query(`UPDATE sessions SET authenticated_at = now() - interval '10 minutes' WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [JAMES]);

    const form = page.getByRole('form', { name: 'Decide for CBP' });
    await form.getByLabel('Comment').fill('Cargo documentation plan checked.');
    await form.getByRole('button', { name: `Approve revision ${plan.revision}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm it’s you to sign' });
    await dialog.getByText('A signature needs a sign-in from the last 5 minutes.', { exact: false }).waitFor();
    const password = dialog.getByLabel('Password');
    await expect(password.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    // Accessible at a desktop and a phone width.
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await dialog.getByRole('button', { name: 'Confirm and sign' }).waitFor();
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/signature-reauth-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await approvalCard(page, 'CBP').getByText('Pending', { exact: true }).count()).toBe(1);

    await password.fill('not my password at all');
    await dialog.getByRole('button', { name: 'Confirm and sign' }).click();
    await dialog.getByText('That password is not correct.').waitFor();
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await approvalCard(page, 'CBP').getByText('Pending', { exact: true }).count()).toBe(1);
    // Focus is back in the emptied field: he types again without reaching for the mouse.
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByText(`You approved revision ${plan.revision} for CBP.`).waitFor();
    await dialog.waitFor({ state: 'detached' });

    const card = approvalCard(page, 'CBP');
    await card.getByText('Approved', { exact: true }).waitFor();
    await card.getByText('James Okafor', { exact: true }).waitFor();
    expect(await card.getByTestId('signature-factor').textContent()).toBe(', password only');
    expect(await card.getByTestId('signature-meaning').textContent()).toMatch(new RegExp(`^Approved revision ${plan.revision} \\(content hash [0-9a-f]{8}…\\) on behalf of CBP$`));
  });
});
