import { ErrorCode } from '@jointops/domain';
import { AppException, type ErrorCodeOf } from '../../core/errors/app-exception';

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

export class ApprovalException extends AppException<ApprovalExceptionCode> {
  get contractCode(): ErrorCode {
    return CONTRACT_CODES[this.code];
  }

  constructor(code: ApprovalExceptionCode, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}
