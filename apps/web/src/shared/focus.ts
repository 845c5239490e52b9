/**
 * Moves focus to the element `id` as soon as it is on the page (a new item renders once the cache
 * has it), for up to `timeoutMs`. An element that is not focusable of itself gets `tabindex="-1"`,
 * and `data-focus-ring` shows where focus went. Answers whether it found the element.
 */
export function focusWhenShown(id: string, timeoutMs = 2000): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const attempt = () => {
      const element = document.getElementById(id);
      if (element) {
        if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.setAttribute('tabindex', '-1');
        element.setAttribute('data-focus-ring', '');
        element.focus();
        resolve(true);
      } else if (Date.now() - started < timeoutMs) {
        setTimeout(attempt, 16);
      } else {
        resolve(false);
      }
    };
    attempt();
  });
}

/** The first control inside the element `id` (e.g. an add form's first field), else the element. */
export function focusFirstControlIn(id: string): void {
  const container = document.getElementById(id);
  const control = container?.querySelector<HTMLElement>('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])');
  (control ?? container)?.focus();
}
