import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid, SECOND_FACTOR_POLICY } from '@jointops/domain';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import type { RequestMeta } from '../../core/graphql/gql-context';
import { APP_LOGGER } from '../../core/logging/logger';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { hashToken } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { ChallengeRepository } from './challenge.repository';
import type { Passkey } from './dto/passkey.type';
import { CHALLENGE_INVALID } from './mfa.service';
import { parseCredentialJson } from './passkey-verifier';
import { PasskeyRepository, type PasskeyListRow } from './passkey.repository';
import { RP_NAME, relyingPartyOfOrigin, type RelyingParty } from './relying-party';
import { SecurityLogService } from './security-log.service';
import { SessionRepository } from './session.repository';

/** A passkey's name: what its owner calls it ("Work laptop"), 1 to 60 characters. */
export const PASSKEY_NAME_MAX = 60;
/** The browser's registration response is a few kilobytes; anything far larger is not one. */
const RESPONSE_MAX = 65_536;
/** How long a ceremony's WebAuthn challenge is good for (the browser's own timeout too). */
const CEREMONY_MINUTES = SECOND_FACTOR_POLICY.challengeMinutes;

const NOT_VERIFIED = 'This passkey could not be set up. Start again; if it keeps failing, try another device or browser.';

function toPasskey(row: PasskeyListRow): Passkey {
  return { id: row.id, name: row.name, createdAt: new Date(row.created_at), lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null };
}

/** The WebAuthn user handle: the account's id as 16 bytes (opaque, no personal data). */
function userHandle(userId: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(userId.replace(/-/g, ''), 'hex'));
}

/**
 * Passkeys (WebAuthn, @simplewebauthn/server): registering one or more, listing and removing
 * them, and the options for signing in with one as the second factor and for re-authenticating.
 * Assertions are checked by PasskeyVerifier. Every ceremony is bound to the origin it was started
 * from (relying-party.ts).
 */
@Injectable()
export class PasskeyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passkeys: PasskeyRepository,
    private readonly challenges: ChallengeRepository,
    private readonly sessions: SessionRepository,
    private readonly securityLog: SecurityLogService,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async list(user: AuthenticatedUser): Promise<Passkey[]> {
    return (await this.passkeys.list(user.id)).map(toPasskey);
  }

  /** Registration options (JSON) for a new passkey of the caller; the challenge is the session's until finished or replaced. */
  async beginRegistration(user: AuthenticatedUser, rp: RelyingParty): Promise<string> {
    const existing = await this.passkeys.credentialsOf(user.id);
    const options = await generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: rp.id,
      userID: userHandle(user.id),
      userName: user.email,
      userDisplayName: user.displayName,
      timeout: CEREMONY_MINUTES * 60_000,
      attestationType: 'none',
      excludeCredentials: existing.map((passkey) => ({ id: passkey.credential_id, transports: passkey.transports as AuthenticatorTransport[] })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await this.challenges.createForSession('PASSKEY_REGISTRATION', user.id, user.sessionId, options.challenge, CEREMONY_MINUTES, rp.origin);
    return JSON.stringify(options);
  }

  /**
   * Stores the passkey from the browser's registration response, checked against the session's
   * pending registration challenge and its origin. Registering one proves a second factor for
   * this session (which lifts an enrollment restriction).
   */
  async finishRegistration(user: AuthenticatedUser, responseJson: string, name: string, meta: RequestMeta): Promise<Passkey> {
    const trimmed = (name ?? '').trim();
    if (trimmed.length === 0) throw ValidationException.of('name', 'Name this passkey, for example "Work laptop", so you can tell it apart later.');
    if (trimmed.length > PASSKEY_NAME_MAX) throw ValidationException.of('name', `Use at most ${PASSKEY_NAME_MAX} characters for the name.`);
    const response = (responseJson ?? '').length <= RESPONSE_MAX ? parseCredentialJson<RegistrationResponseJSON>(responseJson ?? '') : null;
    if (!response) throw ValidationException.of('response', 'This is not a passkey registration response.');
    const pending = await this.challenges.findForSession('PASSKEY_REGISTRATION', user.sessionId);
    const rp = relyingPartyOfOrigin(pending?.origin ?? null);
    if (!pending?.webauthn_challenge || !rp) throw ValidationException.of('response', 'No passkey set-up is under way (or it is older than 5 minutes). Start again.');

    let credential;
    try {
      const verification = await verifyRegistrationResponse({
        response,
        expectedChallenge: pending.webauthn_challenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        requireUserVerification: false,
      });
      if (!verification.verified) throw new Error('not verified');
      credential = verification.registrationInfo.credential;
    } catch (error) {
      this.logger.info({ userId: user.id, reason: (error as Error).message }, 'passkey registration refused');
      throw ValidationException.of('response', NOT_VERIFIED);
    }

    const row = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.passkeys.insert(manager, {
        userId: user.id,
        credentialId: credential.id,
        publicKey: credential.publicKey,
        counter: credential.counter,
        transports: credential.transports ?? response.response.transports ?? [],
        name: trimmed,
      });
      if (!inserted) throw ValidationException.of('response', 'This passkey is already registered.');
      if (!(await this.challenges.consume(pending.id, manager))) throw ValidationException.of('response', 'This set-up was finished or restarted elsewhere. Start again.');
      await this.securityLog.record(
        { type: 'PASSKEY_REGISTERED', userId: user.id, email: user.email, ip: meta.ip, requestId: meta.requestId, detail: { passkeyId: inserted.id, name: trimmed } },
        manager,
      );
      return inserted;
    });
    await this.sessions.proved(user.sessionId, true);
    return toPasskey(row);
  }

  /** Removes one of the caller's own passkeys; any other id is NOT_FOUND. */
  async remove(user: AuthenticatedUser, id: string, meta: RequestMeta): Promise<boolean> {
    const notFound = () => new AuthException(AuthExceptionCode.PASSKEY_NOT_FOUND, 'You have no passkey with this id.', { field: 'id' });
    if (!isUuid(id)) throw notFound();
    await this.dataSource.transaction(async (manager) => {
      const removed = await this.passkeys.remove(manager, user.id, id);
      if (!removed) throw notFound();
      await this.securityLog.record(
        { type: 'PASSKEY_REMOVED', userId: user.id, email: user.email, ip: meta.ip, requestId: meta.requestId, detail: { passkeyId: removed.id, name: removed.name } },
        manager,
      );
    });
    return true;
  }

  /**
   * For the holder of a LOGIN challenge (the second step of signing in): authentication options
   * (JSON) for the account's passkeys. The WebAuthn challenge is stored on the LOGIN challenge,
   * for completeLogin to check.
   */
  async loginOptions(challengeToken: string, rp: RelyingParty): Promise<string> {
    const challenge = challengeToken && challengeToken.length <= 128 ? await this.challenges.findLogin(hashToken(challengeToken)) : undefined;
    if (!challenge) throw new AuthException(AuthExceptionCode.CHALLENGE_INVALID, CHALLENGE_INVALID, { field: 'challenge' });
    const account = await this.sessions.findUser(challenge.user_id);
    if (!account || account.disabledAt) throw new AuthException(AuthExceptionCode.INVALID_CREDENTIALS, 'This account cannot sign in.');
    const options = await this.authenticationOptions(challenge.user_id, rp, 'challenge');
    await this.challenges.setWebauthnChallenge(challenge.id, options.challenge, rp.origin);
    return JSON.stringify(options);
  }

  /** Authentication options (JSON) for re-authenticating with one of the caller's passkeys; the challenge is the session's. */
  async reauthOptions(user: AuthenticatedUser, rp: RelyingParty): Promise<string> {
    const options = await this.authenticationOptions(user.id, rp, 'passkey');
    await this.challenges.createForSession('PASSKEY_REAUTH', user.id, user.sessionId, options.challenge, CEREMONY_MINUTES, rp.origin);
    return JSON.stringify(options);
  }

  private async authenticationOptions(userId: string, rp: RelyingParty, field: string) {
    const credentials = await this.passkeys.credentialsOf(userId);
    if (credentials.length === 0) throw ValidationException.of(field, 'This account has no passkey. Use a code from your authenticator app or a recovery code.');
    return generateAuthenticationOptions({
      rpID: rp.id,
      allowCredentials: credentials.map((passkey) => ({ id: passkey.credential_id, transports: passkey.transports as AuthenticatorTransport[] })),
      userVerification: 'preferred',
      timeout: CEREMONY_MINUTES * 60_000,
    });
  }
}
