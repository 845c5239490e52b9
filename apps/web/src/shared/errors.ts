import type { FieldViolation } from '@jointops/domain';
import { findGraphQLError, graphQLErrorsOf, inputErrorsOf } from '@jointops/web-data';

/**
 * The one sentence the web shows for a failed request, whatever the page. Field errors
 * (BAD_USER_INPUT naming a field the form shows) go next to their field instead: see
 * `serverFormErrors`.
 */
export function errorMessage(error: unknown): string {
  if (findGraphQLError(error, 'FORBIDDEN')) return 'You may not change this plan.';
  const invalidState = findGraphQLError(error, 'INVALID_STATE');
  if (invalidState) return invalidState.message || 'The plan cannot be changed in its current state.';
  if (findGraphQLError(error, 'NOT_FOUND')) return 'This no longer exists. Reload the page to see the plan as it is now.';
  if (findGraphQLError(error, 'CONFLICT')) return 'Someone changed this while you were editing. Reload the page to see their version.';
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) return 'JointOps could not be reached. Check your connection and try again.';
  const first = errors[0];
  // The server's own words, except for an internal error, which says nothing useful.
  if (first?.message && first.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR') return first.message;
  return 'Something went wrong. Try again.';
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
export function splitViolations(violations: readonly FieldViolation[], knownKeys: readonly string[]): ServerFormErrors {
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const violation of violations) {
    const key = fieldKeyOf(violation.field);
    if (knownKeys.includes(key) && !fields[key]) fields[key] = violation.message;
    else rest.push(violation.message);
  }
  return { fields, general: rest.length > 0 ? rest.join(' ') : null };
}

/** What to tell the user when a mutation fails: field errors where the form has the field, else one sentence. */
export function serverFormErrors(error: unknown, knownKeys: readonly string[], describe: (error: unknown) => string = errorMessage): ServerFormErrors {
  const inputErrors = inputErrorsOf(error);
  if (inputErrors.length > 0) {
    return splitViolations(
      inputErrors.map((e) => ({ field: e.field ?? '', message: e.message })),
      knownKeys,
    );
  }
  return { fields: {}, general: describe(error) };
}
