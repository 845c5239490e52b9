import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS, Role, SESSION_POLICY } from '@jointops/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { LiveBus } from '../../core/events/live-bus';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { User } from '../users/user.entity';
import { AuthException, AuthExceptionCode } from './auth.exception';
import type { AuthenticatedUser } from './authenticated-user';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

interface ThrottleRow {
  failures: number;
  locked_until: Date | null;
}

const INVALID_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly securityLog: SecurityLogService,
    private readonly bus: LiveBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(rawEmail: string, password: string, meta: RequestMeta): Promise<LoginResult> {
    const email = (rawEmail ?? '').trim().toLowerCase();
    if (email.length === 0 || email.length > LIMITS.emailMax || (password ?? '').length > LIMITS.passwordMax) {
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS_MESSAGE);
    }

    const lockedUntil = await this.lockedUntil(email);
    if (lockedUntil) {
      await this.securityLog.record({ type: 'LOGIN_REFUSED_LOCKED', email, ip: meta.ip, requestId: meta.requestId });
      throw this.lockedError(lockedUntil);
    }

    const rows: Array<{ id: string; password_hash: string; disabled_at: Date | null }> = await this.dataSource.query(
      `SELECT id, password_hash, disabled_at FROM users WHERE lower(email) = $1`,
      [email],
    );
    const account = rows[0];
    const passwordOk = await this.passwords.verify(account?.password_hash ?? null, password ?? '');

    if (!account || !passwordOk || account.disabled_at) {
      const throttle = await this.recordFailure(email);
      await this.securityLog.record({
        type: 'LOGIN_FAILED',
        userId: account?.id ?? null,
        email,
        ip: meta.ip,
        requestId: meta.requestId,
        detail: { failures: throttle.failures, knownAccount: Boolean(account) },
      });
      if (throttle.locked_until) {
        await this.securityLog.record({ type: 'ACCOUNT_LOCKED', userId: account?.id ?? null, email, ip: meta.ip, requestId: meta.requestId });
        throw this.lockedError(throttle.locked_until);
      }
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS_MESSAGE);
    }

    await this.dataSource.query(`DELETE FROM login_throttle WHERE email = $1`, [email]);
    const token = randomBytes(SESSION_POLICY.tokenBytes).toString('base64url');
    const [session]: Array<{ id: string; idle_expires_at: Date }> = await this.dataSource.query(
      `INSERT INTO sessions (user_id, token_hash, idle_expires_at, absolute_expires_at, ip, user_agent)
       VALUES ($1, $2, now() + make_interval(secs => $3), now() + make_interval(hours => $4), $5, $6)
       RETURNING id, idle_expires_at`,
      [account.id, hashToken(token), this.config.sessionIdleSeconds, SESSION_POLICY.absoluteLifetimeHours, meta.ip, meta.userAgent],
    );
    await this.securityLog.record({ type: 'LOGIN_SUCCEEDED', userId: account.id, email, ip: meta.ip, requestId: meta.requestId, detail: { sessionId: session.id } });
    const user = (await this.dataSource.getRepository(User).findOneBy({ id: account.id })) as User;
    return { token, expiresAt: new Date(session.idle_expires_at), user };
  }

  /**
   * Resolves a bearer token to its user and slides the idle timeout, in one statement.
   * Null when the token is unknown, revoked, idle too long or past its absolute lifetime.
   */
  async authenticate(token: string): Promise<AuthenticatedUser | null> {
    if (!token || token.length > 128) return null;
    const rows: Array<{
      session_id: string;
      idle_expires_at: Date;
      id: string;
      email: string;
      display_name: string;
      agency_id: string;
      roles: Role[];
    }> = await this.dataSource.query(
      `WITH touched AS (
         UPDATE sessions
            SET last_seen_at = now(),
                idle_expires_at = LEAST(now() + make_interval(secs => $2), absolute_expires_at)
          WHERE token_hash = $1 AND revoked_at IS NULL AND idle_expires_at > now() AND absolute_expires_at > now()
          RETURNING id, user_id, idle_expires_at)
       SELECT t.id AS session_id, t.idle_expires_at, u.id, u.email, u.display_name, u.agency_id, u.roles
         FROM touched t JOIN users u ON u.id = t.user_id
        WHERE u.disabled_at IS NULL`,
      [hashToken(token), this.config.sessionIdleSeconds],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      agencyId: row.agency_id,
      roles: row.roles,
      sessionId: row.session_id,
      sessionExpiresAt: new Date(row.idle_expires_at),
    };
  }

  /**
   * When each of these sessions runs out if unused, for those still usable, without sliding them
   * (for sockets: idle ones, and deliveries past the expiry they knew).
   */
  async sessionExpiries(sessionIds: readonly string[]): Promise<Map<string, Date>> {
    if (sessionIds.length === 0) return new Map();
    const rows: Array<{ id: string; expires_at: Date }> = await this.dataSource.query(
      `SELECT id, LEAST(idle_expires_at, absolute_expires_at) AS expires_at FROM sessions
        WHERE id = ANY($1) AND revoked_at IS NULL AND idle_expires_at > now() AND absolute_expires_at > now()`,
      [[...sessionIds]],
    );
    return new Map(rows.map((row) => [row.id, new Date(row.expires_at)]));
  }

  async logout(user: AuthenticatedUser, meta: RequestMeta): Promise<boolean> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [user.sessionId]);
    await this.securityLog.record({ type: 'LOGOUT', userId: user.id, email: user.email, ip: meta.ip, requestId: meta.requestId, detail: { sessionId: user.sessionId } });
    // Every instance closes this session's sockets and ends its streams.
    this.bus.publish({ kind: 'session-revoked', sessionId: user.sessionId });
    return true;
  }

  private async lockedUntil(email: string): Promise<Date | null> {
    const rows: ThrottleRow[] = await this.dataSource.query(
      `SELECT failures, locked_until FROM login_throttle WHERE email = $1 AND locked_until > now()`,
      [email],
    );
    return rows[0]?.locked_until ?? null;
  }

  /**
   * Counts a failure in the current 15-minute window (atomically, so parallel guesses all count)
   * and locks the email for 15 minutes on the fifth. Keyed by email, known or not, so the
   * lockout does not reveal which accounts exist.
   */
  private async recordFailure(email: string): Promise<ThrottleRow> {
    const rows: ThrottleRow[] = await this.dataSource.query(
      `INSERT INTO login_throttle AS t (email, failures, window_started_at)
       VALUES ($1, 1, now())
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE WHEN t.window_started_at <= now() - make_interval(mins => $2) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(mins => $2) THEN now() ELSE t.window_started_at END,
         locked_until = CASE
           WHEN t.window_started_at > now() - make_interval(mins => $2) AND t.failures + 1 >= $3 THEN now() + make_interval(mins => $4)
           ELSE t.locked_until END
       RETURNING failures, CASE WHEN locked_until > now() THEN locked_until END AS locked_until`,
      [email, SESSION_POLICY.lockoutWindowMinutes, SESSION_POLICY.lockoutThreshold, SESSION_POLICY.lockoutMinutes],
    );
    return rows[0];
  }

  private lockedError(lockedUntil: Date): AuthException {
    const retryAfterSeconds = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - Date.now()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return new AuthException(
      AuthExceptionCode.ACCOUNT_LOCKED,
      `Too many failed sign-in attempts. This account is locked; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds },
    );
  }
}
