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
