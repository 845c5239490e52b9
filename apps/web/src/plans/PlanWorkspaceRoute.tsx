import { useApolloClient } from '@apollo/client/react';
import { LoadingStatus } from '@jointops/ui';
import { lazy, Suspense, useEffect } from 'react';
import { useLocation } from 'react-router';
import type { ApolloClient } from '@apollo/client';
import { preloadWorkspace } from './section-data';
import { workspaceTarget } from './workspace-sections';

const loadWorkspacePage = () => import('./PlanWorkspacePage');
const PlanWorkspacePage = lazy(() => loadWorkspacePage().then((m) => ({ default: m.PlanWorkspacePage })));

/**
 * As `pathname` is navigated to, if it is a plan's workspace: starts its data and the open
 * section's code (section-data.ts), then the workspace page's own code, so none waits for another.
 */
export function preloadWorkspaceRoute(client: ApolloClient, pathname: string): void {
  const target = workspaceTarget(pathname);
  if (!target) return;
  preloadWorkspace(client, target.planId, target.section);
  void loadWorkspacePage().catch(() => undefined);
}

/**
 * `/plans/:id/*`, in the first-load bundle: as the route is entered it starts, all at once, the
 * workspace's code, the open section's code and the data they show (section-data.ts), so none
 * waits for another. The workspace and the section then wait for those requests.
 */
export function PlanWorkspaceRoute() {
  const { pathname } = useLocation();
  const client = useApolloClient();
  // Usually already under way: the router starts it as the page is navigated to (app/router.tsx).
  useEffect(() => preloadWorkspaceRoute(client, pathname), [client, pathname]);
  return (
    <Suspense fallback={<LoadingStatus>Loading plan…</LoadingStatus>}>
      <PlanWorkspacePage />
    </Suspense>
  );
}
