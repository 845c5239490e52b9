import { findGraphQLError, isUnreachableError } from '@jointops/web-data';
import { UNREACHABLE_MESSAGE } from '../shared/errors';

export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';
export const UNEXPECTED_MESSAGE = 'Something went wrong while signing in. Try again.';

/** What to tell the user when `login` fails. */
export function signInErrorMessage(error: unknown): string {
  if (findGraphQLError(error, 'UNAUTHENTICATED')) return WRONG_CREDENTIALS_MESSAGE;
  // Locked: for how long comes from extensions.retryAfterSeconds, the words are ours.
  const locked = findGraphQLError(error, 'RATE_LIMITED');
  if (locked) return lockedMessage(locked.extensions?.['retryAfterSeconds']);
  const badInput = findGraphQLError(error, 'BAD_USER_INPUT');
  if (badInput) return badInput.message;
  return isUnreachableError(error) ? UNREACHABLE_MESSAGE : UNEXPECTED_MESSAGE;
}

/** "… locked. Try again in 15 minutes." (the wait from the server's retryAfterSeconds, never its text). */
export function lockedMessage(retryAfterSeconds: unknown): string {
  const base = 'Too many failed sign-in attempts: this account is locked for now.';
  if (typeof retryAfterSeconds !== 'number' || !(retryAfterSeconds > 0)) return `${base} Try again later.`;
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `${base} Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}
