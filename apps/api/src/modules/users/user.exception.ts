import { ErrorCode } from '@jointops/domain';
import { ModuleException, type ErrorCodeOf } from '../../core/errors/app-exception';

export enum UserExceptionCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
}

/** What each code answers in the contract's `extensions.code`. */
const CONTRACT_CODES: ErrorCodeOf<UserExceptionCode> = {
  [UserExceptionCode.USER_NOT_FOUND]: ErrorCode.NOT_FOUND,
};

export class UserException extends ModuleException(CONTRACT_CODES) {}
