import { findGraphQLError, graphQLErrorsOf } from '@jointops/web-data';

/**
 * Field errors of a BAD_USER_INPUT answer, keyed by the last segment of `extensions.field`
 * (`input.endsAt` -> `endsAt`, `patch.dependsOnIds` -> `dependsOnIds`). Null for other errors.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> | null {
  const bad = findGraphQLError(error, 'BAD_USER_INPUT');
  if (!bad) return null;
  const errors: Record<string, string> = {};
  const ext = (bad.extensions ?? {}) as { field?: unknown; violations?: unknown };
  const violations = Array.isArray(ext.violations) ? (ext.violations as Array<{ field?: unknown; message?: unknown }>) : [];
  for (const violation of violations) {
    if (typeof violation.field === 'string' && typeof violation.message === 'string') {
      errors[lastSegment(violation.field)] ??= violation.message;
    }
  }
  if (typeof ext.field === 'string') errors[lastSegment(ext.field)] ??= bad.message;
  return errors;
}

function lastSegment(field: string): string {
  return (field.split('.').pop() ?? field).replace(/\[\d+\]$/, '');
}

/** A sentence for errors that belong to no field. */
export function messageOf(error: unknown): string {
  const first = graphQLErrorsOf(error)[0];
  const code = first?.extensions?.['code'];
  if (code === 'FORBIDDEN') return 'You may not change this plan.';
  if (code === 'INVALID_STATE') return first?.message ?? 'The plan cannot be changed in its current state.';
  if (code === 'NOT_FOUND') return 'This item no longer exists. Reload the plan.';
  if (first?.message && code === 'BAD_USER_INPUT') return first.message;
  return 'Something went wrong. Try again.';
}
