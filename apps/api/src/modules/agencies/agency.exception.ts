import { ErrorCode } from '@jointops/domain';
import { ModuleException, type ErrorCodeOf } from '../../core/errors/app-exception';

export enum AgencyExceptionCode {
  AGENCY_NOT_FOUND = 'AGENCY_NOT_FOUND',
}

/** What each code answers in the contract's `extensions.code`. */
const CONTRACT_CODES: ErrorCodeOf<AgencyExceptionCode> = {
  [AgencyExceptionCode.AGENCY_NOT_FOUND]: ErrorCode.NOT_FOUND,
};

export class AgencyException extends ModuleException(CONTRACT_CODES) {}
