import { ErrorCode } from '@jointops/domain';
import { AgencyExceptionCode } from '../../modules/agencies/agency.exception';
import { ApprovalExceptionCode } from '../../modules/approvals/approval.exception';
import { AuthExceptionCode } from '../../modules/auth/auth.exception';
import { PlanExceptionCode } from '../../modules/plans/plan.exception';
import { UserExceptionCode } from '../../modules/users/user.exception';
import type { ErrorCodeOf } from './app-exception';

/**
 * The one table from module exception codes to the contract's `extensions.code`.
 * A new module adds its codes here; TypeScript refuses a code left unmapped.
 */
const CORE: ErrorCodeOf<'INVALID_INPUT' | 'STALE_VERSION'> = {
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  STALE_VERSION: ErrorCode.CONFLICT,
};

const AUTH: ErrorCodeOf<AuthExceptionCode> = {
  [AuthExceptionCode.INVALID_CREDENTIALS]: ErrorCode.UNAUTHENTICATED,
  [AuthExceptionCode.ACCOUNT_LOCKED]: ErrorCode.RATE_LIMITED,
  [AuthExceptionCode.SESSION_REQUIRED]: ErrorCode.UNAUTHENTICATED,
  [AuthExceptionCode.SESSION_INVALID]: ErrorCode.UNAUTHENTICATED,
  [AuthExceptionCode.ROLE_REQUIRED]: ErrorCode.FORBIDDEN,
};

const AGENCY: ErrorCodeOf<AgencyExceptionCode> = {
  [AgencyExceptionCode.AGENCY_NOT_FOUND]: ErrorCode.NOT_FOUND,
};

const USER: ErrorCodeOf<UserExceptionCode> = {
  [UserExceptionCode.USER_NOT_FOUND]: ErrorCode.NOT_FOUND,
};

const PLAN: ErrorCodeOf<PlanExceptionCode> = {
  [PlanExceptionCode.PLAN_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [PlanExceptionCode.PLAN_ITEM_NOT_FOUND]: ErrorCode.NOT_FOUND,
  [PlanExceptionCode.PLAN_FORBIDDEN]: ErrorCode.FORBIDDEN,
  [PlanExceptionCode.PLAN_INVALID_STATE]: ErrorCode.INVALID_STATE,
};

const APPROVAL: ErrorCodeOf<ApprovalExceptionCode> = {
  [ApprovalExceptionCode.WRONG_REVISION]: ErrorCode.CONFLICT,
  [ApprovalExceptionCode.FOUR_EYES]: ErrorCode.FORBIDDEN,
  [ApprovalExceptionCode.NOT_READY]: ErrorCode.INVALID_STATE,
};

const ALL: Record<string, ErrorCode> = { ...CORE, ...AUTH, ...AGENCY, ...USER, ...PLAN, ...APPROVAL };

export function contractCodeFor(exceptionCode: string): ErrorCode {
  return ALL[exceptionCode] ?? ErrorCode.INTERNAL_SERVER_ERROR;
}
