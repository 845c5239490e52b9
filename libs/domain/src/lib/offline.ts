/**
 * Officers without signal (issue 19): what the web keeps on the device, and for how long, and the
 * client-generated keys that make a queued write safe to send twice. Used by the API (the
 * `clientKey` argument) and by the web (the offline copy and the write queue) alike.
 */
import { SESSION_POLICY } from './session-policy';

export const OFFLINE_POLICY = {
  /** A COMPLETED plan's offline copy is kept this long after completion, then cleared. */
  completedRetentionHours: 24,
  /** Client keys: letters, digits, `-` and `_` (a UUID fits). */
  clientKeyMinLength: 8,
  clientKeyMaxLength: 64,
  /** Below this much free quota the web refuses to queue more writes, and says so. */
  minimumFreeBytes: 1_000_000,
} as const;

const CLIENT_KEY = new RegExp(`^[A-Za-z0-9_-]{${OFFLINE_POLICY.clientKeyMinLength},${OFFLINE_POLICY.clientKeyMaxLength}}$`);

/** Why a client key is refused, or null when it is good. */
export function clientKeyProblem(key: string): string | null {
  return CLIENT_KEY.test(key)
    ? null
    : `A client key is ${OFFLINE_POLICY.clientKeyMinLength} to ${OFFLINE_POLICY.clientKeyMaxLength} letters, digits, "-" or "_".`;
}

/** The writes an officer may make offline; each carries a client key. */
export const OFFLINE_WRITES = ['logActivity', 'recordTimelineActuals', 'saveDebrief'] as const;
export type OfflineWrite = (typeof OFFLINE_WRITES)[number];

type Instant = Date | string | number;
const ms = (value: Instant): number => (value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value));

/** The 12-hour absolute end of a session that began at `createdAt` (idle timeouts do not count here). */
export function sessionAbsoluteEnd(createdAt: Instant): number {
  return ms(createdAt) + SESSION_POLICY.absoluteLifetimeHours * 3_600_000;
}

export interface OfflinePlanFacts {
  status: string;
  /** When the plan was completed (null while it has not been). */
  completedAt?: Instant | null;
}

/**
 * Whether a plan may have an offline copy now: ACTIVE, or COMPLETED less than 24 hours ago, and the
 * user holds a role assignment in it. Nothing else is kept on the device.
 */
export function offlineCopyAllowed(plan: OfflinePlanFacts, assigned: boolean, now: Instant): boolean {
  if (!assigned) return false;
  if (plan.status === 'ACTIVE') return true;
  if (plan.status !== 'COMPLETED' || plan.completedAt == null) return false;
  return ms(now) < ms(plan.completedAt) + OFFLINE_POLICY.completedRetentionHours * 3_600_000;
}

/**
 * When an offline copy must be gone: the session's absolute end, or 24 hours after the plan was
 * completed, whichever comes first. Sign-out clears every copy at once.
 */
export function offlineCopyExpiresAt(sessionEndsAt: Instant, completedAt?: Instant | null): number {
  const end = ms(sessionEndsAt);
  if (completedAt == null) return end;
  return Math.min(end, ms(completedAt) + OFFLINE_POLICY.completedRetentionHours * 3_600_000);
}
