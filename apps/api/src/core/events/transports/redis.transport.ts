import Redis from 'ioredis';
import type { Logger } from 'pino';
import { LIVE_CHANNEL, type TransportMessage } from '../live-message';
import { backoff, type LiveTransport } from './live-transport';

/** Redis pub/sub, used when REDIS_URL is set. ioredis reconnects by itself; each reconnect resyncs. */
export class RedisTransport implements LiveTransport {
  readonly name = 'redis';
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;

  constructor(
    private readonly redisUrl: string,
    private readonly logger: Logger,
  ) {}

  async start(onMessage: (message: TransportMessage) => void, onResync: () => void): Promise<void> {
    const options = { lazyConnect: true, maxRetriesPerRequest: null, retryStrategy: (times: number) => backoff(times) };
    this.publisher = new Redis(this.redisUrl, options);
    this.subscriber = new Redis(this.redisUrl, options);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error) => this.logger.warn({ err: error }, 'redis live transport error'));
    }
    let ready = false;
    this.subscriber.on('ready', () => {
      if (ready) onResync();
      ready = true;
    });
    this.subscriber.on('message', (channel, payload) => {
      if (channel !== LIVE_CHANNEL) return;
      try {
        onMessage(JSON.parse(payload) as TransportMessage);
      } catch (error) {
        this.logger.warn({ err: error }, 'ignored a malformed live message');
      }
    });
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(LIVE_CHANNEL);
  }

  async publish(message: TransportMessage): Promise<void> {
    await this.publisher?.publish(LIVE_CHANNEL, JSON.stringify(message));
  }

  async stop(): Promise<void> {
    const clients = [this.publisher, this.subscriber].filter((client): client is Redis => client !== null);
    this.publisher = null;
    this.subscriber = null;
    await Promise.all(clients.map((client) => client.quit().catch(() => client.disconnect())));
  }
}
