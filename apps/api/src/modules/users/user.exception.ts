import { AppException } from '../../core/errors/app-exception';

export enum UserExceptionCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
}

export class UserException extends AppException<UserExceptionCode> {
  constructor(code: UserExceptionCode, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }
}
