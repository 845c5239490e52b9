import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CompleteLoginDocument, PasskeyLoginOptionsDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { MARIA, renderWithProviders } from '../test/render';
import { PasskeySignInButton } from './PasskeySignInButton';

const startAuthentication = jest.fn();
jest.mock('@simplewebauthn/browser', () => ({
  browserSupportsWebAuthn: () => true,
  startRegistration: jest.fn(),
  startAuthentication: (...args: unknown[]) => startAuthentication(...args),
}));

const OPTIONS = JSON.stringify({ challenge: 'webauthn-challenge', rpId: 'localhost', allowCredentials: [{ id: 'cred', type: 'public-key' }] });
const ASSERTION = { id: 'cred', rawId: 'cred', type: 'public-key', response: { clientDataJSON: 'x', authenticatorData: 'y', signature: 'z' }, clientExtensionResults: {} };
const options = { request: { query: PasskeyLoginOptionsDocument, variables: { challenge: 'login-challenge' } }, result: { data: { passkeyLoginOptions: OPTIONS } } };
const SESSION = {
  __typename: 'AuthPayload' as const,
  expiresAt: '2027-03-01T10:30:00.000Z',
  mustChangePassword: false,
  restricted: false,
  user: MARIA,
};

describe('PasskeySignInButton', () => {
  beforeEach(() => startAuthentication.mockReset());

  it('asks for options for the login challenge, runs the prompt and completes the login with the assertion', async () => {
    startAuthentication.mockResolvedValue(ASSERTION);
    const onSignedIn = jest.fn();
    const complete = { request: { query: CompleteLoginDocument, variables: { challenge: 'login-challenge', passkeyAssertion: JSON.stringify(ASSERTION) } }, result: { data: { completeLogin: SESSION } } };
    renderWithProviders(<PasskeySignInButton challenge="login-challenge" onSignedIn={onSignedIn} />, { mocks: [options, complete] });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ restricted: false, user: expect.objectContaining({ id: MARIA.id }) })));
    expect(startAuthentication).toHaveBeenCalledWith({ optionsJSON: JSON.parse(OPTIONS) });
  });

  it('says when the prompt was cancelled, and sends an expired sign-in step back to the password', async () => {
    startAuthentication.mockRejectedValueOnce(Object.assign(new Error('not allowed'), { name: 'NotAllowedError' }));
    const expired = { request: { query: PasskeyLoginOptionsDocument, variables: { challenge: 'login-challenge' } }, result: { errors: [new GraphQLError('expired', { extensions: { code: 'UNAUTHENTICATED', field: 'challenge' } })] } };
    const onSignedIn = jest.fn();
    const onRestart = jest.fn();
    renderWithProviders(<PasskeySignInButton challenge="login-challenge" onSignedIn={onSignedIn} onRestart={onRestart} />, { mocks: [options, expired] });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));
    expect(await screen.findByText(/The passkey request was cancelled or timed out/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));
    await waitFor(() => expect(onRestart).toHaveBeenCalledWith('That sign-in took too long or was already finished. Sign in again.'));
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});
