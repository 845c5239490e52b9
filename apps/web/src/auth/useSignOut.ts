import { useMutation } from '@apollo/client/react';
import { isUnauthenticatedError, LogoutDocument } from '@jointops/web-data';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { forgetOfflineCopies } from '../offline/store/offline-store';
import { SIGN_IN_PATH, useSession } from './session';

/** Revokes the session on the server (its answer clears the cookie), forgets it here and goes to /sign-in. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const { endSession, beginSignOut } = useSession();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);

  const signOut = useCallback(async () => {
    let endedOnServer = true;
    // Queries still in flight when the server revokes the session come back UNAUTHENTICATED: that is this sign-out, not an expiry.
    beginSignOut();
    try {
      await logout();
    } catch (error) {
      // Already revoked: done. Unreachable: the cookie still opens the session, so the session
      // ends here now and endSession keeps sending `logout` until the server has it.
      endedOnServer = isUnauthenticatedError(error);
    }
    // The note of a session is cleared before /sign-in shows, so nothing on that page (or a test
    // reading storage once the URL changes) sees a signed-in browser.
    const ended = endSession('signed-out', { endedOnServer });
    navigate(SIGN_IN_PATH, { replace: true });
    // Offline copies go at sign-out; the queue stays, to be sent after this same user signs in again.
    await Promise.all([ended, forgetOfflineCopies().catch(() => undefined)]);
  }, [beginSignOut, endSession, logout, navigate]);

  return { signOut, signingOut: loading };
}
