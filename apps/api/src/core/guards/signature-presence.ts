import { REAUTH_REQUIRED_MESSAGE, SIGNATURE_OPERATIONS, signatureFresh } from '@jointops/domain';
import { AuthException, AuthExceptionCode } from '../../modules/auth/auth.exception';
import type { AuthenticatedUser } from '../../modules/auth/authenticated-user';

/**
 * Signatures (approve or reject, activate, finalize: SIGNATURE_OPERATIONS, by root field name)
 * need the caller to have proved presence within the window: signed in or re-authenticated at
 * most `windowSeconds` ago. Otherwise REAUTH_REQUIRED, with `windowSeconds`, before anything runs.
 *
 * Called by SessionGuard for every root field, over HTTP and graphql-ws alike, so a new resolver
 * cannot leave it out: a new signature only has to be named in SIGNATURE_OPERATIONS (a test
 * checks each name is a mutation the API serves). Services are not guarded: the seed, which calls
 * them directly, signs as it always did.
 *
 * `now` is the real time, not the API's Clock: `authenticatedAt` is written by the database's
 * now() at sign-in and re-authentication, like every session time, and the Clock may be set to
 * another day outside production (seed and tests make past operations with it).
 */
export function assertPresenceForSignature(user: AuthenticatedUser, operation: string, windowSeconds: number, now: Date = new Date()): void {
  if (!SIGNATURE_OPERATIONS.includes(operation)) return;
  if (user.authenticatedAt && signatureFresh(user.authenticatedAt, now, windowSeconds)) return;
  throw new AuthException(AuthExceptionCode.REAUTH_REQUIRED, REAUTH_REQUIRED_MESSAGE, { windowSeconds });
}
