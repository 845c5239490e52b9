import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The agreements module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class AgreementException extends ModuleException({
  [ErrorCode.NOT_FOUND]: ['AGREEMENT_NOT_FOUND'],
  [ErrorCode.INVALID_STATE]: ['AGREEMENT_TERMINATED'],
}) {
  static notFound(): AgreementException {
    return new AgreementException('AGREEMENT_NOT_FOUND', 'Agreement not found.', { entity: 'Agreement' });
  }

  static terminated(): AgreementException {
    return new AgreementException('AGREEMENT_TERMINATED', 'The agreement was terminated; it can no longer change.', { status: 'TERMINATED' });
  }
}

export const AgreementExceptionCode = AgreementException.codes;
