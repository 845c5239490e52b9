import { Inject, Injectable } from '@nestjs/common';
import { LIMITS, SECOND_FACTOR_POLICY, SESSION_POLICY } from '@jointops/domain';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { coalescingLoader } from '../../core/dataloaders/coalescing-loader';
import { LiveBus } from '../../core/events/live-bus';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { User } from '../users/user.entity';
import { AuthException, AuthExceptionCode } from './auth.exception';
import type { AuthenticatedUser } from './authenticated-user';
import { LoginThrottleService, type SlotReservation } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';
import { ChallengeRepository } from './challenge.repository';
import { SecondFactorRepository } from './second-factor.repository';
import { SessionRepository, type LoginAccount, type SessionUserRow, type SignInMethod } from './session.repository';

/** What a first factor (a password, or an identity provider) established, for opening a session. */
export interface FirstFactor {
  userId: string;
  email: string;
  method: SignInMethod;
  /** The identity provider vouched for a second factor (an `amr` claim such as `mfa` or `otp`). */
  secondFactor: boolean;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
  /** The deployment requires a second factor and the account has none: the session may only enroll one. */
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
  /**
   * Session lookups are batched while one is in flight: 1,000 sockets reconnecting after a
   * restart, or a burst of requests, touch their sessions in a few statements, not one each.
   * Not a cache: every lookup reads the database, so a revoked session is refused at once.
   */
  private readonly touches = coalescingLoader<string, SessionUserRow | undefined>(async (hashes) => {
    const rows = await this.sessions.touchMany(hashes, this.config.sessionIdleSeconds);
    const byHash = new Map(rows.map((row) => [row.token_hash, row]));
    return hashes.map((hash) => byHash.get(hash));
  });

  constructor(
    private readonly sessions: SessionRepository,
    private readonly passwords: PasswordService,
    private readonly securityLog: SecurityLogService,
    private readonly throttle: LoginThrottleService,
    private readonly factors: SecondFactorRepository,
    private readonly challenges: ChallengeRepository,
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
      passwordOk = await this.passwords.verifyAccount(account, password ?? '');
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

    return this.afterFirstFactor({ userId: account.id, email, method: 'password', secondFactor: false }, meta);
  }

  /**
   * A first factor passed. An account with a second factor (unless the identity provider vouched
   * for one) gets a one-time challenge instead of a session: MFA_REQUIRED, with
   * `extensions.challenge`, and `completeLogin` finishes. Its earlier failures stay counted until
   * then, so a known password does not buy fresh guesses at the code. Otherwise a session opens,
   * restricted to enrollment when the deployment requires a second factor the account lacks.
   */
  async afterFirstFactor(first: FirstFactor, meta: RequestMeta): Promise<LoginResult> {
    const factors = await this.factors.factorsOf(first.userId);
    const hasSecondFactor = factors.totp || factors.passkeys > 0;
    if (hasSecondFactor && !first.secondFactor) {
      await this.throttle.release(first.email);
      const challenge = randomBytes(SESSION_POLICY.tokenBytes).toString('base64url');
      await this.challenges.createLogin(first.userId, hashToken(challenge), first.method, SECOND_FACTOR_POLICY.challengeMinutes);
      await this.securityLog.record({ type: 'MFA_CHALLENGED', userId: first.userId, email: first.email, ip: meta.ip, requestId: meta.requestId, detail: { method: first.method } });
      const methods = [...(factors.totp ? ['TOTP', 'RECOVERY_CODE'] : []), ...(factors.passkeys > 0 ? ['PASSKEY'] : [])];
      throw new AuthException(AuthExceptionCode.MFA_REQUIRED, 'Enter the code from your authenticator app, or use a passkey or a recovery code.', {
        challenge,
        methods,
        expiresInSeconds: SECOND_FACTOR_POLICY.challengeMinutes * 60,
      });
    }
    await this.throttle.succeed(first.email);
    const restricted = this.config.mfa === 'required' && !hasSecondFactor && !first.secondFactor;
    return this.openSession(first, meta, { secondFactor: first.secondFactor, restricted });
  }

  /** Opens a session for a user who proved who they are (the failures of their email are forgiven by the caller). */
  async openSession(first: Pick<FirstFactor, 'userId' | 'email' | 'method'>, meta: RequestMeta, proof: { secondFactor: boolean; restricted: boolean }): Promise<LoginResult> {
    const token = randomBytes(SESSION_POLICY.tokenBytes).toString('base64url');
    const session = await this.sessions.create({
      userId: first.userId,
      tokenHash: hashToken(token),
      idleSeconds: this.config.sessionIdleSeconds,
      absoluteHours: SESSION_POLICY.absoluteLifetimeHours,
      ip: meta.ip,
      userAgent: meta.userAgent,
      method: first.method,
      ...proof,
    });
    await this.securityLog.record({
      type: 'LOGIN_SUCCEEDED',
      userId: first.userId,
      email: first.email,
      ip: meta.ip,
      requestId: meta.requestId,
      detail: { sessionId: session.id, method: first.method, ...proof },
    });
    const user = (await this.sessions.findUser(first.userId)) as User;
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
      ...proof,
    };
    return { token, expiresAt, user, restricted: proof.restricted, mustChangePassword: user.mustChangePassword, authenticatedAt, caller };
  }

  /**
   * Resolves a bearer token to its user and slides the idle timeout, in one statement.
   * Null when the token is unknown, revoked, idle too long or past its absolute lifetime.
   */
  async authenticate(token: string): Promise<AuthenticatedUser | null> {
    if (!token || token.length > 128) return null;
    const row = await this.touches.load(hashToken(token));
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
      restricted: row.restricted,
      secondFactor: row.second_factor,
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
  async reserveSlot(email: string): Promise<SlotReservation> {
    let slot = await this.throttle.reserve(email);
    for (const waitMs of BUSY_RETRY_MS) {
      if (slot.kind !== 'busy') return slot;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      slot = await this.throttle.reserve(email);
    }
    return slot;
  }

  busyError(): AuthException {
    return new AuthException(AuthExceptionCode.ACCOUNT_LOCKED, 'Too many sign-in attempts for this account at once. Try again in a minute.', {
      retryAfterSeconds: 60,
    });
  }

  lockedError(lockedUntil: Date): AuthException {
    const retryAfterSeconds = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - Date.now()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return new AuthException(
      AuthExceptionCode.ACCOUNT_LOCKED,
      `Too many failed sign-in attempts. This account is locked; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds },
    );
  }
}
