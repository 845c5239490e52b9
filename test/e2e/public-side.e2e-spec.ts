import type { Browser, BrowserContext, Page } from 'playwright-core';
import { violationsAtEveryWidth } from './support/axe';
import { baseUrl, launchBrowser, newContext, signIn, waitForLanding } from './support/browser';
import { watchPageHealth } from './support/page-health';
import { uniqueSuffix } from './support/plan-ui';

const PHONE = { width: 390, height: 844 };

/**
 * Issue 17 in the browser. Someone without an account files a complaint on a phone, in Spanish,
 * and keeps the tracking code; oversight finds it, links it to Operation Clear Lanes and closes it
 * with an outcome; the complainant reads the outcome by the code. The published figures answer
 * without signing in, with their CSV; the effectiveness dashboard answers an agency lead (their
 * agency's operations) and oversight (all). Every page is axe-clean at desktop and phone widths,
 * and none shows an error, logs one or has a request fail.
 */
describe('the public side: complaints, published figures, effectiveness', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const where = `Parada de camiones de la salida 312, I-40 (${uniqueSuffix()})`;
  const outcome = 'Revisamos el registro de actividad: el agente no pidió intérprete. La agencia repetirá la capacitación de acceso lingüístico.';
  let trackingCode = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser.close();
  });

  async function open(options: { phone?: boolean; email?: string } = {}): Promise<{ page: Page; health: ReturnType<typeof watchPageHealth> }> {
    const context = options.phone ? await browser.newContext({ baseURL: baseUrl(), viewport: PHONE, isMobile: true, hasTouch: true }) : await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    if (options.email) {
      await signIn(page, options.email);
      await waitForLanding(page);
    }
    return { page, health: watchPageHealth(page) };
  }

  it('puts the language switch above a public page at desktop width, not beside it', async () => {
    const { page, health } = await open();
    for (const path of ['/complaints/new', '/complaints/status']) {
      await page.goto(path);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      const group = await page.getByRole('group', { name: 'Language' }).boundingBox();
      const button = await page.getByRole('button', { name: 'English' }).boundingBox();
      const title = await heading.boundingBox();
      // One line of buttons, above the heading, on the right of the content.
      expect(button!.height).toBeLessThan(60);
      expect(group!.y + group!.height).toBeLessThanOrEqual(title!.y);
      expect(button!.x).toBeGreaterThan(title!.x);
    }
    expect(await health.problems('public pages at desktop width')).toEqual([]);
  });

  it('files a complaint on a phone, in Spanish, without signing in, and finds it by its tracking code', async () => {
    const { page, health } = await open({ phone: true });
    await page.goto('/complaints/new');
    await page.getByRole('button', { name: 'Español' }).click();
    const root = page.getByTestId('public-page');
    await page.getByRole('heading', { level: 1, name: 'Presentar una queja' }).waitFor();
    expect(await root.getAttribute('lang')).toBe('es');
    await page.getByText('No preguntamos por su situación migratoria, nacionalidad ni origen étnico').waitFor();
    expect(await violationsAtEveryWidth(page)).toEqual([]);
    await page.setViewportSize(PHONE);

    // Sent empty: the error summary, in Spanish, names what is missing; nothing is filed.
    const form = page.getByRole('form', { name: 'Queja' });
    await form.getByRole('button', { name: 'Enviar queja' }).click();
    await page.getByRole('alert').filter({ hasText: 'Hay un problema' }).waitFor();
    expect(await health.problems('empty form')).toEqual([expect.stringContaining('Hay un problema')]);

    await form.getByLabel('¿De qué trata la queja?').selectOption('LANGUAGE_ACCESS');
    await form.getByLabel('¿Cuándo ocurrió?').fill('2026-11-30T14:30');
    await form.getByLabel('¿Dónde ocurrió?').fill(where);
    await form.getByLabel('¿Qué ocurrió?').fill('Pedí un intérprete y el agente siguió hablando solo en inglés. Firmé un papel que no entendí.');
    await form.getByRole('button', { name: 'Enviar queja' }).click();
    await page.getByRole('heading', { name: 'Su queja fue enviada' }).waitFor();
    trackingCode = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim();
    expect(trackingCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(await violationsAtEveryWidth(page)).toEqual([]);
    await page.setViewportSize(PHONE);

    // The status page, still in Spanish (the choice is remembered), with the code typed in lower case.
    await page.goto('/complaints/status');
    await page.getByRole('heading', { level: 1, name: 'Consultar el estado de una queja' }).waitFor();
    await page.getByLabel('Código de seguimiento').fill(trackingCode.toLowerCase());
    await page.getByRole('button', { name: 'Consultar estado' }).click();
    const status = page.getByTestId('complaint-status');
    await status.locator('[data-status="RECEIVED"]').getByText('Recibida').waitFor();
    expect(await violationsAtEveryWidth(page)).toEqual([]);
    expect(await health.problems('filing and status')).toEqual([]);
  });

  it('lets oversight link the complaint to the operation and close it with an outcome, which the complainant then reads', async () => {
    const { page, health } = await open({ email: 'evelyn.brooks@oversight.example' });
    await page.goto('/oversight/complaints');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const row = page.getByTestId('complaint-row').filter({ hasText: where });
    await row.waitFor();
    // Every column in view: long operation titles and places wrap instead of pushing Where out of the box.
    const list = page.getByRole('table', { name: /complaints?, newest first/ });
    expect(await list.evaluate((element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    await row.getByRole('link', { name: 'Language access' }).click();
    await page.getByTestId('complaint-description').getByText('Pedí un intérprete').waitFor();
    // Filed on the Spanish form: oversight is told, and asked to answer in Spanish.
    expect(await page.getByTestId('complaint-language').textContent()).toBe('Spanish');
    await page.getByText('They filed in Spanish: write it in Spanish.', { exact: false }).waitFor();
    expect(await violationsAtEveryWidth(page)).toEqual([]);

    const form = page.getByRole('form', { name: 'Handle this complaint' });
    await form.getByLabel(/^Status/).selectOption('UNDER_REVIEW');
    const operation = form.getByLabel(/^Operation/);
    const clearLanes = await operation.locator('option', { hasText: 'Operation Clear Lanes' }).getAttribute('value');
    await operation.selectOption(clearLanes!);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('complaint-history-row').nth(1).waitFor();
    // The form opens again on the new version: focus on its heading, the save announced, not lost to the page.
    await page.getByRole('status').filter({ hasText: 'Saved. The change is listed under History.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('complaint-handling-heading');

    // Closing without an outcome is refused, naming the field; with one it closes.
    await form.getByLabel(/^Status/).selectOption('CLOSED');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: /outcome/i }).first().waitFor();
    await health.problems('closing without an outcome');
    await form.getByLabel(/^Outcome/).fill(outcome);
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('complaint-history-row').nth(2).waitFor();
    expect(await page.getByTestId('complaint-history-row').count()).toBe(3);
    expect(await health.problems('handling')).toEqual([]);

    // The complainant reads the outcome by the code.
    const complainant = await open({ phone: true });
    await complainant.page.goto('/complaints/status');
    await complainant.page.getByRole('button', { name: 'Español' }).click();
    await complainant.page.getByLabel('Código de seguimiento').fill(trackingCode);
    await complainant.page.getByRole('button', { name: 'Consultar estado' }).click();
    await complainant.page.getByTestId('complaint-status').locator('[data-status="CLOSED"]').getByText('Cerrada').waitFor();
    expect(((await complainant.page.getByTestId('complaint-outcome').textContent()) ?? '').trim()).toContain(outcome);
    expect(await complainant.health.problems('outcome by code')).toEqual([]);
  });

  it('publishes the figures without signing in, with suppressed counts and a CSV', async () => {
    const { page, health } = await open();
    await page.goto('/transparency?year=2026');
    await page.getByRole('heading', { level: 1, name: 'Published figures' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Figures for 2026' }).waitFor();
    const byCategory = page.getByRole('table', { name: 'Complaints by category' });
    await byCategory.getByText('suppressed').first().waitFor();
    expect(await violationsAtEveryWidth(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('jointops-published-figures-2026.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv.split('\n')[0]).toMatch(/Year.*Quarter.*Figure.*Key.*Label.*Count.*Suppressed/);
    expect(csv).toMatch(/RACIAL_PROFILING/);
    expect(csv).not.toMatch(/Clear Lanes/);
    expect(await health.problems('published figures')).toEqual([]);
  });

  it('shows the effectiveness dashboard to an agency lead for their agency, and to oversight for all', async () => {
    const lead = await open({ email: 'james.okafor@cbp.example' });
    // The landing page first: navigating closes the header's menus.
    await lead.page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await lead.page.getByRole('button', { name: 'Accountability' }).click();
    await lead.page.getByRole('link', { name: 'Effectiveness' }).click();
    await lead.page.getByRole('heading', { level: 1, name: 'Effectiveness' }).waitFor();
    await lead.page.getByTestId('effectiveness-report').waitFor();
    await lead.page.getByTestId('effectiveness-operation').filter({ hasText: 'Operation Clear Lanes' }).waitFor();
    expect(await violationsAtEveryWidth(lead.page)).toEqual([]);
    expect(await lead.health.problems('effectiveness as a lead')).toEqual([]);

    const oversight = await open({ email: 'evelyn.brooks@oversight.example' });
    await oversight.page.goto('/oversight/effectiveness');
    await oversight.page.getByRole('heading', { level: 1, name: 'Effectiveness' }).first().waitFor();
    const complaints = oversight.page.getByTestId('figure-complaints');
    await complaints.waitFor();
    expect(await oversight.page.getByLabel('Agency').count()).toBe(1);
    expect(await violationsAtEveryWidth(oversight.page)).toEqual([]);
    expect(await oversight.health.problems('effectiveness as oversight')).toEqual([]);
  });
});
