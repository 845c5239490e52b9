import { screen } from '@testing-library/react';
import { App } from '../app/App';
import { renderWithProviders } from '../test/render';
import { handedOverSecondFactor } from './SignInPage';
import { readSsoSession, ssoFailureMessage } from './sso-handoff';
import { pause } from '../test/pause';

/** Lets the query's answer (or its failure) arrive. */
const settle = () => pause(50);

/** The server's answer to GET /auth/oidc/options (or no answer at all). */
function serverOffers(sso: boolean | 'unreachable'): jest.Mock {
  const fetchMock = jest.fn((url: string) =>
    sso === 'unreachable' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ ok: url === '/auth/oidc/options', json: () => Promise.resolve({ sso }) }),
  );
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
  return fetchMock;
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

describe('sign in with your agency', () => {
  it('offers the button, a link to the server route, when single sign-on is configured', async () => {
    const fetchMock = serverOffers(true);
    renderWithProviders(<App />, { route: '/sign-in' });
    const link = await screen.findByRole('link', { name: 'Sign in with your agency' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/start');
    expect(fetchMock).toHaveBeenCalledWith('/auth/oidc/options', expect.anything());
  });

  it('offers nothing when it is not configured, or the answer does not come', async () => {
    serverOffers(false);
    const configuredOff = renderWithProviders(<App />, { route: '/sign-in' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to JointOps' });
    await settle();
    expect(screen.queryByRole('link', { name: 'Sign in with your agency' })).toBeNull();
    configuredOff.unmount();

    serverOffers('unreachable');
    renderWithProviders(<App />, { route: '/sign-in' });
    await settle();
    expect(screen.queryByRole('link', { name: 'Sign in with your agency' })).toBeNull();
  });

  it.each([
    ['unverified-email', /did not confirm your email address/],
    ['no-account', /no JointOps account for the email your agency gave/],
    ['disabled', /account is disabled/],
    ['state', /started in another browser or tab/],
    ['provider', /did not complete/],
    ['locked', /locked/],
    ['unavailable', /not available right now/],
  ])('says what happened for ?sso=%s', async (key, message) => {
    serverOffers(true);
    renderWithProviders(<App />, { route: `/sign-in?sso=${key}` });
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    await screen.findByRole('link', { name: 'Sign in with your agency' });
  });

  it('says nothing for a key the server does not send', () => {
    expect(ssoFailureMessage('<script>')).toBeNull();
    expect(ssoFailureMessage(null)).toBeNull();
  });
});

describe('readSsoSession', () => {
  it('reads a session opened by the server', () => {
    expect(readSsoSession('#sso=signed-in&expiresAt=2099-01-01T00%3A00%3A00.000Z&mustChangePassword=false&restricted=true')).toEqual({
      expiresAt: '2099-01-01T00:00:00.000Z',
      mustChangePassword: false,
      restricted: true,
    });
  });

  it.each(['', '#', '#sso=other', '#sso=signed-in&expiresAt=never', '#sso=challenge&challenge=x&methods=TOTP'])('ignores %j', (hash) => {
    expect(readSsoSession(hash)).toBeNull();
  });

  it("hands a challenge over in the form the page's second step reads", () => {
    expect(handedOverSecondFactor('#sso=challenge&challenge=abc_-123&methods=TOTP%2CRECOVERY_CODE&expiresInSeconds=300')).toEqual({
      challenge: 'abc_-123',
      methods: ['TOTP', 'RECOVERY_CODE'],
    });
  });
});
