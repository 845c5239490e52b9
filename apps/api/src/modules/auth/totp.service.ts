import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeRecoveryCode, SECOND_FACTOR_POLICY } from '@jointops/domain';
import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { toString as qrSvg } from 'qrcode';
import { DataSource } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import type { RequestMeta } from '../../core/graphql/gql-context';
import type { AuthenticatedUser } from './authenticated-user';
import type { RecoveryCodes, TotpEnrollment } from './dto/second-factor.types';
import { SecondFactorRepository } from './second-factor.repository';
import { SecurityLogService } from './security-log.service';
import { SessionRepository } from './session.repository';

/** What a second-factor code turned out to be. */
export type CodeKind = 'totp' | 'recovery';

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const TOTP_CODE = /^\d{6}$/;

function totpFor(secret: string, label = 'JointOps'): TOTP {
  return new TOTP({
    issuer: 'JointOps',
    label,
    algorithm: 'SHA1',
    digits: SECOND_FACTOR_POLICY.totpDigits,
    period: SECOND_FACTOR_POLICY.totpPeriodSeconds,
    secret: Secret.fromBase32(secret),
  });
}

/** The time step whose code this is, if it is one of the accepted window around now. */
function stepOf(secret: string, code: string): number | null {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, window: SECOND_FACTOR_POLICY.totpWindowSteps });
  return delta === null ? null : totp.counter() + delta;
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** TOTP (RFC 6238) enrollment and codes, and the recovery codes that come with it. */
@Injectable()
export class TotpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly factors: SecondFactorRepository,
    private readonly sessions: SessionRepository,
    private readonly securityLog: SecurityLogService,
  ) {}

  /** A new secret for the caller, pending until confirmed; an earlier confirmed one stays in force until then. */
  async begin(user: AuthenticatedUser): Promise<TotpEnrollment> {
    const secret = new Secret({ size: 20 }).base32;
    await this.factors.startEnrollment(user.id, secret);
    const otpauthUri = totpFor(secret, user.email).toString();
    return { secret, otpauthUri, qrSvg: await qrSvg(otpauthUri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
  }

  /**
   * Confirms the pending enrollment with a current code: the secret becomes the account's, ten new
   * recovery codes replace any earlier ones, and this session counts as signed in with a second
   * factor (which lifts an enrollment restriction).
   */
  async confirm(user: AuthenticatedUser, code: string, meta: RequestMeta): Promise<RecoveryCodes> {
    const trimmed = (code ?? '').replace(/\s/g, '');
    if (!TOTP_CODE.test(trimmed)) throw ValidationException.of('code', 'Enter the 6-digit code your authenticator app shows.');
    const row = await this.factors.totpOf(user.id);
    const pendingSince = row?.pending_since ? new Date(row.pending_since).getTime() : 0;
    if (!row?.pending_secret || Date.now() - pendingSince > SECOND_FACTOR_POLICY.enrollmentMinutes * 60_000) {
      throw ValidationException.of('code', 'There is no set-up under way (or it is older than 15 minutes). Start again.');
    }
    const step = stepOf(row.pending_secret, trimmed);
    if (step === null) {
      await this.securityLog.record({ type: 'TOTP_ENROLLMENT_FAILED', userId: user.id, email: user.email, ip: meta.ip, requestId: meta.requestId });
      throw ValidationException.of('code', 'That code does not match. Check the time on your device and enter the current code.');
    }
    const codes = Array.from({ length: SECOND_FACTOR_POLICY.recoveryCodeCount }, newRecoveryCode);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.factors.confirmEnrollment(manager, user.id, row.pending_secret as string, step))) {
        throw ValidationException.of('code', 'The set-up was restarted elsewhere. Enter a code for the newest one.');
      }
      await this.factors.replaceRecoveryCodes(manager, user.id, codes.map(hashRecoveryCode));
      await this.securityLog.record({ type: 'TOTP_ENROLLED', userId: user.id, email: user.email, ip: meta.ip, requestId: meta.requestId }, manager);
    });
    await this.sessions.proved(user.sessionId, true);
    return { codes };
  }

  /**
   * Checks a second-factor code of the account: a current TOTP code (accepted once: a replay, or
   * a code older than one already used, is refused) or an unused recovery code (used up).
   * Null when it is neither.
   */
  async verify(userId: string, code: string): Promise<CodeKind | null> {
    const trimmed = (code ?? '').replace(/\s/g, '');
    if (TOTP_CODE.test(trimmed)) {
      const row = await this.factors.totpOf(userId);
      if (!row?.secret) return null;
      const step = stepOf(row.secret, trimmed);
      return step !== null && (await this.factors.acceptStep(userId, step)) ? 'totp' : null;
    }
    const normalized = normalizeRecoveryCode(trimmed);
    if (normalized.length !== 10 || trimmed.length > 20) return null;
    return (await this.factors.useRecoveryCode(userId, hashRecoveryCode(normalized))) ? 'recovery' : null;
  }
}
