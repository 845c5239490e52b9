import type { ComponentProps, ComponentPropsWithoutRef, ReactNode } from 'react';

/*
 * The few U.S. Web Design System pieces the page frame (header, undo bar) draws, as the markup @trussworks/react-uswds
 * renders for them (same classes, attributes and test ids). The kit ships as one module, so
 * importing any of it from the frame would put all of it in the first-load bundle; pages, which
 * load on demand, use the kit itself.
 */

const classes = (...names: Array<string | false | null | undefined>) => names.filter(Boolean).join(' ');

/** `<Header basic>`: the overlay (when `showMobileOverlay` is given; a tap on it calls `onOverlayClick`) and the header. */
export function Header({ showMobileOverlay, onOverlayClick, children }: { showMobileOverlay?: boolean; onOverlayClick?: () => void; children: ReactNode }) {
  return (
    <>
      {/* A pointer target only: the drawer's close button and Escape do the same from the keyboard. */}
      {showMobileOverlay !== undefined ? <div className={classes('usa-overlay', showMobileOverlay && 'is-visible')} data-testid="overlay" onClick={onOverlayClick} /> : null}
      <header data-testid="header" className="usa-header usa-header--basic">
        {children}
      </header>
    </>
  );
}

/** `<Title>`: the product name. */
export function Title({ children }: { children: ReactNode }) {
  return (
    <div className="usa-logo">
      <em className="usa-logo__text">{children}</em>
    </div>
  );
}

/** `<NavMenuButton>`: opens the navigation below the desktop breakpoint. */
export function NavMenuButton({ label, ...props }: Omit<ComponentProps<'button'>, 'type' | 'className'> & { label: string }) {
  return (
    <button className="usa-menu-btn" data-testid="navMenuButton" {...props} type="button">
      {label}
    </button>
  );
}

/** `<Icon.Close>` and `<Icon.ExpandMore>`. */
function IconSvg({ path, className }: { path: string; className: string }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width="1em" height="1em" viewBox="0 0 24 24" className={className} focusable="false" role="img" aria-hidden="true">
      <path d={path} />
    </svg>
  );
}

export const CloseIcon = () => <IconSvg className="usa-icon usa-icon--size-3" path="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z" />;
export const ExpandMoreIcon = ({ className }: { className?: string }) => <IconSvg className={classes('usa-icon', className)} path="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z" />;

export interface PrimaryNavProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'className'> {
  items: ReactNode[];
  mobileExpanded: boolean;
  onToggleMobileNav: () => void;
}

/** `<PrimaryNav>`: the close button (narrow screens), the primary links, then `children`. */
export function PrimaryNav({ items, mobileExpanded, onToggleMobileNav, children, ...props }: PrimaryNavProps) {
  return (
    <nav className={classes('usa-nav', mobileExpanded && 'is-visible')} {...props}>
      <button className="usa-nav__close" onClick={onToggleMobileNav} data-testid="navCloseButton" aria-label="Close Navigation Menu" type="button">
        <CloseIcon />
      </button>
      <ul className="usa-nav__primary usa-accordion">
        {items.map((item, index) => (
          <li key={`item_${index}`} className="usa-nav__primary-item">
            {item}
          </li>
        ))}
      </ul>
      {children}
    </nav>
  );
}

/** `<GridContainer>`. */
export function GridContainer({ wide, className, children }: { wide: boolean; className: string; children: ReactNode }) {
  return (
    <div data-testid="gridContainer" className={classes(wide ? 'grid-container-widescreen' : 'grid-container', className)}>
      {children}
    </div>
  );
}

/** `<Button unstyled>`. */
export function UnstyledButton({ className, ...props }: Omit<ComponentPropsWithoutRef<'button'>, 'type'>) {
  return <button type="button" className={classes('usa-button usa-button--unstyled', className)} data-testid="button" {...props} />;
}

/** `<Alert slim>`: the frame's status lines (offline, a new version). */
export function SlimAlert({ type, className, children }: { type: 'success' | 'warning' | 'error' | 'info'; className?: string; children: ReactNode }) {
  return (
    <div className={classes('usa-alert', `usa-alert--${type}`, 'usa-alert--slim', className)} data-testid="alert">
      <div className="usa-alert__body">{children}</div>
    </div>
  );
}

/** `<NavDropDownButton>`: the button of a header drop-down (the Accountability menu). */
export function NavDropDownButton({ label, menuId, isOpen, isCurrent, onToggle }: { label: string; menuId: string; isOpen: boolean; isCurrent: boolean; onToggle: () => void }) {
  return (
    <button type="button" data-testid="navDropDownButton" className={classes('usa-accordion__button', 'usa-nav__link', isCurrent && 'usa-current')} aria-expanded={isOpen} aria-controls={menuId} onClick={onToggle}>
      <span>{label}</span>
    </button>
  );
}

/** `<Menu>`: a header drop-down's list (`usa-nav__submenu`), hidden while closed. */
export function Menu({ id, isOpen, items }: { id: string; isOpen: boolean; items: readonly ReactNode[] }) {
  return (
    <ul id={id} className="usa-nav__submenu" hidden={!isOpen}>
      {items.map((item, index) => (
        <li key={`item_${index}`} className="usa-nav__submenu-item">
          {item}
        </li>
      ))}
    </ul>
  );
}
