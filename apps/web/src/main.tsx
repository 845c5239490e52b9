import '@trussworks/react-uswds/lib/uswds.css';
import '@trussworks/react-uswds/lib/index.css';
import './styles.css';

import { createApolloClient, createSessionStore, webSocketUrl } from '@jointops/web-data';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createUnauthenticatedSignal } from './auth/session';

const store = createSessionStore();
const unauthenticated = createUnauthenticatedSignal();
const client = createApolloClient({
  httpUrl: '/graphql',
  wsUrl: webSocketUrl(window.location),
  getToken: store.getToken,
  onUnauthenticated: unauthenticated.emit,
  onAuthenticatedActivity: store.touch,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <AppProviders client={client} store={store} unauthenticated={unauthenticated} config={{ govBanner: import.meta.env.VITE_GOV_BANNER === 'true' }}>
        <App />
      </AppProviders>
    </BrowserRouter>
  </StrictMode>,
);
