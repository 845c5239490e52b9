import { Client, Pool } from 'pg';
import type { Logger } from 'pino';
import { LIVE_CHANNEL, type TransportMessage } from '../live-message';
import { backoff, type LiveTransport, type PgNotify } from './live-transport';

/**
 * The default transport: PostgreSQL LISTEN/NOTIFY on the application database, so no extra
 * server is needed. One dedicated connection listens and reconnects on its own; publishing
 * uses a small pool of its own, so a busy application pool never delays a wake-up.
 */
export class PostgresNotifyTransport implements LiveTransport {
  readonly name = 'postgres-notify';
  private listener: Client | null = null;
  private publisher: Pool | null = null;
  private stopped = false;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  async start(onMessage: (message: TransportMessage) => void, onResync: () => void): Promise<void> {
    const connect = async (): Promise<void> => {
      const client = new Client({ connectionString: this.databaseUrl, application_name: 'jointops-live' });
      client.on('notification', (notification) => {
        if (notification.channel !== LIVE_CHANNEL || !notification.payload) return;
        try {
          onMessage(JSON.parse(notification.payload) as TransportMessage);
        } catch (error) {
          this.logger.warn({ err: error }, 'ignored a malformed live notification');
        }
      });
      const retry = () => {
        if (this.stopped || this.listener !== client) return;
        this.listener = null;
        client.removeAllListeners('error');
        client.on('error', () => undefined);
        void client.end().catch(() => undefined);
        this.reconnectTimer = setTimeout(() => {
          connect()
            .then(onResync)
            .catch(() => retry());
        }, backoff(this.attempt++));
      };
      client.on('error', (error) => {
        this.logger.warn({ err: error }, 'live listener connection lost; reconnecting');
        retry();
      });
      client.on('end', retry);
      this.listener = client;
      try {
        await client.connect();
        await client.query(`LISTEN ${LIVE_CHANNEL}`);
        this.attempt = 0;
      } catch (error) {
        retry();
        throw error;
      }
    };
    await connect();
  }

  async publish(message: TransportMessage): Promise<void> {
    if (this.stopped) return;
    this.publisher ??= new Pool({ connectionString: this.databaseUrl, max: 2, application_name: 'jointops-live-publish' }).on('error', () => undefined);
    await this.publisher.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(message)]);
  }

  /** Sent by the committing transaction itself: the same channel, on the same database. */
  atCommit(message: TransportMessage): PgNotify {
    return { channel: LIVE_CHANNEL, payload: JSON.stringify(message) };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    const publisher = this.publisher;
    this.listener = null;
    this.publisher = null;
    await Promise.all([listener?.end().catch(() => undefined), publisher?.end().catch(() => undefined)]);
  }
}
