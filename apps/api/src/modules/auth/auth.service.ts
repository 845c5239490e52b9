import { Inject, Injectable } from '@nestjs/common';
import { LIMITS, SESSION_POLICY } from '@jointops/domain';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { LiveBus } from '../../core/events/live-bus';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { User } from '../users/user.entity';
import { AuthException, AuthExceptionCode } from './auth.exception';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginThrottleService, type SlotReservation } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';
import { SessionRepository, type LoginAccount } from './session.repository';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
  /** No second factor is required yet: never restricted for enrollment. */
  restricted: boolean;
  mustChangePassword: boolean;
  authenticatedAt: Date;
  /** The new session's caller, for reading the payload's fields as the user who just signed in. */
  caller: AuthenticatedUser;
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
    private readonly sessions: SessionRepository,
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

    let account: LoginAccount | undefined;
    let passwordOk: boolean;
    try {
      account = await this.sessions.findAccount(email);
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
    const session = await this.sessions.create({
      userId: account.id,
      tokenHash: hashToken(token),
      idleSeconds: this.config.sessionIdleSeconds,
      absoluteHours: SESSION_POLICY.absoluteLifetimeHours,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    await this.securityLog.record({ type: 'LOGIN_SUCCEEDED', userId: account.id, email, ip: meta.ip, requestId: meta.requestId, detail: { sessionId: session.id } });
    const user = (await this.sessions.findUser(account.id)) as User;
    const expiresAt = new Date(session.idle_expires_at);
    const authenticatedAt = new Date(session.authenticated_at);
    const caller: AuthenticatedUser = {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      agencyId: user.agencyId,
      roles: user.roles,
      sessionId: session.id,
      sessionExpiresAt: expiresAt,
      mustChangePassword: user.mustChangePassword,
      authenticatedAt,
    };
    return { token, expiresAt, user, restricted: false, mustChangePassword: user.mustChangePassword, authenticatedAt, caller };
  }

  /**
   * Resolves a bearer token to its user and slides the idle timeout, in one statement.
   * Null when the token is unknown, revoked, idle too long or past its absolute lifetime.
   */
  async authenticate(token: string): Promise<AuthenticatedUser | null> {
    if (!token || token.length > 128) return null;
    const row = await this.sessions.touch(hashToken(token), this.config.sessionIdleSeconds);
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      agencyId: row.agency_id,
      roles: row.roles,
      sessionId: row.session_id,
      sessionExpiresAt: new Date(row.idle_expires_at),
      mustChangePassword: row.must_change_password,
      authenticatedAt: new Date(row.authenticated_at),
    };
  }

  /**
   * When each of these sessions runs out if unused, for those still usable, without sliding them
   * (for sockets: idle ones, and deliveries past the expiry they knew).
   */
  async sessionExpiries(sessionIds: readonly string[]): Promise<Map<string, Date>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await this.sessions.expiries(sessionIds);
    return new Map(rows.map((row) => [row.id, new Date(row.expires_at)]));
  }

  async logout(user: AuthenticatedUser, meta: RequestMeta): Promise<boolean> {
    await this.sessions.revoke(user.sessionId);
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
