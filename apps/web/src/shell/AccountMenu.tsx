import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { CHANGE_PASSWORD_PATH, SECURITY_PATH } from '../auth/session';
import { useSignOut } from '../auth/useSignOut';
import { NOTIFICATION_SETTINGS_PATH } from '../notifications/paths';
import { ExpandMoreIcon, UnstyledButton } from '../shared/uswds-markup';

export interface AccountMenuProps {
  me: { displayName: string; email: string; agency: { shortName: string } } | null | undefined;
  /** A session confined to one page (a new password, a second factor to set up): the menu offers only Sign out. */
  restricted: boolean;
}

const MENU_ID = 'account-menu';

/**
 * The header's account menu: who is signed in (name and agency), their email, Sign-in and
 * security, Change password, Notification settings and Sign out. A disclosure
 * button (not an ARIA menu): it opens below the name on wide screens and in place inside the
 * mobile navigation; Escape, a click elsewhere or navigating closes it.
 */
export function AccountMenu({ me, restricted }: AccountMenuProps) {
  const { signOut, signingOut } = useSignOut();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const location = useLocation();

  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Handled: the navigation drawer around this menu (on a phone) stays open.
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="jo-account" ref={root}>
      <button ref={toggle} type="button" className="jo-account__toggle" aria-expanded={open} aria-controls={MENU_ID} onClick={() => setOpen((value) => !value)}>
        <span className="usa-sr-only">Account menu, signed in as </span>
        {me ? (
          <span className="jo-account__name" data-testid="signed-in-user" title={`${me.displayName} · ${me.agency.shortName}`}>
            {me.displayName} · {me.agency.shortName}
          </span>
        ) : (
          'Account'
        )}
        <ExpandMoreIcon className={`jo-account__caret${open ? ' jo-account__caret--open' : ''}`} />
      </button>
      <div id={MENU_ID} className="jo-account__menu" hidden={!open}>
        {me?.email ? <p className="jo-account__who">{me.email}</p> : null}
        <ul className="usa-list usa-list--unstyled">
          {restricted ? null : (
            <>
              <li>
                <Link to={SECURITY_PATH} className="jo-account__item">
                  Sign-in and security
                </Link>
              </li>
              <li>
                <Link to={CHANGE_PASSWORD_PATH} className="jo-account__item">
                  Change password
                </Link>
              </li>
              <li>
                <Link to={NOTIFICATION_SETTINGS_PATH} className="jo-account__item">
                  Notification settings
                </Link>
              </li>
            </>
          )}
          <li>
            <UnstyledButton className="jo-account__item" onClick={() => void signOut()} disabled={signingOut}>
              Sign out
            </UnstyledButton>
          </li>
        </ul>
      </div>
    </div>
  );
}
