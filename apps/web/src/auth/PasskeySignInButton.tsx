import { useApolloClient } from '@apollo/client/react';
import { ErrorAlert } from '@jointops/ui';
import { CompleteLoginDocument, findGraphQLError, PasskeyLoginOptionsDocument, type SignedInFragment } from '@jointops/web-data';
import { useState } from 'react';
import { assertPasskey, passkeyErrorMessage } from './passkey-ceremony';
import { lockedMessage } from './sign-in-errors';

export interface PasskeySignInButtonProps {
  /** The one-time challenge from login's MFA_REQUIRED error (`extensions.challenge`). */
  challenge: string;
  /** The session `completeLogin` opened: keep it (session.signIn) and go on. */
  onSignedIn: (session: SignedInFragment) => void;
  /** The challenge is no longer usable (expired, used): back to the password, with this message. Without it, the button says so itself. */
  onRestart?: (message: string) => void;
}

export const PASSKEY_CHALLENGE_EXPIRED = 'That sign-in took too long or was already finished. Sign in again.';

/** What to tell the user when signing in with a passkey fails. */
export function passkeySignInErrorMessage(error: unknown): string {
  if (findGraphQLError(error, 'UNAUTHENTICATED')) return PASSKEY_CHALLENGE_EXPIRED;
  const locked = findGraphQLError(error, 'RATE_LIMITED');
  if (locked) return lockedMessage(locked.extensions?.['retryAfterSeconds']);
  return passkeyErrorMessage(error);
}

/**
 * The second step of signing in, with a passkey: asks the server for options for this login
 * challenge, runs the browser's passkey prompt, and completes the login with the assertion.
 */
export function PasskeySignInButton({ challenge, onSignedIn, onRestart }: PasskeySignInButtonProps) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      const options = await client.query({ query: PasskeyLoginOptionsDocument, variables: { challenge }, fetchPolicy: 'no-cache' });
      if (!options.data) throw new Error('no passkey options');
      const passkeyAssertion = await assertPasskey(options.data.passkeyLoginOptions);
      const { data } = await client.mutate({ mutation: CompleteLoginDocument, variables: { challenge, passkeyAssertion } });
      if (!data) throw new Error('empty completeLogin response');
      setBusy(false);
      onSignedIn(data.completeLogin);
    } catch (failure) {
      setBusy(false);
      const message = passkeySignInErrorMessage(failure);
      if (onRestart && findGraphQLError(failure, 'UNAUTHENTICATED')) onRestart(message);
      else setError(message);
    }
  };

  return (
    <div className="margin-y-2">
      <button type="button" className="usa-button usa-button--outline" onClick={() => void signIn()} disabled={busy} aria-busy={busy || undefined}>
        {busy ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
      </button>
      <ErrorAlert message={error} className="margin-top-2" />
    </div>
  );
}
