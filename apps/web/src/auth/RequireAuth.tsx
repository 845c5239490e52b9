import { Navigate, Outlet, useLocation } from 'react-router';
import { CHANGE_PASSWORD_PATH, EXPIRED_SEARCH, SECURITY_PATH, SIGN_IN_PATH, useSession, type SignInLocationState } from './session';

/**
 * Guards the routes below it: signed-out visitors go to /sign-in (with ?expired=1 when their
 * session lapsed) and come back to where they were afterwards. A session that must change its
 * password reaches nothing but the change-password page, and one that must enroll a second factor
 * nothing but the security page (the server refuses the rest anyway).
 */
export function RequireAuth() {
  const { signedIn, checking, expired, mustChangePassword, restricted } = useSession();
  const location = useLocation();
  // Still asking the server whether the session cookie holds a session: a moment, not a redirect.
  if (checking) return null;
  if (!signedIn) {
    const state: SignInLocationState = {
      from: { pathname: location.pathname, search: location.search, hash: location.hash },
      ...(expired ? { expired: true } : {}),
    };
    return <Navigate to={{ pathname: SIGN_IN_PATH, search: expired ? EXPIRED_SEARCH : '' }} replace state={state} />;
  }
  if (mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    const state: SignInLocationState = { from: { pathname: location.pathname, search: location.search, hash: location.hash } };
    return <Navigate to={CHANGE_PASSWORD_PATH} replace state={state} />;
  }
  if (restricted && !mustChangePassword && location.pathname !== SECURITY_PATH) {
    const state: SignInLocationState = { from: { pathname: location.pathname, search: location.search, hash: location.hash } };
    return <Navigate to={SECURITY_PATH} replace state={state} />;
  }
  return <Outlet />;
}
