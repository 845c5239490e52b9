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
import { LoginThrottleService, type SlotReservation } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/** Back-off while an email's attempt slots are all taken by checks under way. */
const BUSY_RETRY_MS = [50, 100, 200, 400, 800, 1600];

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
    private readonly throttle: LoginThrottleService,
    private readonly bus: LiveBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(rawEmail: string, password: string, meta: RequestMeta): Promise<LoginResult> {
    const email = (rawEmail ?? '').trim().toLowerCase();
    if (email.length === 0 || email.length > LIMITS.emailMax || (password ?? '').length > LIMITS.passwordMax) {
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS_MESSAGE);
    }

    // The lockout is decided, and the attempt recorded, before any password is checked.
    const slot = await this.reserveSlot(email);
    if (slot.kind !== 'granted') {
      await this.securityLog.record({
        type: 'LOGIN_REFUSED_LOCKED',
        email,
        ip: meta.ip,
        requestId: meta.requestId,
        detail: slot.kind === 'busy' ? { attemptsInProgress: true } : {},
      });
      throw slot.kind === 'locked' ? this.lockedError(slot.lockedUntil) : this.busyError();
    }

    let account: { id: string; password_hash: string; disabled_at: Date | null } | undefined;
    let passwordOk: boolean;
    try {
      [account] = await this.dataSource.query(`SELECT id, password_hash, disabled_at FROM users WHERE lower(email) = $1`, [email]);
      passwordOk = await this.passwords.verify(account?.password_hash ?? null, password ?? '');
    } catch (error) {
      await this.throttle.release(email);
      throw error;
    }

    if (!account || !passwordOk || account.disabled_at) {
      const failure = await this.throttle.fail(email);
      await this.securityLog.record({
        type: 'LOGIN_FAILED',
        userId: account?.id ?? null,
        email,
        ip: meta.ip,
        requestId: meta.requestId,
        detail: { failures: failure.failures, knownAccount: Boolean(account) },
      });
      if (failure.lockedUntil) {
        await this.securityLog.record({ type: 'ACCOUNT_LOCKED', userId: account?.id ?? null, email, ip: meta.ip, requestId: meta.requestId });
        throw this.lockedError(failure.lockedUntil);
      }
      throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS_MESSAGE);
    }

    await this.throttle.succeed(email);
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

  /**
   * A slot, or the reason there is none. While every slot is taken by checks under way, waits a
   * little (about 3 s in all) for them to end: the email is then locked, or a slot is free again.
   * The waits do not hold a database connection.
   */
  private async reserveSlot(email: string): Promise<SlotReservation> {
    let slot = await this.throttle.reserve(email);
    for (const waitMs of BUSY_RETRY_MS) {
      if (slot.kind !== 'busy') return slot;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      slot = await this.throttle.reserve(email);
    }
    return slot;
  }

  private busyError(): AuthException {
    return new AuthException(AuthExceptionCode.ACCOUNT_LOCKED, 'Too many sign-in attempts for this account at once. Try again in a minute.', {
      retryAfterSeconds: 60,
    });
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
