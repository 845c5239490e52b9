import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { PasskeyReauthOptionsDocument } from '@jointops/web-data';
import { useCallback } from 'react';
import { assertPasskey } from './passkey-ceremony';

/**
 * For the re-authentication dialog: asks the server for options (a challenge of this session),
 * runs the browser's passkey prompt, and answers the assertion (JSON) to pass to
 * `reauthenticate(password, passkeyAssertion)`. Rejects when the user cancels (passkeyErrorMessage
 * says it in words) or the account has no passkey.
 */
export async function passkeyReauthAssertion(client: ApolloClient): Promise<string> {
  const { data } = await client.query({ query: PasskeyReauthOptionsDocument, fetchPolicy: 'no-cache' });
  if (!data) throw new Error('no passkey options');
  return assertPasskey(data.passkeyReauthOptions);
}

/** `passkeyReauthAssertion` with this app's Apollo client. */
export function usePasskeyReauthAssertion(): () => Promise<string> {
  const client = useApolloClient();
  return useCallback(() => passkeyReauthAssertion(client), [client]);
}
