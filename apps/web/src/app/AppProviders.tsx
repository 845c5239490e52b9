import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { SessionStore } from '@jointops/web-data';
import type { ReactNode } from 'react';
import { SessionProvider, type UnauthenticatedSignal } from '../auth/session';
import { OfflineProvider } from '../offline/OfflineProvider';
import { AppConfigProvider, type AppConfig } from './config';

export interface AppProvidersProps {
  client: ApolloClient;
  store: SessionStore;
  unauthenticated: UnauthenticatedSignal;
  config?: AppConfig;
  children: ReactNode;
}

/** Everything the app needs above its routes, except the router itself (so tests can use MemoryRouter). */
export function AppProviders({ client, store, unauthenticated, config = { govBanner: false }, children }: AppProvidersProps) {
  return (
    <AppConfigProvider value={config}>
      <ApolloProvider client={client}>
        <SessionProvider store={store} unauthenticated={unauthenticated}>
          <OfflineProvider session={store}>{children}</OfflineProvider>
        </SessionProvider>
      </ApolloProvider>
    </AppConfigProvider>
  );
}
