import { createBrowserRouter, type RouteObject } from 'react-router';
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

export const createAppRouter = (providers: Omit<AppProvidersProps, 'children'>) => createBrowserRouter(appRoutes(providers));
