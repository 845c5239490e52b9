import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SESSION_POLICY } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { LoginThrottleRepository } from './login-throttle.repository';

/** A reservation that is still held after this long was abandoned (its replica died mid-check). */
const SLOT_STALE_SECONDS = 60;

export type SlotReservation =
  /** Check the password, then call `fail` or `succeed` (or `release` if the check itself broke). */
  | { kind: 'granted' }
  /** Locked: check nothing. */
  | { kind: 'locked'; lockedUntil: Date }
  /** Every slot of the window is taken by checks under way; they may still lock the email. */
  | { kind: 'busy' };

export interface FailureResult {
  failures: number;
  /** Set when this failure locked the email. */
  lockedUntil: Date | null;
}

/**
 * Sign-in throttling per email, whether or not an account has it, so the lockout does not reveal
 * which accounts exist. Only failures count: 5 within 15 minutes lock the email for 15 minutes.
 *
 * The lock decision and the attempt record are one atomic step taken before the password is
 * checked: an attempt reserves one of the window's remaining slots (`threshold - failures -
 * checks under way`) under a row lock. A failure turns its slot into a failure (the fifth sets the
 * lock); a success gives it back and clears the failures. So however many attempts arrive at
 * once, at most `threshold` passwords are checked before the lock, and none while it holds.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: LoginThrottleRepository,
  ) {}

  reserve(email: string): Promise<SlotReservation> {
    return this.dataSource.transaction(async (manager) => {
      await this.rows.ensureRow(manager, email);
      const row = await this.rows.lockRow(manager, email, SESSION_POLICY.lockoutWindowMinutes, SLOT_STALE_SECONDS);
      if (row.lock_active) return { kind: 'locked', lockedUntil: new Date(row.locked_until as Date) };
      // A window that ran out, or a lock that ended, starts counting afresh.
      const fresh = row.window_expired || row.lock_ended;
      const failures = fresh ? 0 : row.failures;
      if (failures + row.in_flight >= SESSION_POLICY.lockoutThreshold) return { kind: 'busy' };
      await this.rows.takeSlot(manager, email, failures, fresh, row.in_flight + 1);
      return { kind: 'granted' };
    });
  }

  /** The checked password was wrong (or the account unusable): the slot stays, as a failure. */
  async fail(email: string): Promise<FailureResult> {
    const row = await this.rows.recordFailure(this.dataSource.manager, email, SESSION_POLICY.lockoutThreshold, SESSION_POLICY.lockoutMinutes);
    if (!row) return { failures: 0, lockedUntil: null };
    return { failures: row.failures, lockedUntil: row.locked_until ? new Date(row.locked_until) : null };
  }

  /** Signed in: the slot is given back and earlier failures are forgiven. */
  async succeed(email: string): Promise<void> {
    await this.rows.recordSuccess(this.dataSource.manager, email);
  }

  /** The check could not be made (an unexpected error): the slot is given back, nothing counted. */
  async release(email: string): Promise<void> {
    await this.rows.releaseSlot(this.dataSource.manager, email);
  }
}
