import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class AuthException extends ModuleException({
  [ErrorCode.UNAUTHENTICATED]: ['INVALID_CREDENTIALS', 'SESSION_REQUIRED', 'SESSION_INVALID', 'CHALLENGE_INVALID'],
  [ErrorCode.RATE_LIMITED]: ['ACCOUNT_LOCKED'],
  [ErrorCode.FORBIDDEN]: ['ROLE_REQUIRED', 'PASSWORD_CHANGE_REQUIRED', 'ORIGIN_NOT_ALLOWED'],
  [ErrorCode.NOT_FOUND]: ['PASSKEY_NOT_FOUND'],
  [ErrorCode.MFA_REQUIRED]: ['MFA_REQUIRED'],
  [ErrorCode.MFA_ENROLLMENT_REQUIRED]: ['MFA_ENROLLMENT_REQUIRED'],
  [ErrorCode.REAUTH_REQUIRED]: ['REAUTH_REQUIRED'],
}) {}

export const AuthExceptionCode = AuthException.codes;
export type AuthExceptionCode = keyof typeof AuthExceptionCode;
