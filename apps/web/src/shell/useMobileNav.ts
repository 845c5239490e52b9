import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';
import { useMediaQuery } from '../shared/useMediaQuery';

/** USWDS's desktop breakpoint (64em, 1024 px), from which the navigation is a row, not a drawer. */
const DESKTOP_MEDIA_QUERY = '(min-width: 64em)';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface MobileNav {
  expanded: boolean;
  toggle: () => void;
  /** Closes the drawer and gives the focus back to the Menu button. */
  close: () => void;
  menuButton: RefObject<HTMLButtonElement | null>;
}

/**
 * The navigation drawer below the desktop breakpoint, as USWDS's own script runs it: opening moves
 * the focus to its close button and keeps Tab inside it; Escape, the close button or a tap on the
 * overlay closes it and gives the focus back to the Menu button; navigating, or the window widening
 * to the desktop layout (where Tab must not stay in the header), closes it. A menu open
 * inside the drawer (account, Accountability) takes Escape first: it marks the key handled
 * (preventDefault) on the document, and the drawer listens after it, on the window.
 */
export function useMobileNav(navId: string): MobileNav {
  const [expanded, setExpanded] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const location = useLocation();

  const desktop = useMediaQuery(DESKTOP_MEDIA_QUERY);
  useEffect(() => setExpanded(false), [location.pathname, desktop]);
  const close = useCallback(() => {
    setExpanded(false);
    menuButton.current?.focus();
  }, []);
  const toggle = useCallback(() => setExpanded((open) => !open), []);

  useEffect(() => {
    if (!expanded) return undefined;
    const nav = document.getElementById(navId);
    nav?.querySelector<HTMLElement>('.usa-nav__close')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !nav) return;
      if (event.key === 'Escape') {
        close();
        return;
      }
      if (event.key !== 'Tab') return;
      const shown = [...nav.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
      const first = shown[0];
      const last = shown[shown.length - 1];
      if (!first || !last) return;
      const inside = nav.contains(document.activeElement);
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [expanded, close, navId]);

  return { expanded, toggle, close, menuButton };
}
