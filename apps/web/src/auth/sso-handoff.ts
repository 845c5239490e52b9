import { isSsoFailure, type SsoFailure } from '@jointops/domain';

/** Where "Sign in with your agency" goes: the server sends the browser on to the agency's identity provider. */
export const SSO_START_PATH = '/auth/oidc/start';
/** Public: `{ sso: boolean }`, whether the sign-in page offers single sign-on. */
export const SSO_OPTIONS_PATH = '/auth/oidc/options';

/**
 * What the server's single sign-on callback hands the sign-in page in the URL's fragment (never
 * sent to a server, nor written to its logs):
 * - `#sso=signed-in&expiresAt=…&mustChangePassword=…&restricted=…`: the session is open, in the
 *   HttpOnly cookie; these are its non-secret facts (read by readSsoSession).
 * - `#sso=challenge&challenge=…&methods=TOTP,RECOVERY_CODE&expiresInSeconds=300`: the account has a
 *   second factor the identity provider did not vouch for; the page's second step reads
 *   `challenge` and `methods` (handedOverSecondFactor) and finishes with completeLogin.
 * Failures come as `?sso=<key>` instead (see ssoFailureMessage).
 */
export interface SsoSession {
  expiresAt: string;
  mustChangePassword: boolean;
  restricted: boolean;
}

/** The session a single sign-on opened, from a URL fragment (`location.hash`); null when there is none or it is malformed. */
export function readSsoSession(hash: string): SsoSession | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const expiresAt = params.get('expiresAt') ?? '';
  if (params.get('sso') !== 'signed-in' || Number.isNaN(Date.parse(expiresAt))) return null;
  return { expiresAt, mustChangePassword: params.get('mustChangePassword') === 'true', restricted: params.get('restricted') === 'true' };
}

const FAILURE_MESSAGES: Record<SsoFailure, string> = {
  unavailable: "Signing in with your agency is not available right now. Try again later, or sign in with your email and password.",
  state: 'That sign-in with your agency could not be finished here: it was started in another browser or tab, took longer than 10 minutes, or was already used. Try again.',
  provider: "Your agency's sign-in did not complete (it was cancelled, or your agency's service refused it). Try again.",
  'unverified-email': 'Your agency did not confirm your email address, so JointOps cannot tell which account is yours. Ask your agency to verify your email, or sign in with your email and password.',
  'no-account': 'There is no JointOps account for the email your agency gave. Ask your JointOps administrator to create one with that email.',
  disabled: 'Your JointOps account is disabled. Ask your JointOps administrator.',
  locked: 'Too many failed sign-in attempts: this account is locked for now. Try again in 15 minutes.',
};

/** What to tell the user for `?sso=<key>` on the sign-in page; null when the key is not one the server sends. */
export function ssoFailureMessage(key: string | null): string | null {
  return isSsoFailure(key) ? FAILURE_MESSAGES[key] : null;
}
