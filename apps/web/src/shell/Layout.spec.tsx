import { act, screen, within } from '@testing-library/react';
import { MeDocument } from '@jointops/web-data';
import { App } from '../app/App';
import { MARIA, renderWithProviders, signedInStore } from '../test/render';
import { appUpdates } from './pwa-registration';

const meMock = { request: { query: MeDocument }, result: { data: { me: MARIA } } };
const defineOnLine = (value: boolean) => Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => value });

describe('Layout: the app-wide status lines', () => {
  afterEach(() => defineOnLine(true));

  it('shows "a new version is ready" and "offline" on every page, signed in or not', async () => {
    act(() => appUpdates.waiting(jest.fn().mockResolvedValue(undefined)));
    defineOnLine(false);

    const signedOut = renderWithProviders(<App />, { route: '/sign-in' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' });
    const main = () => screen.getByRole('main');
    expect(within(main()).getByTestId('update-prompt').textContent).toBe('A new version is ready. Reload');
    expect(within(main()).getByTestId('offline-banner').textContent).toBe('You are offline. Nothing can be sent until the connection returns.');
    signedOut.unmount();

    const notFound = renderWithProviders(<App />, { route: '/no/such/page' });
    expect(within(main()).getByRole('button', { name: 'Reload' })).toBeTruthy();
    notFound.unmount();

    renderWithProviders(<App />, { route: '/plans', store: signedInStore(), mocks: [meMock] });
    expect(within(main()).getByTestId('offline-banner').textContent).toBe('You are offline. Your entries are kept on this device and sent when the connection returns.');
    expect(within(main()).getByRole('button', { name: 'Reload' })).toBeTruthy();
    await screen.findByText('Maria Lopez · CBP');
  });
});
