import type { Locator, Page } from 'playwright-core';

/** A short suffix that keeps titles unique across specs sharing one database. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** The `YYYY-MM-DDTHH:mm` value a datetime-local input takes. */
export function localInput(year: number, month: number, day: number, hour: number, minute = 0): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

export type SectionName = 'Overview' | 'Objectives' | 'Roles' | 'Checklist' | 'Timeline' | 'Resources' | 'Communications' | 'Places';

/** Follows the workspace side nav to a section and waits for its heading. */
export async function openSection(page: Page, name: SectionName): Promise<void> {
  // The link's name carries the section's item count after the label ("Objectives2").
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await page.getByRole('heading', { level: 2, name: name === 'Overview' ? 'Readiness' : name, exact: true }).waitFor();
}

/** The section region (a `<section aria-labelledby>`) of a workspace section. */
export function section(page: Page, name: SectionName): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** The objective card whose heading starts with the title (the heading also holds the priority tag). */
export function objectiveCard(page: Page, title: string): Locator {
  return page.getByRole('list', { name: 'Objectives in order' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
}

export interface ObjectiveValues {
  title: string;
  description?: string;
  successCriteria?: string;
  priority?: 'Low' | 'Medium' | 'High' | 'Critical';
}

/** Fills and submits "Add an objective", then waits until it is listed. */
export async function addObjective(page: Page, values: ObjectiveValues): Promise<void> {
  const form = page.getByRole('form', { name: 'Add an objective' });
  await form.getByLabel('Title').fill(values.title);
  if (values.description !== undefined) await form.getByLabel('Description').fill(values.description);
  if (values.successCriteria !== undefined) await form.getByLabel('Success criteria').fill(values.successCriteria);
  if (values.priority) await form.getByLabel('Priority').selectOption({ label: values.priority });
  await form.getByRole('button', { name: 'Add objective' }).click();
  await objectiveCard(page, values.title).waitFor();
  // The form is cleared once the objective is added.
  await waitForValue(form.getByLabel('Title'), '');
}

/** Waits until an input or textarea holds the value. */
export async function waitForValue(field: Locator, value: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const current = await field.inputValue();
    if (current === value) return;
    if (Date.now() > deadline) throw new Error(`expected value ${JSON.stringify(value)}, still ${JSON.stringify(current)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until the locator matches exactly `count` elements. */
export async function waitForCount(locator: Locator, count: number, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const current = await locator.count();
    if (current === count) return;
    if (Date.now() > deadline) throw new Error(`expected ${count} matches, found ${current}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Ticks a USWDS checkbox by clicking its label, as a person does: the styled input itself sits
 * off-screen, so Playwright's `check()` on it reports "element is outside of the viewport".
 */
export async function tick(scope: Locator, label: string): Promise<void> {
  const box = scope.getByLabel(label, { exact: true });
  if (await box.isChecked()) return;
  await scope.locator('label').filter({ hasText: label }).getByText(label, { exact: true }).click();
  if (!(await box.isChecked())) throw new Error(`checkbox "${label}" did not become checked`);
}
