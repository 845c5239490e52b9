import { ErrorCode, isErrorCode } from '@jointops/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppException } from './app-exception';

/** Codes graphql-js and Apollo use for a request that never reached a resolver. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** PostgreSQL's data exceptions that only malformed input causes, e.g. `invalid input syntax for type uuid`. */
const INPUT_SQLSTATES = new Set([
  '22P02', // invalid_text_representation: a malformed id or number
  '22021', // character_not_in_repertoire: a NUL byte
  '22P05', // untranslatable_character
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
]);

/** The SQLSTATE of a failed query (TypeORM's QueryFailedError copies the driver error's fields). */
function sqlState(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate.driverError?.code ?? candidate.code;
  return typeof code === 'string' ? code : undefined;
}

/** "Did you mean …?" maps the schema for an attacker; graphql-js appends it to several messages. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/s, '');
}

/** True for errors the client caused or the rules refused: everything else is a bug to log. */
export function isExpectedError(error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppException) return true;
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR));
}

/**
 * Turns any error into the contract's shape. Unexpected errors (logged once with the request id,
 * `logUnexpectedErrors`) answer INTERNAL_SERVER_ERROR; their message reaches the client only
 * outside production, and never a stack trace.
 */
export function createErrorFormatter({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;

    if (original instanceof AppException) {
      return {
        message: withoutSuggestions(original.message),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.extensions, code: original.contractCode },
      };
    }

    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      return { message: withoutSuggestions(formatted.message), locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    if (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { message: withoutSuggestions(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    // A safety net for a malformed value that no check caught before it reached the database: the
    // caller's mistake, so BAD_USER_INPUT rather than a 500, without the SQL. It is still logged.
    const state = sqlState(original);
    if (state && INPUT_SQLSTATES.has(state)) {
      return { message: 'A value in the request is not in a form this field accepts.', path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    return {
      message: production ? 'Internal server error' : formatted.message,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
