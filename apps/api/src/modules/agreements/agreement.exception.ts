import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The agreements module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class AgreementException extends ModuleException({
  [ErrorCode.NOT_FOUND]: ['AGREEMENT_NOT_FOUND'],
  [ErrorCode.INVALID_STATE]: ['AGREEMENT_TERMINATED'],
  [ErrorCode.FORBIDDEN]: ['AGREEMENT_ACCESS_LOG_FORBIDDEN'],
}) {
  static notFound(): AgreementException {
    return new AgreementException('AGREEMENT_NOT_FOUND', 'Agreement not found.', { entity: 'Agreement' });
  }

  static accessLogForbidden(): AgreementException {
    return new AgreementException('AGREEMENT_ACCESS_LOG_FORBIDDEN', "An agreement's access log is for oversight and the agency leads of its parties.");
  }

  static terminated(): AgreementException {
    return new AgreementException('AGREEMENT_TERMINATED', 'The agreement was terminated; it can no longer change.', { status: 'TERMINATED' });
  }
}

export const AgreementExceptionCode = AgreementException.codes;
