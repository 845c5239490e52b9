import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * The time the API acts at: when events happen, when decisions and reviews are dated, and what
 * readiness judges a window against. Services ask it instead of `new Date()`.
 *
 * Outside production the seed and the tests may set it, so that a past operation is made as it
 * would have been at the time (DESIGN.md section 8). In production it is never settable: `setTo`
 * throws, whatever the caller.
 */
@Injectable()
export class Clock {
  private fixedAt: number | null = null;
  private readonly settable: boolean;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'production'>) {
    this.settable = !config.production && process.env.NODE_ENV !== 'production';
  }

  now(): Date {
    return new Date(this.fixedAt ?? Date.now());
  }

  /** Whether `setTo` is allowed: never in production. */
  get isSettable(): boolean {
    return this.settable;
  }

  /** Stops the clock at `at` until the next `setTo` or `reset`. Throws in production. */
  setTo(at: Date | string): void {
    if (!this.settable) throw new Error('The clock cannot be set in production.');
    const time = new Date(at).getTime();
    if (Number.isNaN(time)) throw new Error(`Not a time: ${String(at)}`);
    this.fixedAt = time;
  }

  /** Back to the real time. */
  reset(): void {
    this.fixedAt = null;
  }

  /** Runs `work` with the clock set to `at` (see setTo), then puts back the time it told before, whatever happens. */
  async at<T>(at: Date | string, work: () => Promise<T>): Promise<T> {
    const before = this.fixedAt;
    this.setTo(at);
    try {
      return await work();
    } finally {
      this.fixedAt = before;
    }
  }
}
