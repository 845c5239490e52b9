import { AppException } from '../../core/errors/app-exception';

export enum AuthExceptionCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SESSION_REQUIRED = 'SESSION_REQUIRED',
  SESSION_INVALID = 'SESSION_INVALID',
  ROLE_REQUIRED = 'ROLE_REQUIRED',
}

export class AuthException extends AppException<AuthExceptionCode> {
  constructor(code: AuthExceptionCode, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}
