import '@trussworks/react-uswds/lib/uswds.css';
import '@trussworks/react-uswds/lib/index.css';
import './styles.css';

import { createApolloClient, createSessionStore, webSocketUrl } from '@jointops/web-data';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router';
import { createUnauthenticatedSignal } from './auth/session';
import { afterFirstScreen, startServiceWorker } from './shell/pwa-registration';

const store = createSessionStore();
const unauthenticated = createUnauthenticatedSignal();
const client = createApolloClient({
  httpUrl: '/graphql',
  wsUrl: webSocketUrl(window.location),
  isSignedIn: store.isLive,
  onUnauthenticated: unauthenticated.emit,
  onAuthenticatedActivity: store.touch,
});

const router = createAppRouter({ client, store, unauthenticated, config: { govBanner: import.meta.env.VITE_GOV_BANNER === 'true' } });

// The installable app's service worker (the app shell, offline): built apps only; the dev server has none.
// It is registered after the first screen, whose chunks and data it would otherwise compete with.
if (import.meta.env.PROD) afterFirstScreen(() => void import('virtual:pwa-register').then(({ registerSW }) => startServiceWorker(registerSW)));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
