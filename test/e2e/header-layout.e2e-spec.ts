import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn, signInAndLand } from './support/browser';

/**
 * Issue 13, item 6: the administrator's header clipped the name and wrapped "Corrective actions".
 * At every width, for each kind of user, every header item stays on one line, inside the window,
 * unclipped and clear of the others (bounding boxes compared). Below the desktop breakpoint the
 * navigation folds into the Menu button; its panel is checked open too.
 */
const WIDTHS = [320, 390, 768, 1024, 1280, 1366];
const PEOPLE = [
  ['admin', 'admin@oversight.example', 'Administration'],
  ['planner', 'dana.whitfield@ncshp.example', 'Plans'],
  ['oversight', 'evelyn.brooks@oversight.example', 'Oversight'],
] as const;
const SHOTS = process.env.E2E_SHOTS_DIR;

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Line boxes of its text: more than one means it wrapped. */
  lines: number;
  /** Text cut off inside its own box (ellipsis or overflow). */
  clipped: boolean;
  /** Indexes of the other items it sits inside (a name inside its button), which may overlap it. */
  inside: number[];
}

/** Every visible item of the header's bar or (when open) of the mobile navigation panel. */
async function headerItems(page: Page, scope: 'bar' | 'panel'): Promise<Box[]> {
  return page.evaluate((where) => {
    const root = where === 'bar' ? document.querySelector('.usa-header') : document.querySelector('.usa-nav.is-visible');
    if (!root) return [];
    // Every link and button, and the signed-in user's name, whatever the markup.
    const items = [...root.querySelectorAll<HTMLElement>('a, button, [data-testid="signed-in-user"]')].filter(
      (item) => item.offsetParent !== null && item.getBoundingClientRect().width > 0 && !item.closest('#account-menu'),
    );
    return items.map((item) => {
        const rect = item.getBoundingClientRect();
        // Line boxes of the visible text (screen-reader-only text is a 1 px box of its own).
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
        const lineTops = new Set<number>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.usa-sr-only') || !node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) if (r.width > 0) lineTops.add(Math.round(r.top));
        }
        const texts = [item, ...item.querySelectorAll<HTMLElement>('span:not(.usa-sr-only)')];
        const clipped = texts.some((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow !== 'visible');
        const inside = items.flatMap((other, index) => (other !== item && other.contains(item) ? [index] : []));
        return { name: (item.textContent ?? '').trim() || item.className, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, lines: lineTops.size, clipped, inside };
      });
  }, scope);
}

function problems(boxes: Box[], viewport: number): string[] {
  const found: string[] = [];
  for (const box of boxes) {
    if (box.lines > 1) found.push(`"${box.name}" wraps onto ${box.lines} lines`);
    if (box.clipped) found.push(`"${box.name}" is clipped`);
    if (box.left < 0 || box.right > viewport + 0.5) found.push(`"${box.name}" leaves the window (${Math.round(box.left)}–${Math.round(box.right)} of ${viewport})`);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.inside.includes(j) || b.inside.includes(i)) continue;
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      if (overlap) found.push(`"${a.name}" overlaps "${b.name}"`);
    }
  }
  return found;
}

describe('the header at every width', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  describe.each(PEOPLE)('as %s', (who, email, lastLink) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await newContext(browser);
      page = await context.newPage();
      await signIn(page, email);
      await page.getByRole('link', { name: lastLink }).first().waitFor({ state: 'attached' });
    });
    afterAll(() => context.close());

    it.each(WIDTHS)('%i px: nothing wraps, is clipped, leaves the window or overlaps', async (width) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/corrective-actions');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Measured once the header knows who is signed in (the name and the role's links are there).
      await page.getByTestId('signed-in-user').waitFor({ state: 'attached' });
      await page.locator('.usa-nav__primary a', { hasText: lastLink }).first().waitFor({ state: 'attached' });
      const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
      const collapsed = await menuButton.isVisible();
      expect(collapsed).toBe(width < 1024);

      const bar = await headerItems(page, 'bar');
      expect(bar.length).toBeGreaterThanOrEqual(collapsed ? 2 : 6);
      expect(problems(bar, width)).toEqual([]);
      if (!collapsed) {
        // One row: every item shares the bar's vertical band.
        const middles = bar.map((box) => (box.top + box.bottom) / 2);
        expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(24);
      }
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/header-${who}-${width}.png`, clip: { x: 0, y: 0, width, height: 140 } });

      if (collapsed) {
        await menuButton.click();
        await page.getByRole('link', { name: lastLink }).first().waitFor();
        // The panel slides in: measure once it has come to rest.
        await page.waitForFunction(() => {
          const nav = document.querySelector('.usa-nav.is-visible');
          return nav !== null && nav.getAnimations({ subtree: true }).every((animation) => animation.playState !== 'running');
        });
        await page.waitForTimeout(100);
        const panel = await headerItems(page, 'panel');
        expect(panel.map((box) => box.name)).toEqual(expect.arrayContaining([lastLink, 'Accountability']));
        expect(problems(panel, width)).toEqual([]);
        // Opened, the Accountability menu lists its four pages in the panel, each on one line.
        await page.locator('.usa-nav.is-visible').getByRole('button', { name: 'Accountability' }).click();
        await page.locator('.usa-nav.is-visible').getByRole('link', { name: 'Corrective actions' }).waitFor();
        const opened = await headerItems(page, 'panel');
        expect(opened.map((box) => box.name)).toEqual(expect.arrayContaining(['Corrective actions', 'Lessons', 'Agreements', 'Training']));
        expect(problems(opened, width)).toEqual([]);
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/header-${who}-${width}-menu.png` });
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Close' }).click().catch(() => undefined);
      } else {
        // The account menu opens below its button, inside the window.
        await page.getByRole('button', { name: /Account menu/ }).click();
        const menu = await page.locator('#account-menu').boundingBox();
        expect(menu).not.toBeNull();
        expect(menu!.x).toBeGreaterThanOrEqual(0);
        expect(menu!.x + menu!.width).toBeLessThanOrEqual(width);
        await page.keyboard.press('Escape');
        // So does the Accountability menu, with its four pages.
        await page.getByRole('button', { name: 'Accountability' }).click();
        const submenu = page.locator('#nav-accountability');
        await submenu.getByRole('link', { name: 'Training' }).waitFor();
        const box = await submenu.boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        expect(await submenu.getByRole('link').allInnerTexts()).toEqual(['Corrective actions', 'Lessons', 'Agreements', 'Training']);
        await page.keyboard.press('Escape');
        await submenu.getByRole('link', { name: 'Training' }).waitFor({ state: 'hidden' });
      }
    });
  });
  it('on a phone, the navigation drawer takes the focus, keeps Tab inside, and gives the focus back when Escape, Close or a tap outside closes it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 800 });
      // Landed first: a navigation (the sign-in's, the landing's redirect) closes the drawer.
      await signInAndLand(page, 'renee.jacobs@wcso.example');
      await page.goto('/corrective-actions');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByTestId('signed-in-user').waitFor({ state: 'attached' });
      const menuButton = page.getByRole('button', { name: 'Menu', exact: true });
      const drawer = page.locator('.usa-nav.is-visible');
      const focusIn = (selector: string) => page.evaluate((s) => document.activeElement?.closest(s) !== null && document.activeElement?.closest(s) !== undefined, selector);
      const menuHasFocus = () => menuButton.evaluate((button) => button === document.activeElement);

      await menuButton.click();
      await drawer.waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close Navigation Menu');
      // Round and round: Tab never leaves the drawer for the page under the overlay.
      for (let press = 0; press < 14; press++) {
        await page.keyboard.press(press % 5 === 4 ? 'Shift+Tab' : 'Tab');
        expect(await focusIn('#primary-navigation')).toBe(true);
      }
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      expect(await menuHasFocus()).toBe(true);

      await menuButton.click();
      await drawer.waitFor();
      // The overlay, left of the drawer.
      await page.mouse.click(20, 400);
      await drawer.waitFor({ state: 'detached' });
      expect(await menuHasFocus()).toBe(true);

      await menuButton.click();
      await page.getByRole('button', { name: 'Close Navigation Menu' }).click();
      await drawer.waitFor({ state: 'detached' });
      expect(await menuHasFocus()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
