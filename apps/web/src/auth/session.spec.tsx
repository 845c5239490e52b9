import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LogoutDocument, MeDocument, MyWorkDocument } from '@jointops/web-data';
import { App } from '../app/App';
import { MARIA, memoryStore, NO_SESSION_ME, renderWithProviders, signedInStore } from '../test/render';

const PENDING = 'jointops.logoutPending';
const meMock = { request: { query: MeDocument }, result: { data: { me: MARIA } }, maxUsageCount: 5 };
const emptyWork = {
  request: { query: MyWorkDocument },
  result: { data: { myWork: { __typename: 'MyWork', awaitingDecision: [], staleSignOffs: [], debriefsOwed: [], correctiveActions: [], editing: [], assignedOperations: [], reportsToFinish: [] } } },
};
const logoutMock = (result: jest.Mock) => ({ request: { query: LogoutDocument }, result });

describe('the session held in a cookie the page cannot read', () => {
  afterEach(() => {
    window.localStorage.clear();
    window.sessionStorage.clear();
  });

  it('asks `me` at start when nothing here notes a session, and is signed in when the cookie holds one (opened in another tab, or by single sign-on)', async () => {
    const store = memoryStore();
    renderWithProviders(<App />, { route: '/plans', store, mocks: [meMock] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Plans' })).toBeTruthy();
    // It waited for the answer instead of sending the visitor to sign in.
    expect(screen.getByTestId('location').textContent).toBe('/plans');
    expect(store.read()).toEqual({ expiresAt: expect.any(String) });
    expect(Date.parse(store.read()!.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('goes to sign in, without "expired", when `me` at start answers UNAUTHENTICATED', async () => {
    renderWithProviders(<App />, { route: '/plans', store: memoryStore(), mocks: [NO_SESSION_ME] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/sign-in');
    expect(screen.queryByText('Your session expired. Sign in again to continue.')).toBeNull();
  });

  it('when the session lapses in an open tab: ends it on the server too (the cookie would still open it), and says it expired', async () => {
    const logout = jest.fn(() => ({ data: { logout: true } }));
    const store = memoryStore({ expiresAt: new Date(Date.now() + 400).toISOString() });
    renderWithProviders(<App />, { route: '/home', store, checkIntervalMs: 50, mocks: [meMock, emptyWork, logoutMock(logout)] });
    expect(screen.getByTestId('location').textContent).toBe('/home');

    expect(await screen.findByText('Your session expired. Sign in again to continue.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/sign-in?expired=1');
    await waitFor(() => expect(logout).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(window.localStorage.getItem(PENDING)).toBeNull());
  }, 20_000);

  it('signing out while the server cannot be reached signs out here and notes that the server still has to end the session', async () => {
    const offline = { request: { query: LogoutDocument }, error: new Error('offline'), maxUsageCount: 2 };
    const store = signedInStore();
    renderWithProviders(<App />, { route: '/plans', store, mocks: [meMock, offline] });
    fireEvent.click(await screen.findByRole('button', { name: /Account menu/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(store.read()).toBeNull();
    await waitFor(() => expect(window.localStorage.getItem(PENDING)).toBe('1'));
  });

  it('a sign-out whose logout did not reach the server is finished at the next start, before `me` is asked', async () => {
    const logout = jest.fn(() => ({ data: { logout: true } }));
    window.localStorage.setItem(PENDING, '1');
    renderWithProviders(<App />, { route: '/plans', store: memoryStore(), mocks: [logoutMock(logout), NO_SESSION_ME] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(logout).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem(PENDING)).toBeNull();
  });

  it('keeps that note while the server cannot be reached', async () => {
    window.localStorage.setItem(PENDING, '1');
    renderWithProviders(<App />, { route: '/plans', store: memoryStore(), mocks: [{ request: { query: LogoutDocument }, error: new Error('offline') }, NO_SESSION_ME] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(window.localStorage.getItem(PENDING)).toBe('1');
  });
});
