import { ErrorCode } from '@jointops/domain';
import { ModuleException, type ErrorCodeOf } from '../../core/errors/app-exception';

export enum ApprovalExceptionCode {
  WRONG_REVISION = 'WRONG_REVISION',
  FOUR_EYES = 'FOUR_EYES',
  NOT_READY = 'NOT_READY',
}

/** What each code answers in the contract's `extensions.code`. */
const CONTRACT_CODES: ErrorCodeOf<ApprovalExceptionCode> = {
  [ApprovalExceptionCode.WRONG_REVISION]: ErrorCode.CONFLICT,
  [ApprovalExceptionCode.FOUR_EYES]: ErrorCode.FORBIDDEN,
  [ApprovalExceptionCode.NOT_READY]: ErrorCode.INVALID_STATE,
};

export class ApprovalException extends ModuleException(CONTRACT_CODES) {}
