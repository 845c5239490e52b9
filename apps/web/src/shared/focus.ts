/**
 * Runs `then` with the element `id` as soon as it is on the page (a section renders once its code
 * and query arrived; a new item once the cache has it), checking every frame for up to `timeoutMs`.
 * Answers whether it found the element; `cancel()` stops looking.
 */
export function whenShown(id: string, then: (element: HTMLElement) => void, timeoutMs = 2000): { found: Promise<boolean>; cancel: () => void } {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const found = new Promise<boolean>((resolve) => {
    const attempt = () => {
      if (cancelled) return resolve(false);
      const element = document.getElementById(id);
      if (element) {
        then(element);
        resolve(true);
      } else if (Date.now() - started < timeoutMs) {
        timer = setTimeout(attempt, 16);
      } else {
        resolve(false);
      }
    };
    attempt();
  });
  return {
    found,
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}

/**
 * Moves focus to the element `id` as soon as it is on the page, for up to `timeoutMs`. An element
 * that is not focusable of itself gets `tabindex="-1"`, and `data-focus-ring` shows where focus
 * went. Answers whether it found the element.
 */
export function focusWhenShown(id: string, timeoutMs = 2000): Promise<boolean> {
  return whenShown(id, (element) => focusOn(element), timeoutMs).found;
}

/**
 * Moves focus to the first of `ids` that is on the page, trying each in turn (the first for
 * `timeoutMs`, then the next): a part's Edit button, else the part itself; a form's opener, else
 * the page's heading. Answers whether one was found.
 */
export async function focusFirstShown(ids: readonly string[], timeoutMs = 500): Promise<boolean> {
  for (const id of ids) if (await focusWhenShown(id, timeoutMs)) return true;
  return false;
}

/**
 * Focuses `element`, making it focusable (`tabindex="-1"`) if it is not, and marks it
 * (`data-focus-ring`) so the ring shows where focus went. `scroll: 'start'` brings it to the top of
 * the window (a link to an item), else the browser scrolls it just into view.
 */
export function focusOn(element: HTMLElement, { scroll }: { scroll?: 'start' } = {}): void {
  if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.setAttribute('tabindex', '-1');
  element.setAttribute('data-focus-ring', '');
  if (scroll === 'start') {
    element.scrollIntoView?.({ block: 'start' });
    element.focus({ preventScroll: true });
  } else {
    element.focus();
  }
}

/** The first control inside the element `id` (e.g. an add form's first field), else the element. */
export function focusFirstControlIn(id: string): void {
  const container = document.getElementById(id);
  const control = container?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])');
  (control ?? container)?.focus();
}
