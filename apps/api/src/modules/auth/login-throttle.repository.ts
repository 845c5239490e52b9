import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An email's throttle row as the reservation reads it under its row lock. */
export interface ThrottleRow {
  failures: number;
  window_expired: boolean;
  lock_active: boolean;
  lock_ended: boolean;
  locked_until: Date | null;
  in_flight: number;
}

/**
 * The login_throttle table. Each method is one statement on the manager it is given:
 * LoginThrottleService decides which run together in one transaction.
 */
@Injectable()
export class LoginThrottleRepository {
  /** Makes sure the email has a row, so it can be locked. */
  async ensureRow(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`INSERT INTO login_throttle (email) VALUES ($1) ON CONFLICT (email) DO NOTHING`, [email]);
  }

  /** Reads the email's row FOR UPDATE; in-flight checks older than staleSeconds count as abandoned. */
  async lockRow(manager: EntityManager, email: string, windowMinutes: number, staleSeconds: number): Promise<ThrottleRow> {
    const [row]: ThrottleRow[] = await manager.query(
      `SELECT failures, locked_until,
              window_started_at <= now() - make_interval(mins => $2) AS window_expired,
              locked_until > now() AS lock_active,
              locked_until <= now() AS lock_ended,
              CASE WHEN in_flight_at > now() - make_interval(secs => $3) THEN in_flight ELSE 0 END AS in_flight
         FROM login_throttle WHERE email = $1 FOR UPDATE`,
      [email, windowMinutes, staleSeconds],
    );
    return row;
  }

  /** Takes a slot: the failures so far (reset when fresh, which restarts the window), no lock, one more check under way. */
  async takeSlot(manager: EntityManager, email: string, failures: number, fresh: boolean, inFlight: number): Promise<void> {
    await manager.query(
      `UPDATE login_throttle
          SET failures = $2,
              window_started_at = CASE WHEN $3 THEN now() ELSE window_started_at END,
              locked_until = NULL,
              in_flight = $4,
              in_flight_at = now()
        WHERE email = $1`,
      [email, failures, fresh, inFlight],
    );
  }

  /** Turns a slot into a failure, locking the email for lockoutMinutes when failures reach threshold. */
  async recordFailure(
    manager: EntityManager,
    email: string,
    threshold: number,
    lockoutMinutes: number,
  ): Promise<{ failures: number; locked_until: Date | null } | undefined> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [[row]]: [Array<{ failures: number; locked_until: Date | null }>, number] = await manager.query(
      `UPDATE login_throttle
          SET in_flight = GREATEST(in_flight - 1, 0),
              failures = failures + 1,
              locked_until = CASE WHEN failures + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
        WHERE email = $1
        RETURNING failures, CASE WHEN failures >= $2 THEN locked_until END AS locked_until`,
      [email, threshold, lockoutMinutes],
    );
    return row;
  }

  /** Gives the slot back and clears the failures. */
  async recordSuccess(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`UPDATE login_throttle SET in_flight = GREATEST(in_flight - 1, 0), failures = 0, window_started_at = now() WHERE email = $1`, [
      email,
    ]);
  }

  /** Gives the slot back, counting nothing. */
  async releaseSlot(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`UPDATE login_throttle SET in_flight = GREATEST(in_flight - 1, 0) WHERE email = $1`, [email]);
  }
}
