import { fireEvent, screen } from '@testing-library/react';
import { LogoutDocument, MeDocument } from '@jointops/web-data';
import { App } from '../app/App';
import { MARIA, renderWithProviders, signedInStore } from '../test/render';

// Forgetting the offline copies can take a while (IndexedDB); it must not hold the note of a session.
jest.mock('../offline/store/offline-store', () => ({
  ...jest.requireActual('../offline/store/offline-store'),
  forgetOfflineCopies: () => new Promise<void>(() => undefined),
}));

describe('signing out', () => {
  afterEach(() => window.localStorage.clear());

  it('has cleared the note of a session by the time the sign-in page shows, however long the offline copies take to go', async () => {
    const store = signedInStore();
    const mocks = [
      { request: { query: MeDocument }, result: { data: { me: MARIA } }, maxUsageCount: 5 },
      { request: { query: LogoutDocument }, result: { data: { logout: true } } },
    ];
    renderWithProviders(<App />, { route: '/plans', store, mocks });
    fireEvent.click(await screen.findByRole('button', { name: /Account menu/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(store.read()).toBeNull();
    expect(screen.getByTestId('location').textContent).toBe('/sign-in');
    expect(screen.queryByText('Your session expired. Sign in again to continue.')).toBeNull();
  });
});
