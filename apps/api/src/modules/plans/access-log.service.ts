import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_LOGGER } from '../../core/logging/logger';
import { AccessLogRepository, type AccessAction, type AccessLogRecord, type AccessPageQuery, type AccessRow } from './access-log.repository';

export type { AccessAction, AccessPageQuery, AccessRow } from './access-log.repository';

export const ACCESS_ACTIONS: readonly AccessAction[] = ['VIEW', 'EXPORT', 'DENIED'];

export interface AccessDetail {
  /**
   * What was read or refused: for VIEW the query or subscription field that returned plan content
   * (plan, plans, planEvents, …), for EXPORT the document, for DENIED what was asked (view, editContent, …).
   */
  kind?: string | null;
  /** The request (or, over WebSocket, the operation) that read the plan. */
  requestId?: string | null;
}

type PendingRecord = AccessLogRecord;

const FLUSH_EVERY_MS = 1_000;
const FLUSH_AT = 200;
/**
 * Repeated refusals of one user on one plan (and kind) fold into one record per this window: the
 * first is written at once, with the next batch; the repeats that follow within the window are
 * counted in memory and written as one record when it ends (or when the log is read, or the
 * server stops). A slow, steady flood therefore writes one record a minute, not one per request.
 */
const REFUSAL_WINDOW_MS = 60_000;

/**
 * Who read or exported a plan, and who was refused. Reads must stay fast, so records are buffered
 * and written in one INSERT per second (or per 200 records); a crash can lose at most that last
 * second. The table refuses UPDATE and DELETE, so repeated refusals of one user on one plan are
 * folded into one record (with its count) before they are written, per batch and per minute
 * (REFUSAL_WINDOW_MS): a flood of refusals, fast or slow, cannot push the reads out of view.
 */
@Injectable()
export class AccessLogService implements OnApplicationShutdown {
  private buffer: PendingRecord[] = [];
  /** Refusals waiting in the buffer, by user, plan and kind, to fold repeats into. */
  private pendingRefusals = new Map<string, PendingRecord>();
  /** When a refusal of this user, plan and kind was last written (or held). */
  private refusalWindows = new Map<string, number>();
  /** Repeats counted since the window's record was written; written when the window ends. */
  private heldRefusals = new Map<string, PendingRecord>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly rows: AccessLogRepository,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  record(planId: string, userId: string, action: AccessAction, detail: AccessDetail = {}): void {
    const kind = detail.kind ?? null;
    if (action === 'DENIED') {
      const key = `${userId}|${planId}|${kind ?? ''}`;
      const folded = this.pendingRefusals.get(key) ?? this.heldRefusals.get(key);
      if (folded) {
        folded.count++;
        return;
      }
      const record: PendingRecord = { planId, userId, action, kind, requestId: detail.requestId ?? null, at: new Date(), count: 1 };
      const windowStart = this.refusalWindows.get(key);
      if (windowStart !== undefined && Date.now() - windowStart < REFUSAL_WINDOW_MS) {
        this.heldRefusals.set(key, record);
        this.schedule();
        return;
      }
      this.refusalWindows.set(key, Date.now());
      this.pendingRefusals.set(key, record);
      this.push(record);
      return;
    }
    this.push({ planId, userId, action, kind, requestId: detail.requestId ?? null, at: new Date(), count: 1 });
  }

  /**
   * Writes whatever is buffered (and, unless `all` is false as on the timer, the refusals held
   * for their window), one batch after another. A batch that fails goes back to the
   * front of the buffer for the next flush (records are evidence: dropping them is worse than
   * retrying), and the failure is logged; it never poisons later flushes.
   */
  flush(options: { all: boolean } = { all: true }): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.flushing = this.flushing.then(async () => {
      const batch = [...this.buffer, ...this.endedRefusalWindows(options.all)];
      this.buffer = [];
      this.pendingRefusals = new Map();
      if (this.heldRefusals.size > 0) this.schedule();
      if (batch.length === 0) return;
      try {
        await this.rows.insertMany(batch);
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

  /** One page of a plan's access log, newest first (after writing everything held or buffered). */
  async page(query: AccessPageQuery): Promise<AccessRow[]> {
    await this.flush();
    return this.rows.page(query);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush().catch(() => undefined);
  }

  /** Held refusals whose window ended (all of them when `all`), ready to write; their windows restart. */
  private endedRefusalWindows(all: boolean): PendingRecord[] {
    const ended: PendingRecord[] = [];
    const now = Date.now();
    for (const [key, record] of this.heldRefusals) {
      if (!all && now - (this.refusalWindows.get(key) ?? 0) < REFUSAL_WINDOW_MS) continue;
      ended.push(record);
      this.heldRefusals.delete(key);
      this.refusalWindows.set(key, now);
    }
    for (const [key, start] of this.refusalWindows) if (now - start >= REFUSAL_WINDOW_MS && !this.heldRefusals.has(key)) this.refusalWindows.delete(key);
    return ended;
  }

  private push(record: PendingRecord): void {
    this.buffer.push(record);
    if (this.buffer.length >= FLUSH_AT) void this.flush({ all: false }).catch(() => undefined);
    else this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush({ all: false }).catch(() => undefined), FLUSH_EVERY_MS);
    this.timer.unref();
  }
}
