import { AppException } from '../../core/errors/app-exception';

export enum AgencyExceptionCode {
  AGENCY_NOT_FOUND = 'AGENCY_NOT_FOUND',
}

export class AgencyException extends AppException<AgencyExceptionCode> {
  constructor(code: AgencyExceptionCode, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}
