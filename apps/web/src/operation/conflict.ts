import { findGraphQLError } from '@jointops/web-data';

/** A sentence for a CONFLICT answer (someone else saved first); null for other errors. */
export function conflictMessage(error: unknown): string | null {
  if (!findGraphQLError(error, 'CONFLICT')) return null;
  return 'Someone else changed this while you were editing. Reopen it to start from the version saved now.';
}
