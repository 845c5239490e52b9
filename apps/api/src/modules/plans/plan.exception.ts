import { ErrorCode } from '@jointops/domain';
import { ModuleException } from '../../core/errors/app-exception';

/** The module's codes, grouped by what they answer in the contract's `extensions.code`. */
export class PlanException extends ModuleException({
  [ErrorCode.NOT_FOUND]: ['PLAN_NOT_FOUND', 'PLAN_ITEM_NOT_FOUND'],
  [ErrorCode.FORBIDDEN]: ['PLAN_FORBIDDEN'],
  [ErrorCode.INVALID_STATE]: ['PLAN_INVALID_STATE', 'PLAN_NOT_READY'],
}) {
  /** Same answer for "does not exist" and "you may not see it": existence is never disclosed. */
  static notFound(what = 'Plan'): PlanException {
    return new PlanException(what === 'Plan' ? PlanExceptionCode.PLAN_NOT_FOUND : PlanExceptionCode.PLAN_ITEM_NOT_FOUND, `${what} not found.`);
  }
}

export const PlanExceptionCode = PlanException.codes;
export type PlanExceptionCode = keyof typeof PlanExceptionCode;
