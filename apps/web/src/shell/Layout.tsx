import { GovBanner, GridContainer } from '@trussworks/react-uswds';
import { useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useAppConfig } from '../app/config';
import { useSession } from '../auth/session';
import { AppHeader } from './AppHeader';
import { PublicHeader } from './PublicHeader';

const MAIN_ID = 'main-content';

/** A plan workspace (`/plans/<id>/...`, not `/plans/new`) uses the wide container: nav, chart and tables side by side. */
export const isWorkspacePath = (pathname: string) => /^\/plans\/(?!new(\/|$))[^/]+/.test(pathname);

/** Page frame: skip link, optional government banner, header, and the main landmark. */
export function Layout() {
  const { govBanner } = useAppConfig();
  const { signedIn } = useSession();
  const location = useLocation();
  const wide = isWorkspacePath(location.pathname);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a client-side navigation, move focus to the new page's heading so screen readers
  // announce it (a full page load leaves focus at the top, before the skip link).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus({ preventScroll: false });
  }, [location.pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <>
      <a className="usa-skipnav" href={`#${MAIN_ID}`} onClick={skipToMain}>
        Skip to main content
      </a>
      {govBanner ? <GovBanner /> : null}
      {signedIn ? <AppHeader /> : <PublicHeader />}
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className={wide ? 'jo-main jo-main--wide' : 'jo-main'}>
        <GridContainer className="padding-y-4" containerSize={wide ? 'widescreen' : undefined}>
          <Outlet />
        </GridContainer>
      </main>
    </>
  );
}
