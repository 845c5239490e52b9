import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { checkText, LIMITS } from '@jointops/domain';
import { filter, Subject, type Subscription } from 'rxjs';
import { AsyncQueue } from '../../core/events/async-queue';
import { LiveBus } from '../../core/events/live-bus';
import { LiveStats } from '../../core/events/live-stats';
import { SocketEvents } from '../../core/events/socket-events';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanAccessService } from '../plans/plan-access.service';
import { PlanException } from '../plans/plan.exception';
import { PlansService } from '../plans/plans.service';
import type { Presence } from './dto/presence.type';

/** An entry disappears 60 s after it was last seen (docs/architecture.md#live-delivery). */
export const PRESENCE_TTL_MS = 60_000;
const REBROADCAST_MS = 20_000;

interface Entry {
  planId: string;
  userId: string;
  focus: string | null;
  lastSeenAt: Date;
}

/**
 * Who is in a plan right now. Ephemeral: each instance keeps its own connections' entries and
 * shares them through the live bus; entries from other instances expire unless refreshed.
 * Keys: `<planId>|<connectionId or session:<id>>` locally, `<instanceId>|<key>` for others.
 */
@Injectable()
export class PresenceService implements OnModuleInit, OnApplicationShutdown {
  private readonly local = new Map<string, Entry>();
  private readonly remote = new Map<string, Entry>();
  private readonly changed = new Subject<string>();
  private readonly subscriptions: Subscription[] = [];
  private sweepTimer?: NodeJS.Timeout;
  private rebroadcastTimer?: NodeJS.Timeout;

  constructor(
    private readonly bus: LiveBus,
    private readonly socketEvents: SocketEvents,
    private readonly plans: PlansService,
    private readonly access: PlanAccessService,
    private readonly stats: LiveStats,
  ) {}

  onModuleInit(): void {
    this.subscriptions.push(
      this.bus
        .of('presence')
        .pipe(filter((message) => message.instanceId !== this.bus.instanceId))
        .subscribe((message) => {
          const key = `${message.instanceId}|${message.key}`;
          if (message.entry) this.remote.set(key, { planId: message.planId, ...message.entry, lastSeenAt: new Date(message.entry.lastSeenAt) });
          else this.remote.delete(key);
          this.changed.next(message.planId);
        }),
      this.socketEvents.onClosed.subscribe((connectionId) => {
        for (const key of [...this.local.keys()]) if (key.endsWith(`|${connectionId}`)) this.drop(key);
      }),
    );
    this.sweepTimer = setInterval(() => this.sweep(), 5_000);
    this.sweepTimer.unref();
    this.rebroadcastTimer = setInterval(() => {
      for (const [key, entry] of this.local) this.share(key, entry);
    }, REBROADCAST_MS);
    this.rebroadcastTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweepTimer);
    clearInterval(this.rebroadcastTimer);
    for (const key of [...this.local.keys()]) this.drop(key);
    for (const subscription of this.subscriptions) subscription.unsubscribe();
  }

  async update(user: AuthenticatedUser, planId: string, focus: string | null | undefined, connectionId: string | undefined): Promise<boolean> {
    ValidationException.throwIfAny([checkText('focus', focus, LIMITS.presenceFocusMax)].filter((violation) => violation !== null));
    await this.assertVisible(user, planId);
    this.upsert(user, planId, focus ?? null, connectionId);
    return true;
  }

  async list(user: AuthenticatedUser, planId: string): Promise<Presence[]> {
    await this.assertVisible(user, planId);
    return this.current(planId);
  }

  /** `planPresence`: the caller joins the plan on this socket and hears every change. */
  async watch(user: AuthenticatedUser, planId: string, connectionId: string | undefined): Promise<AsyncQueue<Presence[]>> {
    await this.assertVisible(user, planId);
    const stops: Array<() => void> = [];
    const queue = new AsyncQueue<Presence[]>(() => {
      for (const stop of stops) stop();
      this.stats.presenceStreams--;
      this.stats.busListeners -= stops.length;
      if (connectionId) this.drop(`${planId}|${connectionId}`);
    });
    this.stats.presenceStreams++;
    const changes = this.changed.pipe(filter((changedPlanId) => changedPlanId === planId)).subscribe(() => queue.push(this.current(planId)));
    stops.push(
      () => changes.unsubscribe(),
      this.bus.listen('plan-members', planId, (message) => {
        if (!this.access.canSee(user, message.agencyIds)) queue.fail(PlanException.notFound());
      }),
    );
    this.stats.busListeners += stops.length;
    queue.push(this.current(planId));
    this.upsert(user, planId, this.local.get(`${planId}|${connectionId}`)?.focus ?? null, connectionId);
    return queue;
  }

  private upsert(user: AuthenticatedUser, planId: string, focus: string | null, connectionId: string | undefined): void {
    const key = `${planId}|${connectionId ?? `session:${user.sessionId}`}`;
    const entry = { planId, userId: user.id, focus, lastSeenAt: new Date() };
    this.local.set(key, entry);
    this.share(key, entry);
    this.changed.next(planId);
  }

  private drop(key: string): void {
    const entry = this.local.get(key);
    if (!entry) return;
    this.local.delete(key);
    this.bus.publish({ kind: 'presence', instanceId: this.bus.instanceId, planId: entry.planId, key, entry: null });
    this.changed.next(entry.planId);
  }

  private share(key: string, entry: Entry): void {
    this.bus.publish({
      kind: 'presence',
      instanceId: this.bus.instanceId,
      planId: entry.planId,
      key,
      entry: { userId: entry.userId, focus: entry.focus, lastSeenAt: entry.lastSeenAt.toISOString() },
    });
  }

  /** One entry per user: the most recently seen, across this instance and the others. */
  private current(planId: string): Presence[] {
    const cutoff = Date.now() - PRESENCE_TTL_MS;
    const byUser = new Map<string, Entry>();
    for (const entry of [...this.local.values(), ...this.remote.values()]) {
      if (entry.planId !== planId || entry.lastSeenAt.getTime() < cutoff) continue;
      const seen = byUser.get(entry.userId);
      if (!seen || seen.lastSeenAt < entry.lastSeenAt) byUser.set(entry.userId, entry);
    }
    return [...byUser.values()]
      .sort((a, b) => a.userId.localeCompare(b.userId))
      .map(({ userId, focus, lastSeenAt }) => ({ planId, userId, focus, lastSeenAt }));
  }

  private sweep(): void {
    const cutoff = Date.now() - PRESENCE_TTL_MS;
    for (const [key, entry] of this.local) if (entry.lastSeenAt.getTime() < cutoff) this.drop(key);
    for (const [key, entry] of this.remote) {
      if (entry.lastSeenAt.getTime() < cutoff) {
        this.remote.delete(key);
        this.changed.next(entry.planId);
      }
    }
  }

  private async assertVisible(user: AuthenticatedUser, planId: string): Promise<void> {
    // plans.read: a refused plan that exists goes to its access log (DENIED), as plan(id) does.
    if (!(await this.plans.read(user, planId))) throw PlanException.notFound();
  }

  /** For tests and metrics. */
  get localEntries(): number {
    return this.local.size;
  }
}
