import { ErrorCode } from '@jointops/domain';
import { ModuleException, type ErrorCodeOf } from '../../core/errors/app-exception';

export enum AuthExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SESSION_REQUIRED = 'SESSION_REQUIRED',
  SESSION_INVALID = 'SESSION_INVALID',
  ROLE_REQUIRED = 'ROLE_REQUIRED',
}

/** What each code answers in the contract's `extensions.code`. */
const CONTRACT_CODES: ErrorCodeOf<AuthExceptionCode> = {
  [AuthExceptionCode.INVALID_CREDENTIALS]: ErrorCode.UNAUTHENTICATED,
  [AuthExceptionCode.ACCOUNT_LOCKED]: ErrorCode.RATE_LIMITED,
  [AuthExceptionCode.SESSION_REQUIRED]: ErrorCode.UNAUTHENTICATED,
  [AuthExceptionCode.SESSION_INVALID]: ErrorCode.UNAUTHENTICATED,
  [AuthExceptionCode.ROLE_REQUIRED]: ErrorCode.FORBIDDEN,
};

export class AuthException extends ModuleException(CONTRACT_CODES) {}
