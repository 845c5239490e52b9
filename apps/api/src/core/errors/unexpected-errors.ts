import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { isExpectedError } from './graphql-error.formatter';

/** Errors already logged: a payload shared by an audience carries the same error to each subscriber. */
const logged = new WeakSet<object>();

/**
 * Logs the unexpected errors of one GraphQL answer, over HTTP or WebSocket, once each, with what
 * identifies the request (its id, or the socket's connection). This is the only place they are
 * logged: Nest's own handler is kept out of GraphQL (`GraphqlErrorPassthrough`), and expected
 * errors (bad input, refusals, conflicts) are not logged at all.
 */
export function logUnexpectedErrors(logger: Logger, errors: readonly GraphQLError[] | undefined, context: Record<string, unknown>): void {
  for (const error of errors ?? []) {
    if (isExpectedError(error)) continue;
    const cause: object = error.originalError ?? error;
    if (logged.has(cause)) continue;
    logged.add(cause);
    logger.error({ err: cause, path: error.path, ...context }, 'unexpected GraphQL error');
  }
}
