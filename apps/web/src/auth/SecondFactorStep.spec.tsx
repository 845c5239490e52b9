import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CompleteLoginDocument, LoginDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { MARIA, renderWithProviders } from '../test/render';
import { handedOverSecondFactor } from './SignInPage';

const EXPIRES = '2099-01-01T00:00:00Z';
const CREDENTIALS = { email: 'maria.lopez@cbp.example.gov', password: 'correct horse battery' };
const signedIn = (extra: Record<string, unknown> = {}) => ({ __typename: 'AuthPayload', expiresAt: EXPIRES, mustChangePassword: false, restricted: false, user: MARIA, ...extra });

const mfaRequired = {
  request: { query: LoginDocument, variables: CREDENTIALS },
  result: { errors: [new GraphQLError('Enter the code', { extensions: { code: 'MFA_REQUIRED', challenge: 'ch-1', methods: ['TOTP', 'RECOVERY_CODE'] } })] },
};

function complete(code: string, result: Record<string, unknown>) {
  return { request: { query: CompleteLoginDocument, variables: { challenge: 'ch-1', code } }, result };
}

async function signInWithPassword() {
  fireEvent.change(await screen.findByLabelText('Email'), { target: { value: CREDENTIALS.email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: CREDENTIALS.password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in with a second factor', () => {
  it('asks for the code after the password, says a wrong one beside the field, and signs in with the right one', async () => {
    const { store } = renderWithProviders(<App />, {
      route: '/sign-in',
      mocks: [
        mfaRequired,
        complete('000000', { errors: [new GraphQLError('That code is not valid (a code is accepted once).', { extensions: { code: 'BAD_USER_INPUT', field: 'code' } })] }),
        complete('123456', { data: { completeLogin: signedIn() } }),
      ],
    });
    await signInWithPassword();
    const code = await screen.findByLabelText('Code from your authenticator app');
    expect(store.read()).toBeNull();
    expect(document.activeElement).toBe(code);

    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByText('Enter the 6-digit code from your authenticator app.')).toBeTruthy();

    fireEvent.change(code, { target: { value: '000 000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('That code is not valid (a code is accepted once).')).toBeTruthy();
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(store.read()).toBeNull();

    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/home'), { timeout: 10_000 });
    expect(store.read()).toEqual({ expiresAt: EXPIRES, startedAt: expect.any(String) });
  });

  it('takes a recovery code instead, and goes back to the password when the challenge expired', async () => {
    renderWithProviders(<App />, {
      route: '/sign-in',
      mocks: [mfaRequired, complete('abcde-fghjk', { errors: [new GraphQLError('expired', { extensions: { code: 'UNAUTHENTICATED', field: 'challenge' } })] })],
    });
    await signInWithPassword();
    fireEvent.click(await screen.findByRole('button', { name: 'Lost your device? Use a recovery code' }));
    fireEvent.change(screen.getByLabelText('Recovery code'), { target: { value: 'abcde-fghjk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('That sign-in took too long or was already finished. Sign in again.')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
  });

  it('sends a session that must enroll a second factor to the security page, with no navigation', async () => {
    const { store } = renderWithProviders(<App />, {
      route: '/sign-in',
      mocks: [{ request: { query: LoginDocument, variables: CREDENTIALS }, result: { data: { login: signedIn({ restricted: true }) } } }],
    });
    await signInWithPassword();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/account/security'), { timeout: 10_000 });
    expect(store.read()?.restricted).toBe(true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up a second factor' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Plans' })).toBeNull();
  });

  it('notes a session single sign-on opened, and sends one that must enroll to the security page', async () => {
    const { store } = renderWithProviders(<App />, { route: `/sign-in#sso=signed-in&expiresAt=${EXPIRES}&mustChangePassword=false&restricted=true` });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/account/security'), { timeout: 10_000 });
    expect(store.read()).toMatchObject({ expiresAt: EXPIRES, restricted: true });
  });

  it('reads a challenge handed over in the address fragment', () => {
    expect(handedOverSecondFactor('#challenge=abc&methods=TOTP,PASSKEY')).toEqual({ challenge: 'abc', methods: ['TOTP', 'PASSKEY'] });
    expect(handedOverSecondFactor('#challenge=abc')).toEqual({ challenge: 'abc', methods: ['TOTP', 'RECOVERY_CODE'] });
    expect(handedOverSecondFactor('')).toBeNull();
  });
});
