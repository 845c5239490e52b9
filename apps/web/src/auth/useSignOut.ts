import { useMutation } from '@apollo/client/react';
import { LogoutDocument } from '@jointops/web-data';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { SIGN_IN_PATH, useSession } from './session';

/** Revokes the session on the server, forgets it here and goes to /sign-in. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const { endSession } = useSession();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch {
      // Already revoked or unreachable: signing out locally is what matters to the user.
    }
    navigate(SIGN_IN_PATH, { replace: true });
    await endSession();
  }, [endSession, logout, navigate]);

  return { signOut, signingOut: loading };
}
