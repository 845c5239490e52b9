import { IntrinsicException } from '@nestjs/common';
import { ErrorCode, type FieldViolation } from '@jointops/domain';

/**
 * Base of every module's exception. A module declares its own codes (AuthExceptionCode, ...) and,
 * beside them, the table from each code to the contract's `extensions.code` (an `ErrorCodeOf`, so
 * TypeScript refuses a code left unmapped); the error formatter reads `contractCode`.
 *
 * An `IntrinsicException`: Nest's exception handler does not log it. These are refusals the
 * client caused (bad input, a conflict, no session), answered with their code; before, Nest
 * logged every one at error level with a source-mapped stack. What is logged as an error is
 * decided in one place, `logUnexpectedErrors` (unexpected-errors.ts).
 */
export abstract class AppException<TCode extends string = string> extends IntrinsicException {
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
 * The base of a module's exception, from its codes grouped by what each answers in the contract's
 * `extensions.code` (a code is declared once, with its answer). The codes, each its own name, are
 * the class's `codes`: `class AuthException extends ModuleException({ [ErrorCode.FORBIDDEN]: ['ROLE_REQUIRED'] }) {}`.
 */
export function ModuleException<const TCode extends string>(byContractCode: Partial<Record<ErrorCode, readonly TCode[]>>) {
  const entries = Object.entries(byContractCode) as [ErrorCode, readonly TCode[]][];
  const contractCodes = Object.fromEntries(entries.flatMap(([contractCode, codes]) => codes.map((code) => [code, contractCode]))) as ErrorCodeOf<TCode>;
  const names = Object.fromEntries(Object.keys(contractCodes).map((code) => [code, code])) as { readonly [P in TCode]: P };

  abstract class CodedException extends AppException<TCode> {
    static readonly codes = names;

    get contractCode(): ErrorCode {
      return contractCodes[this.code];
    }

    constructor(code: TCode, message: string, extensions: Record<string, unknown> = {}) {
      super(code, message, extensions);
    }
  }
  return CodedException;
}
