import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LogoutDocument, MeDocument, MyWorkDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { MARIA, signedInStore, renderWithProviders } from '../test/render';

// jest runs without ES module support for import(): the real page, without the lazy wrapper.
jest.mock('../auth/LazyChangePasswordPage', () => ({ LazyChangePasswordPage: jest.requireActual('../auth/ChangePasswordPage').ChangePasswordPage }));

const meMock = { request: { query: MeDocument }, result: { data: { me: MARIA } } };

describe('AppHeader', () => {
  it('shows the product, the primary navigation and who is signed in', async () => {
    renderWithProviders(<App />, { route: '/plans', store: signedInStore(), mocks: [meMock] });

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'JointOps home' })).toBeTruthy();
    const nav = within(banner).getByRole('navigation', { name: 'Primary navigation' });
    const plans = await within(nav).findByRole('link', { name: 'Plans' });
    expect(plans.getAttribute('href')).toBe('/plans');
    expect(plans.className).toContain('usa-current');

    expect(await within(banner).findByText('Maria Lopez · CBP')).toBeTruthy();
    // Sign out and Change password are in the account menu, closed until its button is pressed.
    expect(within(banner).queryByRole('button', { name: 'Sign out' })).toBeNull();
    const account = within(banner).getByRole('button', { name: /Account menu, signed in as Maria Lopez · CBP/ });
    expect(account.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(account);
    expect(account.getAttribute('aria-expanded')).toBe('true');
    expect(within(banner).getByText('maria.lopez@cbp.example.gov')).toBeTruthy();
    expect(within(banner).getByRole('link', { name: 'Change password' }).getAttribute('href')).toBe('/account/password');
    expect(within(banner).getByRole('link', { name: 'Notification settings' }).getAttribute('href')).toBe('/account/notifications');
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    // Escape closes it and gives focus back to its button.
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(account.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(account);
  });

  it('runs the phone drawer as USWDS does: focus to its close button; Escape, Close or the overlay close it and give the focus back to Menu', async () => {
    renderWithProviders(<App />, { route: '/plans', store: signedInStore(), mocks: [meMock] });
    const banner = screen.getByRole('banner');
    await within(banner).findByText('Maria Lopez · CBP');
    const menu = within(banner).getByRole('button', { name: 'Menu' });
    const nav = within(banner).getByRole('navigation', { name: 'Primary navigation' });
    const close = within(banner).getByRole('button', { name: 'Close Navigation Menu' });

    fireEvent.click(menu);
    expect(nav.className).toContain('is-visible');
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(nav.className).not.toContain('is-visible');
    expect(document.activeElement).toBe(menu);

    fireEvent.click(menu);
    fireEvent.click(screen.getByTestId('overlay'));
    expect(nav.className).not.toContain('is-visible');
    expect(document.activeElement).toBe(menu);

    fireEvent.click(menu);
    fireEvent.click(close);
    expect(nav.className).not.toContain('is-visible');
    expect(document.activeElement).toBe(menu);

    // A menu open inside the drawer takes Escape first: it closes, the drawer stays.
    fireEvent.click(menu);
    const account = within(banner).getByRole('button', { name: /Account menu/ });
    fireEvent.click(account);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(account.getAttribute('aria-expanded')).toBe('false');
    expect(nav.className).toContain('is-visible');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(nav.className).not.toContain('is-visible');
  });

  it('closes the phone drawer when the window widens to the desktop layout (Tab must not stay in the header)', async () => {
    const listeners = new Set<() => void>();
    let wide = false;
    const matchMedia = jest.fn((query: string) => ({
      get matches() {
        return query === '(min-width: 64em)' && wide;
      },
      media: query,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    }));
    Object.defineProperty(window, 'matchMedia', { configurable: true, value: matchMedia });
    try {
      renderWithProviders(<App />, { route: '/plans', store: signedInStore(), mocks: [meMock] });
      const banner = screen.getByRole('banner');
      const nav = within(banner).getByRole('navigation', { name: 'Primary navigation' });
      fireEvent.click(within(banner).getByRole('button', { name: 'Menu' }));
      expect(nav.className).toContain('is-visible');
      act(() => {
        wide = true;
        for (const listener of listeners) listener();
      });
      expect(nav.className).not.toContain('is-visible');
    } finally {
      delete (window as { matchMedia?: unknown }).matchMedia;
    }
  });

  it('gathers corrective actions, lessons, agreements and training under Accountability, which closes on the way and on Escape', async () => {
    renderWithProviders(<App />, { route: '/plans', store: signedInStore(), mocks: [meMock] });
    const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
    const button = within(nav).getByRole('button', { name: 'Accountability' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const links = within(nav).getAllByRole('link').filter((link) => link.closest('#nav-accountability'));
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Corrective actions', '/corrective-actions'],
      ['Lessons', '/lessons'],
      ['Agreements', '/agreements'],
      ['Training', '/training'],
    ]);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    fireEvent.click(within(nav).getByRole('link', { name: 'Agreements' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/agreements'));
    expect(screen.getByRole('button', { name: 'Accountability' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('leads from the account menu to the change-password page, and closes the menu on the way', async () => {
    renderWithProviders(<App />, { route: '/plans', store: signedInStore(), mocks: [meMock] });
    fireEvent.click(await screen.findByRole('button', { name: /Account menu/ }));
    fireEvent.click(screen.getByRole('link', { name: 'Change password' }));
    expect(screen.getByTestId('location').textContent).toBe('/account/password');
    expect(screen.getByRole('button', { name: /Account menu/ }).getAttribute('aria-expanded')).toBe('false');
  });

  it('signs out: revokes the session (its answer clears the cookie), forgets it here and goes to sign in', async () => {
    const logout = jest.fn(() => ({ data: { logout: true } }));
    const store = signedInStore();
    renderWithProviders(<App />, { route: '/plans', store, mocks: [meMock, { request: { query: LogoutDocument }, result: logout }] });
    await screen.findByText('Maria Lopez · CBP');

    fireEvent.click(screen.getByRole('button', { name: /Account menu/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(logout).toHaveBeenCalledTimes(1);
    expect(store.read()).toBeNull();
    expect(screen.getByTestId('location').textContent).toBe('/sign-in');
    expect(screen.queryByText('Your session expired. Sign in again to continue.')).toBeNull();
    expect(screen.queryByRole('button', { name: /Account menu/ })).toBeNull();
  });

  it('still signs out locally when the server already revoked the session', async () => {
    const store = signedInStore();
    renderWithProviders(<App />, {
      route: '/plans',
      store,
      mocks: [meMock, { request: { query: LogoutDocument }, result: { errors: [new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } })] } }],
    });
    await screen.findByText('Maria Lopez · CBP');
    fireEvent.click(screen.getByRole('button', { name: /Account menu/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' })).toBeTruthy();
    expect(store.read()).toBeNull();
  });
});

describe('routing and session expiry', () => {
  it("sends / to the user's landing page: My work for a planner", async () => {
    const emptyWork = {
      request: { query: MyWorkDocument },
      result: { data: { myWork: { __typename: 'MyWork', awaitingDecision: [], staleSignOffs: [], debriefsOwed: [], correctiveActions: [], editing: [], assignedOperations: [], reportsToFinish: [] } } },
    };
    renderWithProviders(<App />, { route: '/', store: signedInStore(), mocks: [meMock, emptyWork] });
    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/home');
    const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
    const first = within(nav).getAllByRole('link')[0]!;
    expect(first.textContent).toBe('My work');
    expect(first.className).toContain('usa-current');
    expect(await screen.findByRole('heading', { name: /Plans you are editing/ })).toBeTruthy();
  });

  it('sends oversight staff from / to their overview, with no My work link (administrators: landing.spec.ts)', async () => {
    renderWithProviders(<App />, { route: '/', store: signedInStore(), mocks: [{ request: { query: MeDocument }, result: { data: { me: { ...MARIA, roles: ['OVERSIGHT'] } } } }] });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/oversight'));
    expect(screen.queryByRole('link', { name: 'My work' })).toBeNull();
  });

  it('gives an administrator alone (in no plan) Administration and no Plans link; oversight keeps Plans', async () => {
    const asRoles = (roles: string[]) => [{ request: { query: MeDocument }, result: { data: { me: { ...MARIA, roles } } } }];
    const admin = renderWithProviders(<App />, { route: '/admin', store: signedInStore(), mocks: asRoles(['ADMIN']) });
    const nav = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Primary navigation' });
    await within(nav).findByRole('link', { name: 'Administration' });
    expect(within(nav).queryByRole('link', { name: 'Plans' })).toBeNull();
    admin.unmount();
    renderWithProviders(<App />, { route: '/oversight', store: signedInStore(), mocks: asRoles(['OVERSIGHT']) });
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Plans' })).toBeTruthy();
  });

  it("links Help to the guide's section about the page", async () => {
    renderWithProviders(<App />, { route: '/plans', store: signedInStore(), mocks: [meMock] });
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Help' }).getAttribute('href')).toBe('/help#planner');
  });

  it('shows Page not found for unknown routes', () => {
    renderWithProviders(<App />, { route: '/no/such/page' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  });

  it('has a skip link to the main landmark', () => {
    renderWithProviders(<App />, { route: '/sign-in' });
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('shows the government banner only when configured', async () => {
    const { unmount } = renderWithProviders(<App />, { route: '/sign-in' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' });
    expect(screen.queryByText(/official website of the United States government/i)).toBeNull();
    unmount();
    renderWithProviders(<App />, { route: '/sign-in', govBanner: true });
    // Loaded with the UI kit only where it is shown.
    expect((await screen.findAllByText(/official website of the United States government/i)).length).toBeGreaterThan(0);
  });

  it('on a refused session: forgets it and asks to sign in again, then returns', async () => {
    const store = signedInStore();
    const { unauthenticated } = renderWithProviders(<App />, { route: '/plans', store, mocks: [meMock] });
    await screen.findByText('Maria Lopez · CBP');

    act(() => unauthenticated.emit());

    expect(await screen.findByText('Your session expired. Sign in again to continue.')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/sign-in?expired=1');
    expect(store.read()).toBeNull();
    expect(screen.queryByText('Maria Lopez · CBP')).toBeNull();

    // A second report (e.g. the socket closing too) changes nothing.
    act(() => unauthenticated.emit());
    expect(screen.getByTestId('location').textContent).toBe('/sign-in?expired=1');
  });
});
