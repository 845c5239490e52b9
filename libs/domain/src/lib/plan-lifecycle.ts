import { enumOf, type EnumValue } from './enums';
import { ApprovalStatus } from './plan-content';

/** The plan lifecycle (docs/architecture.md#plan-lifecycle-and-readiness), as data, so the API and the web app agree. */
export const PlanStatus = enumOf('DRAFT', 'IN_REVIEW', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CLOSED', 'CANCELLED');
export type PlanStatus = EnumValue<typeof PlanStatus>;
export const PLAN_STATUSES: readonly PlanStatus[] = Object.values(PlanStatus);

export const PlanAction = enumOf('SUBMIT', 'APPROVE_ALL', 'REJECT', 'CONTENT_CHANGE', 'ACTIVATE', 'COMPLETE', 'FINALIZE', 'CANCEL');
export type PlanAction = EnumValue<typeof PlanAction>;

const TRANSITIONS: Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>> = {
  DRAFT: { SUBMIT: 'IN_REVIEW', CONTENT_CHANGE: 'DRAFT', CANCEL: 'CANCELLED' },
  IN_REVIEW: { APPROVE_ALL: 'APPROVED', REJECT: 'DRAFT', CONTENT_CHANGE: 'IN_REVIEW', CANCEL: 'CANCELLED' },
  APPROVED: { ACTIVATE: 'ACTIVE', CONTENT_CHANGE: 'IN_REVIEW', CANCEL: 'CANCELLED' },
  ACTIVE: { COMPLETE: 'COMPLETED' },
  COMPLETED: { FINALIZE: 'CLOSED' },
  CLOSED: {},
  CANCELLED: {},
};

/** The status after `action`, or null when the lifecycle does not allow it from `status`. */
export function nextStatus(status: PlanStatus, action: PlanAction): PlanStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

export function canEditContent(status: PlanStatus): boolean {
  return nextStatus(status, PlanAction.CONTENT_CHANGE) !== null;
}

/** Whether a content change in this status voids given approvals. */
export function contentChangeVoidsApprovals(status: PlanStatus): boolean {
  return status === PlanStatus.IN_REVIEW || status === PlanStatus.APPROVED;
}

/**
 * The sign-offs a content change made now would void: the APPROVED approvals, when the plan's
 * status voids them (IN_REVIEW, APPROVED). The API turns exactly these STALE; the web names
 * them before the edit is sent.
 */
export function approvalsVoidedByContentChange<A extends { status: string }>(status: PlanStatus, approvals: readonly A[]): A[] {
  return contentChangeVoidsApprovals(status) ? approvals.filter((approval) => approval.status === ApprovalStatus.APPROVED) : [];
}

export function isReadOnly(status: PlanStatus): boolean {
  return status === PlanStatus.CLOSED || status === PlanStatus.CANCELLED;
}

/**
 * What stays open once content is frozen, and the decisions of a review: the statuses in which
 * each is taken. Content follows `canEditContent`, lifecycle steps follow `nextStatus`.
 */
export const OPEN_WHILE = {
  /** Approve or reject. */
  decisions: [PlanStatus.IN_REVIEW],
  activityLog: [PlanStatus.ACTIVE],
  /** Actual start and end times of timeline events. */
  actuals: [PlanStatus.ACTIVE, PlanStatus.COMPLETED],
  debriefs: [PlanStatus.ACTIVE, PlanStatus.COMPLETED],
  /** Drafting, editing and finalizing the after-action report. */
  report: [PlanStatus.COMPLETED],
  /** Adding corrective actions (updating them stays open for good). */
  correctiveActions: [PlanStatus.COMPLETED, PlanStatus.CLOSED],
} as const satisfies Record<string, readonly PlanStatus[]>;
export type OpenWhile = keyof typeof OPEN_WHILE;

export function isOpenFor(part: OpenWhile, status: PlanStatus): boolean {
  return (OPEN_WHILE[part] as readonly PlanStatus[]).includes(status);
}
