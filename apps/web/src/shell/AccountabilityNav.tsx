import { Menu, NavDropDownButton } from '../shared/uswds-markup';
import { useEffect, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { EFFECTIVENESS_PATH, effectivenessEntry } from '../effectiveness/effectiveness-model';
import { useMe } from '../plans/useMe';

/** What the Accountability menu holds: what happens after an operation, and what gates the next one. */
export const ACCOUNTABILITY_PAGES = [
  { to: '/corrective-actions', label: 'Corrective actions' },
  { to: '/lessons', label: 'Lessons' },
  { to: '/agreements', label: 'Agreements' },
  { to: '/training', label: 'Training' },
] as const;

/** Agency leads' effectiveness dashboard, last in the menu (oversight staff reach theirs in the oversight area). */
const EFFECTIVENESS_PAGE = { to: EFFECTIVENESS_PATH, label: 'Effectiveness' } as const;

const MENU_ID = 'nav-accountability';

/**
 * The header's "Accountability" menu (a USWDS nav drop-down): corrective actions, lessons,
 * agreements, training and, for agency leads, effectiveness in one item, so the bar fits on one
 * row at desktop widths. It closes on navigation, on Escape (focus back on its button) and on a
 * click outside.
 */
export function AccountabilityNav() {
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const { me } = useMe();
  const pages = effectivenessEntry(me) === EFFECTIVENESS_PATH ? [...ACCOUNTABILITY_PAGES, EFFECTIVENESS_PAGE] : ACCOUNTABILITY_PAGES;
  const current = pages.some((page) => location.pathname.startsWith(page.to));

  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Handled: the navigation drawer around this menu (on a phone) stays open.
      event.preventDefault();
      setOpen(false);
      root.current?.querySelector('button')?.focus();
    };
    const onClick = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, [open]);

  return (
    <div ref={root}>
      <NavDropDownButton menuId={MENU_ID} label="Accountability" isOpen={open} isCurrent={current} onToggle={() => setOpen((was) => !was)} />
      <Menu
        id={MENU_ID}
        isOpen={open}
        items={pages.map((page) => (
          <NavLink key={page.to} to={page.to}>
            {page.label}
          </NavLink>
        ))}
      />
    </div>
  );
}
