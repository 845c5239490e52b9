import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_LOGGER } from '../../core/logging/logger';

export type AccessAction = 'VIEW' | 'EXPORT' | 'DENIED';

const FLUSH_EVERY_MS = 1_000;
const FLUSH_AT = 200;

/**
 * Who read or exported a plan, and who was refused (docs/architecture.md#the-event-log). Reads must stay fast,
 * so records are buffered and written in one INSERT per second (or per 200 records); a crash
 * can lose at most that last second. The table refuses UPDATE and DELETE.
 */
@Injectable()
export class AccessLogService implements OnApplicationShutdown {
  private buffer: Array<{ planId: string; userId: string; action: AccessAction; at: Date }> = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  record(planId: string, userId: string, action: AccessAction): void {
    this.buffer.push({ planId, userId, action, at: new Date() });
    if (this.buffer.length >= FLUSH_AT) void this.flush().catch(() => undefined);
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush().catch(() => undefined), FLUSH_EVERY_MS);
      this.timer.unref();
    }
  }

  /**
   * Writes whatever is buffered, one batch after another. A batch that fails goes back to the
   * front of the buffer for the next flush (records are evidence: dropping them is worse than
   * retrying), and the failure is logged; it never poisons later flushes.
   */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.flushing = this.flushing.then(async () => {
      const batch = this.buffer;
      this.buffer = [];
      if (batch.length === 0) return;
      try {
        await this.dataSource.query(
          `INSERT INTO access_log (plan_id, user_id, action, at) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
          [batch.map((r) => r.planId), batch.map((r) => r.userId), batch.map((r) => r.action), batch.map((r) => r.at)],
        );
      } catch (error) {
        this.buffer = [...batch, ...this.buffer];
        this.logger.error({ err: error, records: batch.length }, 'access log write failed; will retry');
        throw error;
      }
    });
    const done = this.flushing;
    this.flushing = done.catch(() => undefined);
    return done;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush().catch(() => undefined);
  }
}
