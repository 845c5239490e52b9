import { AppException } from '../../core/errors/app-exception';

export enum ApprovalExceptionCode {
  WRONG_REVISION = 'WRONG_REVISION',
  FOUR_EYES = 'FOUR_EYES',
  NOT_READY = 'NOT_READY',
}

export class ApprovalException extends AppException<ApprovalExceptionCode> {
  constructor(code: ApprovalExceptionCode, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}
