import { ErrorCode } from '@jointops/domain';
import { AppException, type ErrorCodeOf } from '../../core/errors/app-exception';

export enum AgencyExceptionCode {
  AGENCY_NOT_FOUND = 'AGENCY_NOT_FOUND',
}

/** What each code answers in the contract's `extensions.code`. */
const CONTRACT_CODES: ErrorCodeOf<AgencyExceptionCode> = {
  [AgencyExceptionCode.AGENCY_NOT_FOUND]: ErrorCode.NOT_FOUND,
};

export class AgencyException extends AppException<AgencyExceptionCode> {
  get contractCode(): ErrorCode {
    return CONTRACT_CODES[this.code];
  }

  constructor(code: AgencyExceptionCode, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}
