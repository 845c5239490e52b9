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
  private readonly keyed = new Map<string, Set<(message: LiveMessage) => void>>();

  constructor(
    @Inject(LIVE_TRANSPORT) private readonly transport: LiveTransport,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.transport.start(
      ({ origin, ...message }) => {
        if (origin !== this.instanceId) this.deliver(message as LiveMessage);
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
    this.deliver(message);
    this.transport.publish({ ...message, origin: this.instanceId }).catch((error: unknown) => {
      // Subscribers elsewhere catch up at their next wake-up or resync; nothing is lost.
      this.logger.warn({ err: error, kind: message.kind }, 'live message not published');
    });
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

  /** After the commit of a transaction that carried atCommit(message): delivers it here, and publishes it if the commit could not. */
  publishCommitted(message: LiveMessage): void {
    if (this.transport.atCommit) this.deliver(message);
    else this.publish(message);
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
  listen<K extends LiveMessage['kind']>(kind: K, key: string, handler: (message: Extract<LiveMessage, { kind: K }>) => void): () => void {
    const slot = `${kind}:${key}`;
    let handlers = this.keyed.get(slot);
    if (!handlers) {
      handlers = new Set();
      this.keyed.set(slot, handlers);
    }
    const listener = handler as (message: LiveMessage) => void;
    handlers.add(listener);
    return () => {
      handlers.delete(listener);
      if (handlers.size === 0 && this.keyed.get(slot) === handlers) this.keyed.delete(slot);
    };
  }

  private deliver(message: LiveMessage): void {
    this.incoming.next(message);
    const handlers = this.keyed.get(`${message.kind}:${routingKey(message)}`);
    if (!handlers) return;
    // A handler may stop listening while this runs (a stream failing): Set iteration allows it.
    // One that throws must not keep the message from the others (a removed agency ends them all).
    for (const handler of handlers) {
      try {
        handler(message);
      } catch (error) {
        this.logger.error({ err: error, kind: message.kind }, 'live message handler failed');
      }
    }
  }

  /** Fires after the transport reconnected: anything may have been missed meanwhile. */
  get resynced(): Observable<void> {
    return this.resyncs.asObservable();
  }
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
