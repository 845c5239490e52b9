import type { Browser, Page } from 'playwright-core';
import { violationsAtEveryWidth } from './support/axe';
import { launchBrowser, newContext, signIn, waitForLanding } from './support/browser';
import { watchPageHealth } from './support/page-health';
import { tick, uniqueSuffix } from './support/plan-ui';
import { addOperationBasics, agencyIdsByShortName, apiAs, createPlan, openPlanAs, type CreatedPlan, type Person, type PlanWindow } from './support/review-ui';

/** The smallest well-formed PDF: what the server checks is that the bytes are a PDF. */
const SIGNED_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * Issue 16 in the browser: a plan led by CBP with WCSO, a transport, is blocked because no
 * agreement binds the two agencies and because Tom Hargrove lacks a course transports require.
 * The administrator records the agreement and uploads its signed PDF, WCSO's agency lead records
 * Tom's training, and the planner, who keeps the plan's overview open, watches both blockers clear
 * without reloading. The new pages are axe-clean at desktop and phone widths.
 */
describe('agreements and training gate the plan', () => {
  let browser: Browser;
  const opened: Person[] = [];
  let plan: CreatedPlan & PlanWindow;
  let course: { id: string; code: string; title: string };
  let tomId: string;
  let agencies: Record<string, string>;

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await apiAs('admin@oversight.example');
    const maria = await apiAs('maria.lopez@cbp.example');
    agencies = await agencyIdsByShortName(maria);
    const suffix = uniqueSuffix();
    ({ createCourse: course } = await admin<{ createCourse: { id: string; code: string; title: string } }>(
      'mutation($i: CourseInput!) { createCourse(input: $i) { id code title } }',
      { i: { code: `TR-${suffix}`.slice(0, 32), title: 'Prisoner transport safety', validityMonths: 12, requiredFor: ['TRANSPORT'] } },
    ));
    const { users } = await maria<{ users: Array<{ id: string; displayName: string }> }>('query($a: ID) { users(agencyId: $a) { id displayName } }', { a: agencies['WCSO'] });
    tomId = users.find((user) => user.displayName === 'Tom Hargrove')!.id;
    const { me } = await maria<{ me: { id: string } }>('{ me { id } }');
    // Maria holds the course already; Tom does not.
    await admin('mutation($u: ID!, $c: ID!) { recordTraining(userId: $u, courseId: $c, completedOn: "2026-11-02T00:00:00Z", evidence: "Certificate TR-1") { id } }', { u: me.id, c: course.id });

    plan = await createPlan(maria, { title: `Operation Safe Transfer ${suffix}`, agencyIds: [agencies['WCSO']!], operationType: 'TRANSPORT' });
    await maria('mutation($p: ID!) { addObjective(planId: $p, input: { title: "Move the detainees safely", successCriteria: "Every transfer logged, no injuries" }) { id } }', { p: plan.id });
    await maria('mutation($p: ID!, $a: ID!, $u: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Transport lead", assigneeId: $u }) { id } }', { p: plan.id, a: agencies['CBP'], u: me.id });
    await maria('mutation($p: ID!, $a: ID!, $u: ID!) { addRole(planId: $p, input: { agencyId: $a, title: "Escort driver", assigneeId: $u }) { id } }', { p: plan.id, a: agencies['WCSO'], u: tomId });
    await addOperationBasics(maria, plan, [agencies['CBP']!, agencies['WCSO']!]);
  });
  afterAll(async () => {
    await Promise.all(opened.map((person) => person.context.close()));
    await browser.close();
  });

  const readinessBlockers = (page: Page) => page.getByRole('list', { name: 'Readiness blockers' });
  const agreementBlocker = 'WCSO has no agreement with CBP in force for the whole operation window.';
  const trainingBlocker = () => `Tom Hargrove (Escort driver) lacks ${course.title} (${course.code}), current through the end of the operation.`;

  async function openAs(email: string, path: string): Promise<{ person: Person; health: ReturnType<typeof watchPageHealth> }> {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const person = { context, page };
    opened.push(person);
    await signIn(page, email);
    await waitForLanding(page);
    const health = watchPageHealth(person.page);
    await person.page.goto(path);
    return { person, health };
  }

  it('clears the agreement and training blockers live as the administrator and the agency lead record them', async () => {
    // The planner keeps the overview open.
    const maria = await openPlanAs(browser, 'maria.lopez@cbp.example', plan.id, 'overview', plan.title);
    opened.push(maria);
    const mariaHealth = watchPageHealth(maria.page);
    const blockers = readinessBlockers(maria.page);
    await blockers.getByRole('link', { name: agreementBlocker }).waitFor();
    await blockers.getByRole('link', { name: trainingBlocker() }).waitFor();
    expect(await blockers.getByRole('listitem').count()).toBe(2);
    // The overview says which agreement covers which agency: none yet for WCSO.
    await maria.page.getByRole('region', { name: 'Authorities and agreements' }).getByText('WCSO', { exact: false }).first().waitFor();

    // The administrator records the agreement.
    const { person: admin, health: adminHealth } = await openAs('admin@oversight.example', '/agreements/new');
    const form = admin.page.getByRole('form', { name: 'New agreement' });
    await form.getByLabel(/^Title/).fill('CBP and Wake County transport MOA');
    await form.getByLabel(/^Kind/).selectOption('MOA');
    const parties = form.getByRole('group', { name: /Parties/ });
    await tick(parties, 'U.S. Customs and Border Protection (CBP)');
    await tick(parties, "Wake County Sheriff's Office (WCSO)");
    await tick(form.getByRole('group', { name: /Scope/ }), 'Transport');
    await form.getByLabel(/^Data-sharing terms/).fill('Detainee manifests are shared between the two transport units only, and deleted 30 days after the transfer.');
    await form.getByLabel(/^Reporting requirements/).fill('Each party reports any use of force during a transfer to the other within 24 hours.');
    await form.getByLabel(/^Effective from/).fill('2026-11-01');
    expect(await violationsAtEveryWidth(admin.page)).toEqual([]);
    await form.getByRole('button', { name: 'Create agreement' }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'CBP and Wake County transport MOA' }).waitFor();
    const agreementPath = new URL(admin.page.url()).pathname;

    // The planner's blocker goes without a reload; the overview now names the agreement and its terms.
    await blockers.getByRole('link', { name: agreementBlocker }).waitFor({ state: 'detached' });
    const authorities = maria.page.getByRole('region', { name: 'Authorities and agreements' });
    await authorities.getByText('CBP and Wake County transport MOA').first().waitFor();
    await authorities.getByText('Detainee manifests are shared between the two transport units only', { exact: false }).waitFor();

    // The signed PDF, uploaded on the agreement page and listed in its history.
    await admin.page.locator('#agreement-document-file').setInputFiles({ name: 'cbp-wcso-transport-moa.pdf', mimeType: 'application/pdf', buffer: SIGNED_PDF });
    await admin.page.getByRole('button', { name: 'Upload signed PDF' }).click();
    await admin.page.getByText('Uploaded cbp-wcso-transport-moa.pdf.').waitFor();
    // Downloaded again, it is the same bytes.
    const [download] = await Promise.all([admin.page.waitForEvent('download'), admin.page.getByRole('button', { name: /Download cbp-wcso-transport-moa\.pdf/ }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(SIGNED_PDF)).toBe(true);
    expect(await violationsAtEveryWidth(admin.page)).toEqual([]);
    await admin.page.goto('/agreements');
    await admin.page.getByRole('link', { name: 'CBP and Wake County transport MOA' }).waitFor();
    expect(await violationsAtEveryWidth(admin.page)).toEqual([]);
    expect(await adminHealth.problems('administrator')).toEqual([]);

    // WCSO's agency lead records Tom's training.
    const { person: renee, health: reneeHealth } = await openAs('renee.jacobs@wcso.example', `/training/people/${tomId}`);
    await renee.page.getByRole('heading', { level: 1, name: 'Training of Tom Hargrove' }).waitFor();
    const record = renee.page.getByRole('form', { name: 'Record training' });
    await record.getByLabel(/^Course/).selectOption(course.id);
    await record.getByLabel(/^Completed on/).fill('2026-11-20');
    await record.getByLabel(/^Evidence/).fill('Certificate TR-2026-0042, NC Justice Academy');
    expect(await violationsAtEveryWidth(renee.page)).toEqual([]);
    await record.getByRole('button', { name: 'Record training' }).click();
    await renee.page.getByText(`Recorded ${course.code} ${course.title}, completed Nov 20, 2026.`).waitFor();
    await renee.page.goto(`/training/agencies/${agencies['WCSO']}`);
    await renee.page.getByRole('button', { name: 'Download CSV' }).waitFor();
    expect(await violationsAtEveryWidth(renee.page)).toEqual([]);
    // As the agency lead of a party, she reads who downloaded the agreement's signed PDF: the administrator, once.
    await renee.page.goto(agreementPath);
    const accessLog = renee.page.getByRole('region', { name: 'Access log' });
    await accessLog.getByRole('cell', { name: 'Signed agreement (PDF)' }).waitFor();
    expect(await accessLog.getByRole('row').filter({ hasText: 'Export' }).count()).toBe(1);
    await accessLog.getByText('Showing 1 record.').waitFor();
    expect(await violationsAtEveryWidth(renee.page)).toEqual([]);
    expect(await reneeHealth.problems('agency lead')).toEqual([]);

    // The planner's last blocker goes, live: the plan is ready for review.
    await maria.page.getByText('Ready for review: nothing blocks submission.').waitFor();
    expect(await readinessBlockers(maria.page).count()).toBe(0);
    expect(await mariaHealth.problems('planner')).toEqual([]);
  });

  it('shows courses and one’s own training, axe-clean', async () => {
    const { person, health } = await openAs('tom.hargrove@wcso.example', '/training/people/me');
    await person.page.getByRole('heading', { level: 1, name: 'My training' }).waitFor();
    // The seeded records: every member holds CJIS security awareness.
    await person.page.getByText('CJIS security awareness', { exact: false }).first().waitFor();
    expect(await violationsAtEveryWidth(person.page)).toEqual([]);
    await person.page.goto('/training/courses');
    await person.page.getByRole('heading', { level: 1, name: 'Courses' }).waitFor();
    expect(await violationsAtEveryWidth(person.page)).toEqual([]);
    expect(await health.problems('officer')).toEqual([]);
  });
});
