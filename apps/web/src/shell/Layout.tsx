import { LoadingStatus } from '@jointops/ui';
import { lazy, Suspense, useEffect, useRef, useState, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useAppConfig } from '../app/config';
import { useSession } from '../auth/session';
import { AppHeader } from './AppHeader';
import { OfflineBanner } from './OfflineBanner';
import { PublicHeader } from './PublicHeader';
import { UpdatePrompt } from './UpdatePrompt';
import type { PublicLanguage } from '@jointops/domain';
import { PageLanguageReport } from '../shared/page-language';
import { GridContainer } from '../shared/uswds-markup';

// Only an agency's own deployment shows it (VITE_GOV_BANNER): loaded then, with the UI kit.
const GovBanner = lazy(() => import('@trussworks/react-uswds').then((m) => ({ default: m.GovBanner })));

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
  // A public page read in Spanish (a complaint) has its header and skip link in Spanish too.
  const [pageLanguage, setPageLanguage] = useState<PublicLanguage | null>(null);
  const firstRender = useRef(true);
  const hash = useRef(location.hash);
  hash.current = location.hash;

  // After a client-side navigation, move focus to the new page's heading so screen readers
  // announce it (a full page load leaves focus at the top, before the skip link). A link to a
  // section (`/help#planner`) is the page's to follow: focusing the h1 would scroll back up.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (hash.current) return;
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    (heading ?? mainRef.current)?.focus({ preventScroll: false });
  }, [location.pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <PageLanguageReport.Provider value={setPageLanguage}>
      <a className="usa-skipnav" href={`#${MAIN_ID}`} onClick={skipToMain} lang={pageLanguage ?? undefined}>
        {pageLanguage === 'es' ? 'Saltar al contenido principal' : 'Skip to main content'}
      </a>
      {govBanner ? (
        <Suspense fallback={null}>
          <GovBanner />
        </Suspense>
      ) : null}
      {signedIn ? <AppHeader /> : <PublicHeader language={pageLanguage ?? 'en'} />}
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className={wide ? 'jo-main jo-main--wide' : 'jo-main'}>
        <GridContainer className="padding-y-4" wide={wide}>
          {/* On every page: a new version waiting, and no network (the workspace adds "server unreachable"). */}
          <UpdatePrompt />
          <OfflineBanner signedIn={signedIn} />
          {/* Pages load on first visit (app/pages.ts). */}
          <Suspense fallback={<LoadingStatus />}>
            <Outlet />
          </Suspense>
        </GridContainer>
      </main>
    </PageLanguageReport.Provider>
  );
}
