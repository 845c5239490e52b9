import { ApolloLink } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { createSessionStore, MeDocument, type SessionStore } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { asyncScheduler, observeOn } from 'rxjs';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter, Outlet, Route, Routes, useLocation, type InitialEntry } from 'react-router';
import { AppConfigProvider } from '../app/config';
import { createUnauthenticatedSignal, SessionProvider } from '../auth/session';
import { OfflineProvider } from '../offline/OfflineProvider';
import type { OfflineStore } from '../offline/store/types';

export const MARIA = {
  __typename: 'User' as const,
  id: 'u-maria',
  email: 'maria.lopez@cbp.example.gov',
  displayName: 'Maria Lopez',
  roles: ['PLANNER' as const],
  agency: { __typename: 'Agency' as const, id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP', level: 'FEDERAL' as const },
};

/** A session store in memory, empty (signed out) unless given a session. */
export function memoryStore(session?: { expiresAt?: string; mustChangePassword?: boolean; startedAt?: string }): SessionStore {
  const items = new Map<string, string>();
  const store = createSessionStore({
    storage: { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) },
  });
  if (session) store.save({ ...session, expiresAt: session.expiresAt ?? new Date(Date.now() + 30 * 60_000).toISOString() });
  return store;
}

/** A store noting a live session (the cookie itself is the browser's business). */
export function signedInStore(): SessionStore {
  return memoryStore({});
}

/**
 * The answer to the start-up `me` of a browser with no session (no cookie, or an ended one). A
 * signed-out render that also mocks a signed-in `me` for later puts this first, or the start-up
 * check would take that one and sign in.
 */
export const NO_SESSION_ME = {
  request: { query: MeDocument },
  result: { errors: [new GraphQLError('Sign in to continue.', { extensions: { code: 'UNAUTHENTICATED' } })] },
};

/**
 * In front of the spec's link: every answer comes in a later task, as from a network. The mock
 * link fails a request no mock matches at once, which would update the page in the same task as
 * the request, outside act, after a spec that asserts synchronously has already ended.
 */
const answersLater = new ApolloLink((operation, forward) => forward(operation).pipe(observeOn(asyncScheduler)));

/** Shows the current location so tests can assert navigation. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export interface RenderOptions {
  route?: InitialEntry;
  mocks?: ReadonlyArray<MockLink.MockedResponse<any, any>>;
  link?: ApolloLink;
  store?: SessionStore;
  govBanner?: boolean;
  /** How often the session provider looks for a lapsed session (its default: 15 s). */
  checkIntervalMs?: number;
  /** The device store of offline work (default: the app's, which has no IndexedDB under jsdom). */
  offlineStore?: OfflineStore;
}

export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const store = options.store ?? memoryStore();
  const unauthenticated = createUnauthenticatedSignal();
  const result = render(
    <AppConfigProvider value={{ govBanner: options.govBanner ?? false }}>
      {/* No "No more mocked responses" warnings: a refetch the spec does not script is not a failure,
          and a query the spec does depend on fails its own assertions when it is not mocked. */}
      <MockedProvider link={ApolloLink.from([answersLater, options.link ?? new MockLink(options.mocks ?? [], { showWarnings: false })])}>
        <MemoryRouter initialEntries={[options.route ?? '/']}>
          <SessionProvider store={store} unauthenticated={unauthenticated} {...(options.checkIntervalMs ? { checkIntervalMs: options.checkIntervalMs } : {})}>
            <OfflineProvider session={store} {...(options.offlineStore ? { store: options.offlineStore } : {})}>
              {ui}
              <LocationProbe />
            </OfflineProvider>
          </SessionProvider>
        </MemoryRouter>
      </MockedProvider>
    </AppConfigProvider>,
  );
  return { ...result, store, unauthenticated };
}

/**
 * A plan section as the workspace shows it: `context` is what the workspace's route gives its
 * sections (useWorkspace: the plan, the user, canEdit).
 */
export function InWorkspace({ context, children }: { context: object; children: ReactNode }) {
  return (
    <Routes>
      <Route element={<Outlet context={context} />}>
        <Route path="*" element={children} />
      </Route>
    </Routes>
  );
}
