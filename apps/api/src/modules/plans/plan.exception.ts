import { AppException } from '../../core/errors/app-exception';

export enum PlanExceptionCode {
  PLAN_NOT_FOUND = 'PLAN_NOT_FOUND',
  PLAN_ITEM_NOT_FOUND = 'PLAN_ITEM_NOT_FOUND',
  PLAN_FORBIDDEN = 'PLAN_FORBIDDEN',
  PLAN_INVALID_STATE = 'PLAN_INVALID_STATE',
}

export class PlanException extends AppException<PlanExceptionCode> {
  constructor(code: PlanExceptionCode, message: string, extensions: Record<string, unknown> = {}) {
    super(code, message, extensions);
  }

  /** Same answer for "does not exist" and "you may not see it": existence is never disclosed. */
  static notFound(what = 'Plan'): PlanException {
    return new PlanException(what === 'Plan' ? PlanExceptionCode.PLAN_NOT_FOUND : PlanExceptionCode.PLAN_ITEM_NOT_FOUND, `${what} not found.`);
  }
}
