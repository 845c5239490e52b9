import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Security-relevant events (CJIS 5.4 AU-2). The table refuses UPDATE and DELETE. */
export type SecurityEventType =
  | 'LOGIN_SUCCEEDED'
  | 'LOGIN_FAILED'
  | 'LOGIN_REFUSED_LOCKED'
  | 'ACCOUNT_LOCKED'
  | 'LOGOUT'
  | 'SESSION_REJECTED'
  | 'ACCESS_DENIED'
  | 'USER_CREATED'
  | 'ROLES_GRANTED'
  | 'AGENCY_CREATED'
  | 'USER_UPDATED'
  | 'USER_DISABLED'
  | 'USER_ENABLED'
  | 'CREDENTIALS_RESET'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_CHANGE_FAILED'
  | 'MFA_CHALLENGED'
  | 'MFA_FAILED'
  | 'TOTP_ENROLLED'
  | 'TOTP_ENROLLMENT_FAILED'
  | 'RECOVERY_CODE_USED'
  | 'PASSKEY_REGISTERED'
  | 'PASSKEY_REMOVED'
  | 'REAUTHENTICATED'
  | 'REAUTH_FAILED'
  | 'OIDC_LOGIN_FAILED';

export interface SecurityEventInput {
  type: SecurityEventType;
  userId?: string | null;
  email?: string | null;
  ip?: string | null;
  requestId?: string | null;
  detail?: Record<string, unknown>;
}

/** The security_events table (append only: it refuses UPDATE and DELETE). */
@Injectable()
export class SecurityLogRepository {
  async insert(manager: EntityManager, event: SecurityEventInput): Promise<void> {
    await manager.query(
      `INSERT INTO security_events (type, user_id, email, ip, request_id, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
      [event.type, event.userId ?? null, event.email ?? null, event.ip ?? null, event.requestId ?? null, JSON.stringify(event.detail ?? {})],
    );
  }
}
