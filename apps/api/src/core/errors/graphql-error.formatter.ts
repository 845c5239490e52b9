import { ErrorCode, isErrorCode } from '@jointops/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppException } from './app-exception';
import { contractCodeFor } from './exception-code-map';

/** Codes graphql-js and Apollo use for a request that never reached a resolver. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** True for errors the client caused or the rules refused: everything else is a bug to log. */
export function isExpectedError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppException) return true;
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR));
}

/**
 * Turns any error into the contract's shape. Unexpected errors (logged with the request id by
 * the logging plugin) answer INTERNAL_SERVER_ERROR; their message reaches the client only
 * outside production, and never a stack trace.
 */
export function createErrorFormatter({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;

    if (original instanceof AppException) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.extensions, code: contractCodeFor(original.code) },
      };
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    if (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    return {
      message: production ? 'Internal server error' : formatted.message,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
