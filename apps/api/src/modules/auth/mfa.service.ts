import { Injectable } from '@nestjs/common';
import { LIMITS } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { AuthService, hashToken, type LoginResult } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { ChallengeRepository } from './challenge.repository';
import { LoginThrottleService } from './login-throttle.service';
import { PasskeyVerifier } from './passkey-verifier';
import { PasswordService } from './password.service';
import { SecondFactorRepository } from './second-factor.repository';
import { SecurityLogService } from './security-log.service';
import { SessionRepository } from './session.repository';
import { TotpService } from './totp.service';

/** The proof a caller offers as a second factor: a code (TOTP or recovery) or a passkey assertion (JSON). */
export interface SecondFactorProof {
  code?: string | null;
  passkeyAssertion?: string | null;
}

export const CHALLENGE_INVALID = 'This sign-in step has expired or was already used. Sign in again.';

/**
 * The second step of signing in (`completeLogin`) and proving presence again before a signature
 * (`reauthenticate`). Failed codes count toward the same lockout as passwords; the lock decision
 * and the attempt record are one step taken before anything is checked.
 */
@Injectable()
export class MfaService {
  constructor(
    private readonly auth: AuthService,
    private readonly challenges: ChallengeRepository,
    private readonly factors: SecondFactorRepository,
    private readonly totp: TotpService,
    private readonly passkeys: PasskeyVerifier,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionRepository,
    private readonly throttle: LoginThrottleService,
    private readonly securityLog: SecurityLogService,
  ) {}

  async completeLogin(challengeToken: string, proof: SecondFactorProof, meta: RequestMeta): Promise<LoginResult> {
    const challenge = challengeToken && challengeToken.length <= 128 ? await this.challenges.findLogin(hashToken(challengeToken)) : undefined;
    if (!challenge) throw new AuthException(AuthExceptionCode.CHALLENGE_INVALID, CHALLENGE_INVALID, { field: 'challenge' });
    requireOneProof(proof);
    const account = await this.sessions.findUser(challenge.user_id);
    if (!account || account.disabledAt) throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, 'This account cannot sign in.');
    const email = account.email.toLowerCase();

    const used = await this.checkCounted(email, account.id, meta, () => this.verify(account.id, proof, (assertion) => this.passkeys.verifyLogin(challenge, assertion)));
    // Single use: of two requests with the same valid challenge, only one signs in.
    if (!(await this.challenges.consume(challenge.id))) throw new AuthException(AuthExceptionCode.CHALLENGE_INVALID, CHALLENGE_INVALID, { field: 'challenge' });
    await this.throttle.succeed(email);
    if (used === 'recovery') await this.recoveryUsed(account.id, email, meta);
    return this.auth.openSession({ userId: account.id, email, method: challenge.method }, meta, { secondFactor: true, restricted: false });
  }

  /**
   * The caller proves presence again: their password and, when the account has a second factor,
   * a code or a passkey. Restarts the session's signature window.
   */
  async reauthenticate(user: AuthenticatedUser, password: string, proof: SecondFactorProof, meta: RequestMeta): Promise<{ authenticatedAt: Date; expiresAt: Date; secondFactor: boolean }> {
    if ((password ?? '').length === 0 || password.length > LIMITS.passwordMax) throw ValidationException.of('password', 'Enter your password.');
    const factors = await this.factors.factorsOf(user.id);
    const hasSecondFactor = factors.totp || factors.passkeys > 0;
    if (hasSecondFactor) requireOneProof(proof);
    const email = user.email.toLowerCase();
    const used = await this.checkCounted(email, user.id, meta, async () => {
      const account = await this.sessions.findAccountById(user.id);
      if (!account || account.disabled_at || !(await this.passwords.verifyAccount(account, password))) return { field: 'password', message: 'That password is not correct.' };
      if (!hasSecondFactor) return 'password';
      return this.verify(user.id, proof, (assertion) => this.passkeys.verifyReauth(user, assertion));
    });
    if (used === 'recovery') await this.recoveryUsed(user.id, email, meta);
    const proved = await this.sessions.proved(user.sessionId, used !== 'password');
    if (!proved) throw new AuthException(AuthExceptionCode.SESSION_INVALID, 'Your session has expired or was ended. Sign in again.');
    await this.securityLog.record({ type: 'REAUTHENTICATED', userId: user.id, email, ip: meta.ip, requestId: meta.requestId, detail: { sessionId: user.sessionId, with: used } });
    return { authenticatedAt: new Date(proved.authenticated_at), expiresAt: new Date(proved.idle_expires_at), secondFactor: used !== 'password' };
  }

  /**
   * Runs a check under the email's lockout: refused while locked; a failure counts (and may lock),
   * answered as a BAD_USER_INPUT on the field it names.
   */
  private async checkCounted<T extends string>(email: string, userId: string, meta: RequestMeta, check: () => Promise<T | { field: string; message: string }>): Promise<T> {
    const slot = await this.auth.reserveSlot(email);
    if (slot.kind !== 'granted') {
      await this.securityLog.record({ type: 'LOGIN_REFUSED_LOCKED', userId, email, ip: meta.ip, requestId: meta.requestId, detail: { step: 'second factor' } });
      throw slot.kind === 'locked' ? this.auth.lockedError(slot.lockedUntil) : this.auth.busyError();
    }
    let outcome: T | { field: string; message: string };
    try {
      outcome = await check();
    } catch (error) {
      await this.throttle.release(email);
      throw error;
    }
    if (typeof outcome === 'string') {
      await this.throttle.release(email);
      return outcome;
    }
    const failure = await this.throttle.fail(email);
    await this.securityLog.record({ type: 'MFA_FAILED', userId, email, ip: meta.ip, requestId: meta.requestId, detail: { field: outcome.field, failures: failure.failures } });
    if (failure.lockedUntil) {
      await this.securityLog.record({ type: 'ACCOUNT_LOCKED', userId, email, ip: meta.ip, requestId: meta.requestId });
      throw this.auth.lockedError(failure.lockedUntil);
    }
    throw ValidationException.of(outcome.field, outcome.message);
  }

  /** A code (TOTP or recovery) of the account, or a passkey assertion checked by `passkeyOk`. */
  private async verify(userId: string, proof: SecondFactorProof, passkeyOk: (assertion: string) => Promise<boolean>): Promise<'totp' | 'recovery' | 'passkey' | { field: string; message: string }> {
    if (proof.passkeyAssertion) {
      return (await passkeyOk(proof.passkeyAssertion)) ? 'passkey' : { field: 'passkeyAssertion', message: 'That passkey could not be verified. Try again, or use a code.' };
    }
    return (await this.totp.verify(userId, proof.code ?? '')) ?? invalidCode();
  }

  private async recoveryUsed(userId: string, email: string, meta: RequestMeta): Promise<void> {
    await this.securityLog.record({ type: 'RECOVERY_CODE_USED', userId, email, ip: meta.ip, requestId: meta.requestId, detail: { left: await this.factors.unusedRecoveryCodes(userId) } });
  }
}

function invalidCode(): { field: string; message: string } {
  return { field: 'code', message: 'That code is not valid (a code is accepted once). Enter the current code from your app, or a recovery code.' };
}

/** Exactly one of a code and a passkey assertion. */
function requireOneProof(proof: SecondFactorProof): void {
  const code = (proof.code ?? '').trim();
  const assertion = (proof.passkeyAssertion ?? '').trim();
  if (!code && !assertion) throw ValidationException.of('code', 'Enter the code from your authenticator app or a recovery code, or use a passkey.');
  if (code && assertion) throw ValidationException.of('code', 'Give either a code or a passkey, not both.');
  if (code.length > 32) throw ValidationException.of('code', 'That code is too long.');
  if (assertion.length > 16_384) throw ValidationException.of('passkeyAssertion', 'That passkey response is too large.');
}
