import { isErrorCode, type ErrorCode, type FieldViolation } from '@jointops/domain';
import { graphQLErrorsOf, inputErrorsOf, isUnreachableError } from '@jointops/web-data';

/**
 * What the user reads for each of the contract's codes: what failed and what to do. The server's
 * own words never reach the screen (they may name limits, SQL or internals); the one exception is
 * BAD_USER_INPUT, whose field messages are ours and are shown next to their fields (see
 * `serverFormErrors`).
 */
export const CODE_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again to continue.',
  FORBIDDEN: 'You do not have permission to do this. If you think you should, ask your agency lead.',
  NOT_FOUND: 'This no longer exists. Reload the page to see the plan as it is now.',
  BAD_USER_INPUT: 'Some of what you entered was not accepted. Check the form and try again.',
  CONFLICT: 'Someone changed this while you were editing. Reload the page to see their version.',
  INVALID_STATE: 'This cannot be done while the plan is in its current status. Reload the page to see where it stands.',
  RATE_LIMITED: 'Too many attempts. Wait a few minutes, then try again.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again; if it keeps happening, tell your administrator.',
  MFA_REQUIRED: 'Confirm it is you with your second factor to sign in.',
  MFA_ENROLLMENT_REQUIRED: 'Set up a second factor (an authenticator app or a passkey) under Sign-in and security before you continue.',
  REAUTH_REQUIRED: 'Confirm it is you (your password, and a code if you use one) before you sign.',
};

/** The server refused the request itself (its query, not its values): a fault of this app, not of the user. */
export const REQUEST_REFUSED_MESSAGE = 'JointOps could not handle this request. Reload the page and try again; if it keeps happening, tell your administrator.';
export const UNREACHABLE_MESSAGE = 'JointOps could not be reached. Check your connection and try again.';

/** "in 1 minute", "in 5 minutes". */
function retryIn(seconds: unknown): string | null {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  const minutes = Math.ceil(seconds / 60);
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

/**
 * The one sentence the web shows for a failed request, whatever the page: chosen by the error's
 * code, never the server's text. Field errors (BAD_USER_INPUT naming a field the form shows) go
 * next to their field instead: see `serverFormErrors`.
 */
export function errorMessage(error: unknown): string {
  if (isUnreachableError(error)) return UNREACHABLE_MESSAGE;
  for (const candidate of graphQLErrorsOf(error)) {
    const code = candidate.extensions?.['code'];
    if (!isErrorCode(code)) continue;
    if (code === 'RATE_LIMITED') return retryIn(candidate.extensions?.['retryAfterSeconds']) ?? CODE_MESSAGES.RATE_LIMITED;
    return CODE_MESSAGES[code];
  }
  // GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED, a cost or depth limit, or no code at all.
  return REQUEST_REFUSED_MESSAGE;
}

/**
 * A refusal whose BAD_USER_INPUT messages are the sentence, e.g. "The place is named by …" when a
 * removal is refused (those messages are ours: see CODE_MESSAGES); any other error as `errorMessage`.
 */
export function refusalMessage(error: unknown): string {
  const messages = inputErrorsOf(error).map((e) => e.message);
  return messages.length > 0 ? messages.join(' ') : errorMessage(error);
}

/** `input.successCriteria` → `successCriteria`; `input.agencyIds[2]` → `agencyIds`. */
export function fieldKeyOf(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[\d+\]$/, '');
}

export interface ServerFormErrors {
  /** Messages by form field key. */
  fields: Record<string, string>;
  /** A message not tied to a field (or tied to one the form does not show). */
  general: string | null;
}

/** Splits violations (ours or the server's) into the fields a form shows and the rest. */
export function splitViolations(violations: readonly FieldViolation[], knownKeys: readonly string[], keyOf: (field: string) => string = fieldKeyOf): ServerFormErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const violation of violations) {
    const key = keyOf(violation.field);
    if (knownKeys.includes(key) && !fields[key]) fields[key] = violation.message;
    else rest.push(violation.message);
  }
  return { fields, general: rest.length > 0 ? rest.join(' ') : null };
}

/**
 * What to tell the user when a mutation fails: field errors where the form has the field, else one
 * sentence. `keyOf` names the form field of a server field path (default: its last name).
 */
export function serverFormErrors(error: unknown, knownKeys: readonly string[], describe: (error: unknown) => string = errorMessage, keyOf: (field: string) => string = fieldKeyOf): ServerFormErrors {
  const inputErrors = inputErrorsOf(error);
  if (inputErrors.length > 0) {
    return splitViolations(
      inputErrors.map((e) => ({ field: e.field ?? '', message: e.message })),
      knownKeys,
      keyOf,
    );
  }
  return { fields: {}, general: describe(error) };
}
