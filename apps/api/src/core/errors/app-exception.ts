import { ErrorCode, type FieldViolation } from '@jointops/domain';

/**
 * Base of every module's exception. A module declares its own codes (AuthExceptionCode, ...) and,
 * beside them, the table from each code to the contract's `extensions.code` (an `ErrorCodeOf`, so
 * TypeScript refuses a code left unmapped); the error formatter reads `contractCode`.
 */
export abstract class AppException<TCode extends string = string> extends Error {
  /** The contract's `extensions.code` for this exception. */
  abstract get contractCode(): ErrorCode;

  protected constructor(
    readonly code: TCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input: names every offending field. Nothing has been written when it is thrown. */
export class ValidationException extends AppException<'INVALID_INPUT'> {
  constructor(readonly violations: FieldViolation[]) {
    super('INVALID_INPUT', violations.map((violation) => violation.message).join(' '), {
      field: violations[0]?.field,
      violations,
    });
  }

  get contractCode(): ErrorCode {
    return ErrorCode.BAD_USER_INPUT;
  }

  static throwIfAny(violations: FieldViolation[]): void {
    if (violations.length > 0) throw new ValidationException(violations);
  }

  static of(field: string, message: string): ValidationException {
    return new ValidationException([{ field, message }]);
  }
}

/** Optimistic-concurrency loss: carries the entity as it stands now. */
export class ConflictException extends AppException<'STALE_VERSION'> {
  constructor(message: string, currentVersion: number, current: unknown) {
    super('STALE_VERSION', message, { currentVersion, current });
  }

  get contractCode(): ErrorCode {
    return ErrorCode.CONFLICT;
  }
}

export type ErrorCodeOf<T extends string> = Record<T, ErrorCode>;

/**
 * The base of a module's exception: `codes` maps each of the module's codes to the contract's
 * `extensions.code`. `class AuthException extends ModuleException(CONTRACT_CODES) {}`.
 */
export function ModuleException<TCode extends string>(codes: ErrorCodeOf<TCode>) {
  abstract class CodedException extends AppException<TCode> {
    get contractCode(): ErrorCode {
      return codes[this.code];
    }

    constructor(code: TCode, message: string, extensions: Record<string, unknown> = {}) {
      super(code, message, extensions);
    }
  }
  return CodedException;
}
