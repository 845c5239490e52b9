import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class UserException extends ModuleException({ [ErrorCode.NOT_FOUND]: ['USER_NOT_FOUND'] }) {}

export const UserExceptionCode = UserException.codes;
export type UserExceptionCode = keyof typeof UserExceptionCode;
