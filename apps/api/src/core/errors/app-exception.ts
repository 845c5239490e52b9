import type { ErrorCode, FieldViolation } from '@jointops/domain';

/**
 * Base of every module's exception. A module declares its own codes (AuthExceptionCode, ...);
 * `exception-code-map.ts` is the one place that turns them into the contract's error codes.
 */
export abstract class AppException<TCode extends string = string> extends Error {
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
}

export type ErrorCodeOf<T extends string> = Record<T, ErrorCode>;
