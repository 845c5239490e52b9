import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { SignInMethod } from './session.repository';

export type ChallengePurpose = 'LOGIN' | 'PASSKEY_REGISTRATION' | 'PASSKEY_REAUTH';

export interface ChallengeRow {
  id: string;
  user_id: string;
  method: SignInMethod;
  webauthn_challenge: string | null;
  /** The browser origin a WebAuthn challenge was issued to (relying-party.ts). */
  origin: string | null;
}

/**
 * One-time challenges (auth_challenges): a LOGIN challenge stands between a first factor and the
 * second, found by its token's hash; PASSKEY_* challenges belong to one session's WebAuthn
 * ceremony. Usable once, until `expires_at`. Each method is one statement.
 */
@Injectable()
export class ChallengeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createLogin(userId: string, tokenHash: string, method: SignInMethod, minutes: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO auth_challenges (purpose, user_id, token_hash, method, expires_at) VALUES ('LOGIN', $1, $2, $3, now() + make_interval(mins => $4))`,
      [userId, tokenHash, method, minutes],
    );
  }

  /** The unused, unexpired LOGIN challenge with this token hash. */
  async findLogin(tokenHash: string): Promise<ChallengeRow | undefined> {
    const [row]: ChallengeRow[] = await this.dataSource.query(
      `SELECT id, user_id, method, webauthn_challenge, origin FROM auth_challenges
        WHERE token_hash = $1 AND purpose = 'LOGIN' AND used_at IS NULL AND expires_at > now()`,
      [tokenHash],
    );
    return row;
  }

  /** A WebAuthn challenge for one session's ceremony; an earlier one of the same purpose is dropped. */
  async createForSession(
    purpose: Exclude<ChallengePurpose, 'LOGIN'>,
    userId: string,
    sessionId: string,
    webauthnChallenge: string,
    minutes: number,
    origin: string | null = null,
  ): Promise<void> {
    await this.dataSource.query(
      `WITH dropped AS (UPDATE auth_challenges SET used_at = now() WHERE session_id = $3 AND purpose = $1 AND used_at IS NULL)
       INSERT INTO auth_challenges (purpose, user_id, session_id, webauthn_challenge, expires_at, origin) VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5), $6)`,
      [purpose, userId, sessionId, webauthnChallenge, minutes, origin],
    );
  }

  /** The session's pending challenge of this purpose, without using it up. */
  async findForSession(purpose: Exclude<ChallengePurpose, 'LOGIN'>, sessionId: string): Promise<ChallengeRow | undefined> {
    const [row]: ChallengeRow[] = await this.dataSource.query(
      `SELECT id, user_id, method, webauthn_challenge, origin FROM auth_challenges
        WHERE session_id = $2 AND purpose = $1 AND used_at IS NULL AND expires_at > now()
        ORDER BY created_at DESC LIMIT 1`,
      [purpose, sessionId],
    );
    return row;
  }

  /** Uses up the session's pending challenge of this purpose and answers it (once). */
  async consumeForSession(purpose: Exclude<ChallengePurpose, 'LOGIN'>, sessionId: string): Promise<ChallengeRow | undefined> {
    const [rows]: [ChallengeRow[], number] = await this.dataSource.query(
      `UPDATE auth_challenges SET used_at = now()
        WHERE session_id = $2 AND purpose = $1 AND used_at IS NULL AND expires_at > now()
        RETURNING id, user_id, method, webauthn_challenge, origin`,
      [purpose, sessionId],
    );
    return rows[0];
  }

  /** Attaches a WebAuthn challenge (and the origin it is for) to a pending LOGIN challenge (passkeyLoginOptions). */
  async setWebauthnChallenge(id: string, webauthnChallenge: string, origin: string | null = null): Promise<void> {
    await this.dataSource.query(`UPDATE auth_challenges SET webauthn_challenge = $2, origin = $3 WHERE id = $1 AND used_at IS NULL`, [id, webauthnChallenge, origin]);
  }

  /**
   * Takes a LOGIN challenge's WebAuthn challenge for one verification: true when it was still
   * `webauthnChallenge` (so an assertion is checked against a WebAuthn challenge once; another try
   * asks passkeyLoginOptions again).
   */
  async takeWebauthnChallenge(id: string, webauthnChallenge: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE auth_challenges SET webauthn_challenge = NULL WHERE id = $1 AND webauthn_challenge = $2 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [id, webauthnChallenge],
    );
    return rows.length === 1;
  }

  /** Uses the challenge up; false when another request already did. */
  async consume(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(`UPDATE auth_challenges SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`, [id]);
    return rows.length === 1;
  }
}
