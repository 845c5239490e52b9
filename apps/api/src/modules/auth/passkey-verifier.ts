import { Inject, Injectable } from '@nestjs/common';
import { verifyAuthenticationResponse, type AuthenticationResponseJSON, type AuthenticatorTransport } from '@simplewebauthn/server';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../../core/logging/logger';
import type { AuthenticatedUser } from './authenticated-user';
import { ChallengeRepository, type ChallengeRow } from './challenge.repository';
import { PasskeyRepository } from './passkey.repository';
import { relyingPartyOfOrigin } from './relying-party';

/** The browser's JSON, parsed; null when it is not a WebAuthn response object at all. */
export function parseCredentialJson<T extends { id: string; rawId: string; type: string; response: object }>(json: string): T | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<T>;
  const ok =
    typeof candidate.id === 'string' &&
    candidate.id.length > 0 &&
    candidate.id.length <= 1024 &&
    typeof candidate.rawId === 'string' &&
    candidate.type === 'public-key' &&
    typeof candidate.response === 'object' &&
    candidate.response !== null;
  return ok ? (value as T) : null;
}

/**
 * Checks passkey assertions (WebAuthn authentication responses, @simplewebauthn/server) for the
 * second step of signing in and for re-authentication: against the account's own stored public
 * key and signature counter (a credential of another account never verifies), the WebAuthn
 * challenge issued for this step (each used for one verification), and the origin and relying
 * party ID it was issued to. A verified use records the new counter and the time.
 */
@Injectable()
export class PasskeyVerifier {
  constructor(
    private readonly challenges: ChallengeRepository,
    private readonly passkeys: PasskeyRepository,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  /** Against the WebAuthn challenge passkeyLoginOptions stored on this LOGIN challenge. */
  async verifyLogin(challenge: ChallengeRow, assertionJson: string): Promise<boolean> {
    const expected = challenge.webauthn_challenge;
    if (!expected || !(await this.challenges.takeWebauthnChallenge(challenge.id, expected))) return false;
    return this.verify(challenge.user_id, assertionJson, expected, challenge.origin);
  }

  /** Against the caller's session's pending PASSKEY_REAUTH challenge (passkeyReauthOptions), which it uses up. */
  async verifyReauth(user: AuthenticatedUser, assertionJson: string): Promise<boolean> {
    const challenge = await this.challenges.consumeForSession('PASSKEY_REAUTH', user.sessionId);
    if (!challenge?.webauthn_challenge || challenge.user_id !== user.id) return false;
    return this.verify(user.id, assertionJson, challenge.webauthn_challenge, challenge.origin);
  }

  private async verify(userId: string, assertionJson: string, expectedChallenge: string, origin: string | null): Promise<boolean> {
    const response = parseCredentialJson<AuthenticationResponseJSON>(assertionJson);
    const rp = relyingPartyOfOrigin(origin);
    if (!response || !rp) return false;
    const passkey = await this.passkeys.findOwn(userId, response.id);
    if (!passkey) return false;
    try {
      const { verified, authenticationInfo } = await verifyAuthenticationResponse({
        response,
        expectedChallenge,
        expectedOrigin: rp.origin,
        expectedRPID: rp.id,
        credential: {
          id: passkey.credential_id,
          publicKey: new Uint8Array(passkey.public_key),
          counter: Number(passkey.counter),
          transports: passkey.transports as AuthenticatorTransport[],
        },
        requireUserVerification: false,
      });
      return verified && (await this.passkeys.recordUse(passkey.id, passkey.counter, authenticationInfo.newCounter));
    } catch (error) {
      // A forged, replayed (counter not above the stored one) or mismatched response.
      this.logger.info({ userId, passkeyId: passkey.id, reason: (error as Error).message }, 'passkey assertion refused');
      return false;
    }
  }
}
