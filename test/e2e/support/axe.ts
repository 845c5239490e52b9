import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's source, evaluated through the DevTools protocol: a <script> tag would be refused by the page's CSP. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page and returns the serious and critical violations (WCAG 2.1 A/AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  })) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** One line per violation, to read in a failing assertion. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The widths every page is checked at: the desktop the product was walked at, and a phone. */
export const AXE_WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

/**
 * Runs axe-core on the page at the desktop and the phone width (restoring the desktop width
 * after), and returns the serious and critical violations, each prefixed with its width, with the
 * layout's own failures (layoutProblems).
 */
export async function violationsAtEveryWidth(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const size of [...AXE_WIDTHS].reverse()) {
    await page.setViewportSize(size);
    await page.waitForLoadState('networkidle');
    found.push(...describeViolations(await seriousViolations(page)).map((line) => `${size.width} px: ${line}`));
    found.push(...(await layoutProblems(page, size.width === AXE_WIDTHS[0].width)).map((line) => `${size.width} px: ${line}`));
  }
  return found;
}

/**
 * What axe does not see: a page wider than the window (something sticks out sideways), and, at
 * desktop width, a table that has to be scrolled sideways to reach its last columns.
 */
export async function layoutProblems(page: Page, desktop: boolean): Promise<string[]> {
  return page.evaluate((atDesktop) => {
    const problems: string[] = [];
    const wide = document.documentElement.scrollWidth;
    if (wide > window.innerWidth) problems.push(`the page is ${wide} px wide in a ${window.innerWidth} px window`);
    if (atDesktop) {
      for (const box of document.querySelectorAll<HTMLElement>('.usa-table-container--scrollable')) {
        if (box.scrollWidth <= box.clientWidth + 1) continue;
        const caption = box.querySelector('caption')?.textContent?.trim() ?? 'a table';
        problems.push(`"${caption}" scrolls sideways (${box.scrollWidth} px in ${box.clientWidth} px)`);
      }
    }
    return problems;
  }, desktop);
}
