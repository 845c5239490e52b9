import { createBrowserRouter, type RouteObject } from 'react-router';
import { preloadWorkspaceRoute } from '../plans/PlanWorkspaceRoute';
import { UndoProvider } from '../shared/undo';
import { UnsavedChangesProvider } from '../shared/UnsavedChangesProvider';
import { App } from './App';
import { AppProviders, type AppProvidersProps } from './AppProviders';

/**
 * The app as routes of a data router (needed by `useBlocker`, which guards unsaved edits): one
 * splat route holds the providers and `App`, whose own `<Routes>` keep the route table.
 */
export function appRoutes(providers: Omit<AppProvidersProps, 'children'>): RouteObject[] {
  return [
    {
      path: '*',
      element: (
        <AppProviders {...providers}>
          <UnsavedChangesProvider>
            <UndoProvider>
              <App />
            </UndoProvider>
          </UnsavedChangesProvider>
        </AppProviders>
      ),
    },
  ];
}

export function createAppRouter(providers: Omit<AppProvidersProps, 'children'>) {
  const router = createBrowserRouter(appRoutes(providers));
  // A plan's workspace starts loading its code and data as it is navigated to (the first load
  // included), before React renders anything of it.
  const preload = (pathname: string) => {
    if (providers.store.isLive()) preloadWorkspaceRoute(providers.client, pathname);
  };
  preload(router.state.location.pathname);
  router.subscribe((state) => preload(state.location.pathname));
  return router;
}
