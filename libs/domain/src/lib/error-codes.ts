import { enumOf, type EnumValue } from './enums';

/** The contract's `extensions.code` values: the only codes a client ever sees. */
export const ErrorCode = enumOf(
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'MFA_REQUIRED',
  'MFA_ENROLLMENT_REQUIRED',
  'REAUTH_REQUIRED',
);

export type ErrorCode = EnumValue<typeof ErrorCode>;

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
