import { findGraphQLError, graphQLErrorsOf } from '@jointops/web-data';
import { errorMessage } from '../shared/errors';

export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';
export const UNREACHABLE_MESSAGE = 'JointOps could not be reached. Check your connection and try again.';
export const UNEXPECTED_MESSAGE = 'Something went wrong while signing in. Try again.';

/** What to tell the user when `login` fails. */
export function signInErrorMessage(error: unknown): string {
  if (findGraphQLError(error, 'UNAUTHENTICATED')) return WRONG_CREDENTIALS_MESSAGE;
  // Locked: for how long comes from extensions.retryAfterSeconds, the words are ours.
  if (findGraphQLError(error, 'RATE_LIMITED')) return errorMessage(error);
  const badInput = findGraphQLError(error, 'BAD_USER_INPUT');
  if (badInput) return badInput.message;
  if (graphQLErrorsOf(error).length > 0) return UNEXPECTED_MESSAGE;
  return UNREACHABLE_MESSAGE;
}
