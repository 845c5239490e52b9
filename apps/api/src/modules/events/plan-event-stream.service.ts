import { Injectable } from '@nestjs/common';
import { isUuid } from '@jointops/domain';
import { coalescingLoader } from '../../core/dataloaders/coalescing-loader';
import { AsyncQueue } from '../../core/events/async-queue';
import { LiveBus } from '../../core/events/live-bus';
import { LiveStats } from '../../core/events/live-stats';
import { MetricsService } from '../../core/metrics/metrics.service';
import { AuthException, AuthExceptionCode } from '../auth/auth.exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanAccessService } from '../plans/plan-access.service';
import { PlanException } from '../plans/plan.exception';
import type { PlanEvent } from './plan-event.entity';
import { PlanEventRepository } from './plan-event.repository';

const PAGE = 500;
/** Recent events kept as one object each (see `canonical`). */
const RECENT = 5000;

/**
 * `planEvents(planId, afterSeq)`: replays from the table, then follows the live bus. The bus
 * only says "the log grew"; events are always read from the table by seq, so delivery is
 * gapless and duplicate-free whatever the transport drops or repeats. Access is re-checked
 * whenever the plan's members change, and the stream ends when the session is revoked.
 */
@Injectable()
export class PlanEventStream {
  /**
   * Reads of one plan's log in flight, by `planId:afterSeq`. When an event commits, every stream of
   * the plan on this instance wakes at once wanting the same page, so they share one query instead
   * of each running its own (one read per instance per change, not one per subscriber).
   */
  private readonly reads = new Map<string, Promise<PlanEvent[]>>();

  /**
   * The last events read on this instance, one object per plan and seq. The log is append-only,
   * so every read of an event can hand out the same object: streams that read different pages
   * (resuming from different seqs) still share one execution per event (shared-delivery.ts).
   */
  private readonly recent = new Map<string, PlanEvent>();

  /**
   * Streams opening together read their plans' heads in one statement (batched while one is in
   * flight): a thousand clients resubscribing after a restart cost a few queries, not one each.
   * Never cached: each stream reads the head as it stands when it opens.
   */
  private readonly heads = coalescingLoader<string, { lastSeq: number; agencyIds: string[] } | null>(async (planIds) => {
    const heads = await this.log.streamHeads(planIds);
    return planIds.map((planId) => heads.get(planId) ?? null);
  });

  constructor(
    private readonly log: PlanEventRepository,
    private readonly access: PlanAccessService,
    private readonly bus: LiveBus,
    private readonly stats: LiveStats,
    private readonly metrics: MetricsService,
  ) {}

  async open(user: AuthenticatedUser, planId: string, afterSeq: number | null | undefined): Promise<AsyncQueue<PlanEvent>> {
    const stops: Array<() => void> = [];
    const queue = new AsyncQueue<PlanEvent>(() => {
      for (const stop of stops) stop();
      this.stats.eventStreams--;
      this.stats.busListeners -= stops.length;
    });
    this.stats.eventStreams++;

    let lastSent = 0;
    /** The highest seq the bus announced for this plan: committed, so the stream must reach it. */
    let announced = 0;
    /** After a transport resync, read on our own: a shared read may have started before the outage. */
    let fresh = false;
    let reading = false;
    let again = false;
    /** Until the head is read, `lastSent` is not yet where this subscriber starts: wake-ups only note what they announce. */
    let ready = false;
    /** Wake-ups waiting until this stream has pushed their seq (LiveBus.publishCommitted waits for them). */
    const waiting: Array<{ seq: number; done: () => void }> = [];
    const settle = (all: boolean) => {
      for (let index = waiting.length - 1; index >= 0; index--) {
        if (all || waiting[index].seq <= lastSent) waiting.splice(index, 1)[0].done();
      }
    };
    const pump = async (): Promise<void> => {
      if (!ready) return;
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          const own = fresh;
          fresh = false;
          const batch = own ? this.canonical(await this.log.afterWithActors(planId, lastSent, PAGE)) : await this.sharedRead(planId, lastSent);
          for (const event of batch) {
            if (queue.closed) return;
            const agencyIds = (event.data as { agencyIds?: string[] } | null)?.agencyIds;
            if (event.entityType === 'PLAN' && agencyIds && !this.access.canSee(user, agencyIds)) {
              queue.fail(PlanException.notFound());
              return;
            }
            queue.push(event);
            lastSent = event.seq;
            this.metrics.eventsDelivered.inc();
            this.metrics.fanoutLag.observe((Date.now() - new Date(event.at).getTime()) / 1000);
          }
          if (waiting.length > 0) settle(false);
          // A shared read may have started before the announced event committed: read again.
          if (batch.length === PAGE || lastSent < announced) again = true;
        } while (again && !queue.closed);
      } catch (error) {
        queue.fail(error as Error);
      } finally {
        reading = false;
        // Caught up, ended or failed: nothing left to wait for.
        settle(true);
      }
    };

    // Listen before reading where the log stands, so nothing committed in between is missed.
    stops.push(
      this.bus.listen('plan-log', planId, (message) => {
        if (message.seq <= lastSent) return;
        announced = Math.max(announced, message.seq);
        if (!ready) return;
        const pushed = new Promise<void>((done) => waiting.push({ seq: message.seq, done }));
        void pump();
        return pushed;
      }),
      this.bus.listen('plan-members', planId, (message) => {
        if (!this.access.canSee(user, message.agencyIds)) queue.fail(PlanException.notFound());
      }),
      this.bus.listen('session-revoked', user.sessionId, () => queue.fail(new AuthException(AuthExceptionCode.SESSION_INVALID, 'Your session has ended.'))),
    );
    const resyncs = this.bus.resynced.subscribe(() => {
      fresh = true;
      void pump();
    });
    stops.push(() => resyncs.unsubscribe());
    this.stats.busListeners += stops.length;

    try {
      const head = await this.head(planId);
      if (!head) throw PlanException.notFound();
      if (!this.access.canSee(user, head.agencyIds)) {
        this.access.deniedRead(user, planId);
        throw PlanException.notFound();
      }
      lastSent = afterSeq == null ? head.lastSeq : Math.max(0, afterSeq);
    } catch (error) {
      await queue.return();
      throw error;
    }
    ready = true;
    void pump();
    return queue;
  }

  /** One query for every stream of this instance that wants the same page of a plan's log. */
  private sharedRead(planId: string, afterSeq: number): Promise<PlanEvent[]> {
    const key = `${planId}:${afterSeq}`;
    let read = this.reads.get(key);
    if (!read) {
      read = this.log
        .afterWithActors(planId, afterSeq, PAGE)
        .then((events) => this.canonical(events))
        .finally(() => this.reads.delete(key));
      this.reads.set(key, read);
    }
    return read;
  }

  private canonical(events: PlanEvent[]): PlanEvent[] {
    return events.map((event) => {
      const key = `${event.planId}:${event.seq}`;
      const known = this.recent.get(key);
      if (known) return known;
      if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value as string);
      this.recent.set(key, event);
      return event;
    });
  }

  private head(planId: string): Promise<{ lastSeq: number; agencyIds: string[] } | null> {
    return isUuid(planId) ? this.heads.load(planId) : Promise.resolve(null);
  }
}
