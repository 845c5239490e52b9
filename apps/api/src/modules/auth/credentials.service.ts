import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import { violationsOf } from '@jointops/domain';
import { changePasswordMessages, changePasswordSchema } from '@jointops/domain/passwords';
import { DataSource, type EntityManager } from 'typeorm';
import { LiveBus } from '../../core/events/live-bus';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { AuthException, AuthExceptionCode } from './auth.exception';
import type { AuthenticatedUser } from './authenticated-user';
import { CredentialsRepository } from './credentials.repository';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SecurityLogService } from './security-log.service';
import { SecondFactorRepository } from './second-factor.repository';
import { SessionRepository } from './session.repository';

/**
 * Passwords after sign-in and the sessions they end: a user changing their own password, an
 * administrator's reset, and ending or refreshing all of one user's sessions (which close their
 * sockets on every instance).
 */
@Injectable()
export class CredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: CredentialsRepository,
    private readonly sessions: SessionRepository,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly securityLog: SecurityLogService,
    private readonly bus: LiveBus,
    private readonly factors: SecondFactorRepository,
  ) {}

  /**
   * changePassword: the current password must be right (a wrong one counts toward the email's
   * lockout, as at sign-in), the new one follows the policy and differs. Ends the user's other
   * sessions and lifts "must change password"; this session goes on.
   */
  async changePassword(user: AuthenticatedUser, currentPassword: string, newPassword: string, meta: RequestMeta): Promise<boolean> {
    // After a reset, the current password is the one-time one (its messages say so).
    const oneTime = user.mustChangePassword === true;
    ValidationException.throwIfAny(violationsOf(changePasswordSchema(oneTime), { currentPassword, newPassword }));
    const email = user.email.toLowerCase();
    const slot = await this.throttle.reserve(email);
    if (slot.kind !== 'granted') {
      await this.securityLog.record({ type: 'LOGIN_REFUSED_LOCKED', userId: user.id, email, ip: meta.ip, requestId: meta.requestId, detail: { operation: 'changePassword' } });
      throw new AuthException(AuthExceptionCode.ACCOUNT_LOCKED, 'Too many wrong passwords. Try again in 15 minutes.', { retryAfterSeconds: 900 });
    }

    let ended: string[] = [];
    try {
      const changed = await this.dataSource.transaction(async (manager) => {
        const hash = await this.credentials.lockPasswordHash(manager, user.id);
        const account = hash === undefined ? undefined : { password_hash: hash, must_change_password: oneTime };
        if (!(await this.passwords.verifyAccount(account, currentPassword))) return false;
        await this.credentials.setPassword(manager, user.id, await this.passwords.hash(newPassword), false);
        ended = await this.sessions.revokeAllOf(manager, user.id, user.sessionId);
        await this.securityLog.record(
          { type: 'PASSWORD_CHANGED', userId: user.id, email, ip: meta.ip, requestId: meta.requestId, detail: { sessionId: user.sessionId, endedSessions: ended.length } },
          manager,
        );
        return true;
      });
      if (!changed) {
        const failure = await this.throttle.fail(email);
        await this.securityLog.record({ type: 'PASSWORD_CHANGE_FAILED', userId: user.id, email, ip: meta.ip, requestId: meta.requestId, detail: { failures: failure.failures } });
        throw ValidationException.of('currentPassword', changePasswordMessages(oneTime).currentWrong);
      }
      await this.throttle.succeed(email);
    } catch (error) {
      if (!(error instanceof ValidationException)) await this.throttle.release(email);
      throw error;
    }
    this.announceEnded(ended);
    return true;
  }

  /** An administrator's reset: the one-time password, to be changed at the next sign-in; the user's sessions end. Answers the ended sessions. */
  async setTemporaryPassword(manager: EntityManager, userId: string, temporaryPassword: string): Promise<string[]> {
    await this.credentials.setPassword(manager, userId, await this.passwords.hashOneTime(temporaryPassword), true);
    // The user may have lost their device: the reset clears every second factor (they enroll again).
    await this.factors.clearAll(manager, userId);
    return this.sessions.revokeAllOf(manager, userId);
  }

  /** Ends every session of the user in the caller's transaction; call `announceEnded` once it committed. */
  endSessionsOf(manager: EntityManager, userId: string): Promise<string[]> {
    return this.sessions.revokeAllOf(manager, userId);
  }

  /** Every instance closes these sessions' sockets and ends their streams. */
  announceEnded(sessionIds: readonly string[]): void {
    for (const sessionId of sessionIds) this.bus.publish({ kind: 'session-revoked', sessionId });
  }

  /**
   * The user's agency or roles changed. HTTP requests read them per request already; open sockets
   * are closed with a code the client retries, so their subscriptions are authorized afresh.
   */
  async announceAccessChanged(userId: string): Promise<void> {
    for (const sessionId of await this.sessions.liveIdsOf(userId)) this.bus.publish({ kind: 'session-access-changed', sessionId });
  }
}
