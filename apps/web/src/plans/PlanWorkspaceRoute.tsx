import { useApolloClient } from '@apollo/client/react';
import { LoadingStatus } from '@jointops/ui';
import { lazy, Suspense, useEffect } from 'react';
import { useLocation } from 'react-router';
import { preloadWorkspaceAt } from './section-data';

const PlanWorkspacePage = lazy(() => import('./PlanWorkspacePage').then((m) => ({ default: m.PlanWorkspacePage })));

/**
 * `/plans/:id/*`, in the first-load bundle: as the route is entered it starts, all at once, the
 * workspace's code, the open section's code and the data they show (section-data.ts), so none
 * waits for another. The workspace and the section then wait for those requests.
 */
export function PlanWorkspaceRoute() {
  const { pathname } = useLocation();
  const client = useApolloClient();
  // Usually already under way: the router starts it as the page is navigated to (app/router.tsx).
  useEffect(() => preloadWorkspaceAt(client, pathname), [client, pathname]);
  return (
    <Suspense fallback={<LoadingStatus>Loading plan…</LoadingStatus>}>
      <PlanWorkspacePage />
    </Suspense>
  );
}
