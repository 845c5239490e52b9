import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** graphql-ws close code the API uses when a socket's session is missing, expired or revoked. */
export const WS_CLOSE_FORBIDDEN = 4403;

/** The GraphQL errors carried by an Apollo error, including ones in a non-2xx HTTP response body. */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: unknown };
      if (Array.isArray(body.errors)) return body.errors as GraphQLFormattedError[];
    } catch {
      /* not a GraphQL response body */
    }
  }
  return [];
}

/** The `extensions.code` values of an error's GraphQL errors (see the contract's list). */
export function errorCodesOf(error: unknown): string[] {
  return graphQLErrorsOf(error)
    .map((e) => e.extensions?.['code'])
    .filter((code): code is string => typeof code === 'string');
}

/**
 * True for a request that never got a GraphQL answer: no network, the server out of reach, or a
 * proxy's error page instead of the API's. Every page decides "could not be reached" (as opposed
 * to "refused") with this one rule.
 */
export function isUnreachableError(error: unknown): boolean {
  return graphQLErrorsOf(error).length === 0;
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return errorCodesOf(error).includes(code);
}

/** The first GraphQL error with the given code, e.g. to show the server's RATE_LIMITED message. */
export function findGraphQLError(error: unknown, code: string): GraphQLFormattedError | undefined {
  return graphQLErrorsOf(error).find((e) => e.extensions?.['code'] === code);
}

export function isUnauthenticatedError(error: unknown): boolean {
  return hasErrorCode(error, 'UNAUTHENTICATED');
}

export function isCloseEventLike(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof (value as { code: unknown }).code === 'number';
}

/** GraphQLWsLink turns close events into `Error("Socket closed with event <code> <reason>")`. */
export function isForbiddenSocketClose(error: unknown): boolean {
  if (isCloseEventLike(error)) return error.code === WS_CLOSE_FORBIDDEN;
  return error instanceof Error && error.message.startsWith(`Socket closed with event ${WS_CLOSE_FORBIDDEN}`);
}

/** What a CONFLICT answer carries (docs/architecture.md#the-path-of-a-change): the version and the entity as they stand now. */
export interface ConflictInfo {
  currentVersion: number;
  /** The entity as it stands on the server now (`extensions.current`); empty when the server sent none. */
  current: Record<string, unknown>;
  message: string;
}

/** The CONFLICT details of a failed update, or null when the error is something else. */
export function conflictOf(error: unknown): ConflictInfo | null {
  const conflict = findGraphQLError(error, 'CONFLICT');
  if (!conflict) return null;
  const extensions = conflict.extensions ?? {};
  const rawVersion = extensions['currentVersion'];
  const rawCurrent = extensions['current'];
  const current = typeof rawCurrent === 'object' && rawCurrent !== null && !Array.isArray(rawCurrent) ? (rawCurrent as Record<string, unknown>) : {};
  const currentVersion = typeof rawVersion === 'number' ? rawVersion : typeof current['version'] === 'number' ? (current['version'] as number) : NaN;
  return { currentVersion, current, message: conflict.message };
}

/** A BAD_USER_INPUT error that names its field (`extensions.field`, e.g. `input.title`). */
export interface InputErrorInfo {
  field: string | null;
  message: string;
}

/**
 * Every field a BAD_USER_INPUT answer refuses, with its own message: the API lists them in
 * `extensions.violations`; an error without that list names one field in `extensions.field`.
 */
export function inputErrorsOf(error: unknown): InputErrorInfo[] {
  return graphQLErrorsOf(error)
    .filter((e) => e.extensions?.['code'] === 'BAD_USER_INPUT')
    .flatMap((e) => {
      const violations = e.extensions?.['violations'];
      if (Array.isArray(violations)) {
        const named = (violations as Array<{ field?: unknown; message?: unknown }>).filter((v) => typeof v.message === 'string');
        if (named.length > 0) return named.map((v) => ({ field: typeof v.field === 'string' ? v.field : null, message: v.message as string }));
      }
      const field = e.extensions?.['field'];
      return [{ field: typeof field === 'string' ? field : null, message: e.message }];
    });
}
