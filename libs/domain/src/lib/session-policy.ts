/** Session and sign-in rules (CJIS 5.5.3, 5.5.5; ASVS V7; docs/architecture.md#security-baseline). */
export const SESSION_POLICY = {
  idleTimeoutMinutes: 30,
  absoluteLifetimeHours: 12,
  tokenBytes: 32,
  lockoutThreshold: 5,
  lockoutWindowMinutes: 15,
  lockoutMinutes: 15,
} as const;

export function idleExpiry(now: Date, absoluteExpiry: Date): Date {
  const idle = new Date(now.getTime() + SESSION_POLICY.idleTimeoutMinutes * 60_000);
  return idle < absoluteExpiry ? idle : absoluteExpiry;
}

export function absoluteExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_POLICY.absoluteLifetimeHours * 3_600_000);
}

/**
 * What a restricted session may call (DESIGN.md section 8): one that must change its password
 * after an administrator's reset (`mustChangePassword`) or must enroll a second factor
 * (`restricted`). Every other operation is refused, over HTTP and WebSocket alike, by the API's
 * session guard. The enrollment operations are listed ahead of being served.
 */
export const RESTRICTED_SESSION_OPERATIONS: readonly string[] = [
  'me',
  'logout',
  'changePassword',
  'beginTotpEnrollment',
  'confirmTotpEnrollment',
  'beginPasskeyRegistration',
  'finishPasskeyRegistration',
];

/** Whether a session with these flags may run this root operation field. */
export function sessionMayCall(session: { mustChangePassword?: boolean; restricted?: boolean }, operation: string): boolean {
  if (!session.mustChangePassword && !session.restricted) return true;
  return RESTRICTED_SESSION_OPERATIONS.includes(operation);
}

/** Second factors (issue 15; CJIS 5.6.2.2): TOTP per RFC 6238 and single-use recovery codes. */
export const SECOND_FACTOR_POLICY = {
  totpDigits: 6,
  totpPeriodSeconds: 30,
  /** Codes of the step before and after the current one are accepted too (clock drift). */
  totpWindowSteps: 1,
  recoveryCodeCount: 10,
  /** A login challenge (the step between password and second factor) lives this long and is single use. */
  challengeMinutes: 5,
  /** An enrollment not confirmed within this time must start again. */
  enrollmentMinutes: 15,
} as const;

/** `JOINTOPS_MFA`: whether every account must have a second factor before it may do anything. */
export type MfaPolicy = 'required' | 'optional';

/** Signatures (DESIGN.md section 8: approve or reject, activate, finalize): the operations that need a recent proof of presence. */
export const SIGNATURE_OPERATIONS: readonly string[] = ['decideApproval', 'activatePlan', 'finalizeAfterActionReport'];

/** Whether a session that last proved its user's presence at `authenticatedAt` may sign now. */
export function signatureFresh(authenticatedAt: Date, now: Date, windowSeconds: number): boolean {
  const age = now.getTime() - authenticatedAt.getTime();
  return age >= -5_000 && age <= windowSeconds * 1000;
}

/** A recovery code as shown to the user (`abcd-efgh-jk`) and as compared: lower case, no separators. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}
