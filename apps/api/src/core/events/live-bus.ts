import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { Observable, Subject, filter } from 'rxjs';
import { APP_LOGGER } from '../logging/logger';
import type { LiveMessage } from './live-message';
import { LIVE_TRANSPORT, type LiveTransport, type PgNotify } from './transports/live-transport';

/**
 * Fan-out between API instances. A message is delivered here at once and published to the
 * transport, stamped with this instance's id; its echo from the transport is dropped, since it
 * was delivered here already (a second delivery would wake every stream again, and close sockets
 * opened in between a second time). Consumers still tolerate repeats (streams read by seq,
 * revocations and presence are idempotent): a transport may deliver twice.
 */
@Injectable()
export class LiveBus implements OnModuleInit, OnApplicationShutdown {
  readonly instanceId = randomUUID();
  private readonly incoming = new Subject<LiveMessage>();
  private readonly resyncs = new Subject<void>();
  /** Listeners of one kind of message about one plan or session (`listen`), by `kind:key`. */
  private readonly keyed = new Map<string, Set<(message: LiveMessage) => void | Promise<void>>>();

  constructor(
    @Inject(LIVE_TRANSPORT) private readonly transport: LiveTransport,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.transport.start(
      ({ origin, ...message }) => {
        if (origin !== this.instanceId) void this.deliver(message as LiveMessage);
      },
      () => this.resyncs.next(),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.stop();
    this.incoming.complete();
    this.resyncs.complete();
  }

  get transportName(): string {
    return this.transport.name;
  }

  publish(message: LiveMessage): void {
    void this.deliver(message);
    this.send(message);
  }

  /**
   * For a message that announces what a transaction writes: the `pg_notify` for one of that
   * transaction's statements, which sends the message to the other instances when it commits; null
   * when the transport cannot (Redis). Either way, call publishCommitted() after the commit.
   *
   * Sent by the commit itself, a wake-up is not lost if this process stops between the commit and
   * a publish, and reaches the other instances without waiting for this one's next turn and round trip.
   */
  atCommit(message: LiveMessage): PgNotify | null {
    return this.transport.atCommit?.({ ...message, origin: this.instanceId }) ?? null;
  }

  /**
   * After the commit of a transaction that carried atCommit(message): delivers it here, and
   * publishes it if the commit could not. Resolves once this instance's listeners have handed the
   * message on (a plan's streams have pushed the events it announces to their subscribers), or
   * after LOCAL_DELIVERY_WAIT_MS, whichever comes first; it never rejects.
   *
   * A change awaits it before answering: the instance then sends the event to its own subscribers
   * in one pass, at the commit, instead of after the answer and in between the next requests
   * (bench/README.md, the sitting of 2026-12-04 16:42: the first subscriber heard of an update
   * 5 ms sooner, and the writer's answer did not take longer).
   */
  publishCommitted(message: LiveMessage): Promise<void> {
    const delivered = this.deliver(message);
    if (!this.transport.atCommit) this.send(message);
    return delivered === DELIVERED ? delivered : boundedWait(delivered, LOCAL_DELIVERY_WAIT_MS);
  }

  private send(message: LiveMessage): void {
    this.transport.publish({ ...message, origin: this.instanceId }).catch((error: unknown) => {
      // Subscribers elsewhere catch up at their next wake-up or resync; nothing is lost.
      this.logger.warn({ err: error, kind: message.kind }, 'live message not published');
    });
  }

  of<K extends LiveMessage['kind']>(kind: K): Observable<Extract<LiveMessage, { kind: K }>> {
    return this.incoming.pipe(filter((message): message is Extract<LiveMessage, { kind: K }> => message.kind === kind));
  }

  /**
   * `handler` hears every message of `kind` about one plan (plan-log, plan-members, presence), one
   * session (session-revoked, session-access-changed) or one user (notification), until the
   * returned function is called. A message reaches only its own key's listeners: with a thousand
   * streams open, a plan's wake-up costs its own streams' handlers, not a filter per stream.
   */
  listen<K extends LiveMessage['kind']>(kind: K, key: string, handler: (message: Extract<LiveMessage, { kind: K }>) => void | Promise<void>): () => void {
    const slot = `${kind}:${key}`;
    let handlers = this.keyed.get(slot);
    if (!handlers) {
      handlers = new Set();
      this.keyed.set(slot, handlers);
    }
    const listener = handler as (message: LiveMessage) => void | Promise<void>;
    handlers.add(listener);
    return () => {
      handlers.delete(listener);
      if (handlers.size === 0 && this.keyed.get(slot) === handlers) this.keyed.delete(slot);
    };
  }

  /** Hands the message to its listeners; resolves when what they returned has (DELIVERED when nothing). */
  private deliver(message: LiveMessage): Promise<void> {
    this.incoming.next(message);
    const handlers = this.keyed.get(`${message.kind}:${routingKey(message)}`);
    if (!handlers) return DELIVERED;
    const pending: Array<Promise<void>> = [];
    // A handler may stop listening while this runs (a stream failing): Set iteration allows it.
    // One that throws must not keep the message from the others (a removed agency ends them all).
    for (const handler of handlers) {
      try {
        const done = handler(message);
        if (done) pending.push(done);
      } catch (error) {
        this.logger.error({ err: error, kind: message.kind }, 'live message handler failed');
      }
    }
    return pending.length === 0 ? DELIVERED : Promise.all(pending).then(() => undefined);
  }

  /** Fires after the transport reconnected: anything may have been missed meanwhile. */
  get resynced(): Observable<void> {
    return this.resyncs.asObservable();
  }
}

/** How long a change's answer waits for this instance's subscribers to be handed its events, at most. */
export const LOCAL_DELIVERY_WAIT_MS = 250;

const DELIVERED = Promise.resolve();

/** `work`, or a resolved promise after `ms` if it takes longer (the timer does not hold the process open). */
function boundedWait(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  return Promise.race([work.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

/** What `listen` keys a message by: its plan, its session or its user. */
function routingKey(message: LiveMessage): string {
  switch (message.kind) {
    case 'plan-log':
    case 'plan-members':
    case 'presence':
      return message.planId;
    case 'session-revoked':
    case 'session-access-changed':
      return message.sessionId;
    case 'notification':
      return message.userId;
  }
}
