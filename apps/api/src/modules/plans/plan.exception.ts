import { ErrorCode } from '@jointops/domain';
import { ModuleException, type ErrorCodeOf } from '../../core/errors/app-exception';

export enum PlanExceptionCode {
  PLAN_NOT_FOUND = 'PLAN_NOT_FOUND',
  PLAN_ITEM_NOT_FOUND = 'PLAN_ITEM_NOT_FOUND',
  PLAN_FORBIDDEN = 'PLAN_FORBIDDEN',
  PLAN_INVALID_STATE = 'PLAN_INVALID_STATE',
}

/** What each code answers in the contract's `extensions.code`. */
const CONTRACT_CODES: ErrorCodeOf<PlanExceptionCode> = {
  [PlanExceptionCode.PLAN_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [PlanExceptionCode.PLAN_ITEM_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [PlanExceptionCode.PLAN_FORBIDDEN]: ErrorCode.FORBIDDEN,
  [PlanExceptionCode.PLAN_INVALID_STATE]: ErrorCode.INVALID_STATE,
};

export class PlanException extends ModuleException(CONTRACT_CODES) {
  /** Same answer for "does not exist" and "you may not see it": existence is never disclosed. */
  static notFound(what = 'Plan'): PlanException {
    return new PlanException(what === 'Plan' ? PlanExceptionCode.PLAN_NOT_FOUND : PlanExceptionCode.PLAN_ITEM_NOT_FOUND, `${what} not found.`);
  }
}
