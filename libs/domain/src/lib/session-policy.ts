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
