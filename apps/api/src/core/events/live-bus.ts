import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { Observable, Subject, filter } from 'rxjs';
import { APP_LOGGER } from '../logging/logger';
import type { LiveMessage } from './live-message';
import { LIVE_TRANSPORT, type LiveTransport } from './transports/live-transport';

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

  constructor(
    @Inject(LIVE_TRANSPORT) private readonly transport: LiveTransport,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.transport.start(
      ({ origin, ...message }) => {
        if (origin !== this.instanceId) this.incoming.next(message as LiveMessage);
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
    this.incoming.next(message);
    this.transport.publish({ ...message, origin: this.instanceId }).catch((error: unknown) => {
      // Subscribers elsewhere catch up at their next wake-up or resync; nothing is lost.
      this.logger.warn({ err: error, kind: message.kind }, 'live message not published');
    });
  }

  of<K extends LiveMessage['kind']>(kind: K): Observable<Extract<LiveMessage, { kind: K }>> {
    return this.incoming.pipe(filter((message): message is Extract<LiveMessage, { kind: K }> => message.kind === kind));
  }

  /** Fires after the transport reconnected: anything may have been missed meanwhile. */
  get resynced(): Observable<void> {
    return this.resyncs.asObservable();
  }
}
