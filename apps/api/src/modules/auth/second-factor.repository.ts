import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface TotpRow {
  secret: string | null;
  last_step: string | null;
  pending_secret: string | null;
  pending_since: Date | null;
}

/** An account's second factors: its TOTP secret, recovery codes and (counted here) passkeys. Each method is one statement. */
@Injectable()
export class SecondFactorRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Which accounts among these have a confirmed second factor (a TOTP secret or a passkey). */
  async withSecondFactor(userIds: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT user_id FROM totp_factors WHERE user_id = ANY($1) AND confirmed_at IS NOT NULL
       UNION SELECT user_id FROM passkeys WHERE user_id = ANY($1)`,
      [[...userIds]],
    );
    return new Set(rows.map((row) => row.user_id));
  }

  async factorsOf(userId: string): Promise<{ totp: boolean; passkeys: number }> {
    const [row]: Array<{ totp: boolean; passkeys: number }> = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM totp_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL) AS totp,
              (SELECT count(*)::int FROM passkeys WHERE user_id = $1) AS passkeys`,
      [userId],
    );
    return row;
  }

  async totpOf(userId: string): Promise<TotpRow | undefined> {
    const [row]: TotpRow[] = await this.dataSource.query(`SELECT secret, last_step, pending_secret, pending_since FROM totp_factors WHERE user_id = $1`, [userId]);
    return row;
  }

  /** Starts (or restarts) an enrollment; a confirmed secret stays in force until the new one is confirmed. */
  async startEnrollment(userId: string, secret: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO totp_factors (user_id, pending_secret, pending_since) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET pending_secret = EXCLUDED.pending_secret, pending_since = EXCLUDED.pending_since`,
      [userId, secret],
    );
  }

  /** The pending secret becomes the account's, if it is still the one checked (`secret`); false otherwise. */
  async confirmEnrollment(manager: EntityManager, userId: string, secret: string, step: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE totp_factors SET secret = pending_secret, confirmed_at = now(), last_step = $3, pending_secret = NULL, pending_since = NULL
        WHERE user_id = $1 AND pending_secret = $2
        RETURNING user_id`,
      [userId, secret, step],
    );
    return rows.length === 1;
  }

  /**
   * Accepts the code of time step `step` once: true only if no code of this or a later step was
   * accepted before. One statement, so two requests with the same code cannot both pass.
   */
  async acceptStep(userId: string, step: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE totp_factors SET last_step = $2
        WHERE user_id = $1 AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < $2)
        RETURNING user_id`,
      [userId, step],
    );
    return rows.length === 1;
  }

  /** Replaces the account's recovery codes with these (SHA-256 hashes). */
  async replaceRecoveryCodes(manager: EntityManager, userId: string, hashes: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [userId]);
    await manager.query(`INSERT INTO recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`, [userId, [...hashes]]);
  }

  /** Uses up an unused recovery code of the account; false when there is none with this hash. */
  async useRecoveryCode(userId: string, hash: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE recovery_codes SET used_at = now()
        WHERE id = (SELECT id FROM recovery_codes WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [userId, hash],
    );
    return rows.length === 1;
  }

  async unusedRecoveryCodes(userId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(`SELECT count(*)::int AS count FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    return row.count;
  }

  /** An ADMIN reset: the account loses every second factor (TOTP, recovery codes, passkeys). */
  async clearAll(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `WITH t AS (DELETE FROM totp_factors WHERE user_id = $1), r AS (DELETE FROM recovery_codes WHERE user_id = $1)
       DELETE FROM passkeys WHERE user_id = $1`,
      [userId],
    );
  }
}
