import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class ApprovalException extends ModuleException({
  [ErrorCode.CONFLICT]: ['WRONG_REVISION'],
  [ErrorCode.FORBIDDEN]: ['FOUR_EYES'],
}) {}

export const ApprovalExceptionCode = ApprovalException.codes;
export type ApprovalExceptionCode = keyof typeof ApprovalExceptionCode;
