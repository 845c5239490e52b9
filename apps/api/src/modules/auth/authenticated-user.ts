import type { Role } from '@jointops/domain';

/** Who is calling, as established by the session guard for one request or socket. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  sessionId: string;
  /** When the session ends if unused, after this request slid it forward. */
  sessionExpiresAt: Date;
  /** After an ADMIN reset: the session may do nothing but change the password (SessionGuard). Absent: false. */
  mustChangePassword?: boolean;
  /** When this session's user last proved who they are (sign-in). Absent outside a real session (seed). */
  authenticatedAt?: Date;
  /** The deployment requires a second factor and this account has none yet: only enrollment (SessionGuard). Absent: false. */
  restricted?: boolean;
  /** Whether this session's sign-in (or its latest re-authentication) used a second factor. Absent: false. */
  secondFactor?: boolean;
}
