import { act, fireEvent, screen, within } from '@testing-library/react';
import { MeDocument } from '@jointops/web-data';
import { App } from '../app/App';
import { MARIA, renderWithProviders, signedInStore } from '../test/render';
import { PUBLIC_LANGUAGE_KEY } from '../shared/public-language';
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

  it("speaks the public page's language in the header and the skip link, and English again when the page is left", async () => {
    window.localStorage.setItem(PUBLIC_LANGUAGE_KEY, 'es');
    try {
      renderWithProviders(<App />, { route: '/complaints/new' });
      await screen.findByRole('heading', { level: 1, name: 'Presentar una queja' });
      const nav = screen.getByRole('navigation', { name: 'Páginas públicas' });
      expect(nav.getAttribute('lang')).toBe('es');
      expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Cifras publicadas', 'Presentar una queja', 'Consultar una queja', 'Ayuda']);
      expect(within(nav).getByRole('link', { name: 'Cifras publicadas' }).getAttribute('hreflang')).toBe('en');
      expect(within(nav).getByRole('link', { name: 'Consultar una queja' }).getAttribute('href')).toBe('/complaints/status');
      expect(screen.getByRole('link', { name: 'Saltar al contenido principal' })).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: 'English' }));
      await screen.findByRole('heading', { level: 1, name: 'File a complaint' });
      expect(within(screen.getByRole('navigation', { name: 'Public pages' })).getAllByRole('link').map((link) => link.textContent)).toEqual(['Published figures', 'File a complaint', 'Check a complaint', 'Help']);

      // Back to Spanish, then to a page that is in English only: the header follows the page.
      fireEvent.click(screen.getByRole('button', { name: 'Español' }));
      const figures = await screen.findByRole('link', { name: 'Cifras publicadas' });
      fireEvent.click(figures);
      await screen.findByRole('heading', { level: 1, name: 'Published figures' });
      expect((await screen.findByRole('navigation', { name: 'Public pages' })).getAttribute('lang')).toBe('en');
      expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
    } finally {
      window.localStorage.removeItem(PUBLIC_LANGUAGE_KEY);
    }
  });
});
