import { conflictOf, findGraphQLError } from '@jointops/web-data';
import { errorMessage } from '../shared/errors';

export interface DecisionBlocker {
  code: string;
  message: string;
  entityId: string | null;
}

/** What a refused decideApproval means for the lead, in their words. */
export type DecisionError =
  | { kind: 'conflict'; message: string }
  | { kind: 'four-eyes'; message: string }
  | { kind: 'blockers'; message: string; blockers: DecisionBlocker[] }
  | { kind: 'other'; message: string };

export const CONFLICT_MESSAGE = 'The plan changed while you were reviewing — review what changed, above, before you decide.';
export const FOUR_EYES_MESSAGE = 'You made the latest change; another lead must approve.';
export const BLOCKED_MESSAGE = 'The plan is not ready for approval. Each of these must be fixed first:';

function blockersOf(extensions: Record<string, unknown> | undefined): DecisionBlocker[] {
  const raw = extensions?.['blockers'];
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((b): b is Record<string, unknown> => typeof b === 'object' && b !== null)
    .map((b) => ({
      code: typeof b['code'] === 'string' ? b['code'] : 'UNKNOWN',
      message: typeof b['message'] === 'string' ? b['message'] : 'A readiness blocker',
      entityId: typeof b['entityId'] === 'string' ? b['entityId'] : null,
    }));
}

export function decisionErrorOf(error: unknown): DecisionError {
  if (conflictOf(error)) return { kind: 'conflict', message: CONFLICT_MESSAGE };
  const forbidden = findGraphQLError(error, 'FORBIDDEN');
  if (forbidden) {
    // The only refusal a lead of their own agency meets is four eyes (the others hide the buttons).
    return /latest change/i.test(forbidden.message) || !forbidden.message
      ? { kind: 'four-eyes', message: FOUR_EYES_MESSAGE }
      : { kind: 'other', message: errorMessage(error) };
  }
  const invalid = findGraphQLError(error, 'INVALID_STATE');
  if (invalid) {
    const blockers = blockersOf(invalid.extensions as Record<string, unknown> | undefined);
    return blockers.length > 0 ? { kind: 'blockers', message: BLOCKED_MESSAGE, blockers } : { kind: 'other', message: errorMessage(error) };
  }
  // Never the server's own words: a sentence for the error's code.
  return { kind: 'other', message: errorMessage(error) };
}
