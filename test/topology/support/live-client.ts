import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveEvent {
  seq: number;
  type: string;
  entityId: string | null;
}

/** One `planEvents` subscription: what it asked from and what arrived on it, as it arrived. */
export interface SubscriptionRecord {
  afterSeq: number;
  /** 1 for the first connection, 2 after the first reconnect, … */
  connection: number;
  received: LiveEvent[];
}

const PLAN_EVENTS = `subscription PlanEvents($planId: ID!, $afterSeq: Int) {
  planEvents(planId: $planId, afterSeq: $afterSeq) { seq planId type entityId revision }
}`;

/** The web's wait before reconnect attempt `retries` (libs/web-data reconnectDelay): about 1 s, 2 s, 4 s … */
function reconnectDelay(retries: number): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** Math.min(retries, 15));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/**
 * What the web app does for an open plan (libs/web-data createWsClient and apps/web usePlanLive),
 * outside a browser: graphql-ws over `ws` with the Origin a browser sends, the bearer token in
 * connection_init, lazy, retrying forever with the web's backoff; on every reconnect it restarts
 * `planEvents` from the last seq it applied, and it applies an event only when it is newer.
 * `holdReconnects()` makes the next reconnect wait until `releaseReconnects()`, so a test can
 * edit while the client is away instead of racing it.
 */
export class LivePlanClient {
  readonly subscriptions: SubscriptionRecord[] = [];
  readonly applied: LiveEvent[] = [];
  readonly errors: unknown[] = [];
  readonly closeCodes: number[] = [];
  connections = 0;
  lastApplied: number;
  private readonly client: Client;
  private unsubscribe: (() => void) | null = null;
  private held: Promise<void> | null = null;
  private release: () => void = () => undefined;
  private closing: () => void = () => undefined;
  private readonly closed = new Promise<void>((resolve) => (this.closing = resolve));

  constructor(options: { url: string; origin: string; ca: Buffer; token: string; planId: string; loadedSeq: number }) {
    this.lastApplied = options.loadedSeq;
    const { origin, ca } = options;
    class BrowserLikeSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { origin, ca });
      }
    }
    this.client = createClient({
      url: options.url,
      lazy: true,
      webSocketImpl: BrowserLikeSocket,
      connectionParams: () => ({ authorization: `Bearer ${options.token}` }),
      retryAttempts: Infinity,
      shouldRetry: (event) => !(typeof event === 'object' && event !== null && (event as { code?: number }).code === 4403),
      retryWait: async (retries) => {
        await this.held;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([new Promise((resolve) => (timer = setTimeout(resolve, reconnectDelay(retries)))), this.closed]);
        clearTimeout(timer);
      },
      on: {
        connected: (_socket, _payload, wasRetry) => {
          this.connections++;
          // usePlanLive: graphql-ws would resubscribe with the first afterSeq; restart from the last applied.
          if (wasRetry) this.subscribe(options.planId);
        },
        closed: (event) => this.closeCodes.push((event as { code?: number }).code ?? 0),
      },
    });
    this.subscribe(options.planId);
  }

  private subscribe(planId: string): void {
    this.unsubscribe?.();
    const record: SubscriptionRecord = { afterSeq: this.lastApplied, connection: this.connections || 1, received: [] };
    this.subscriptions.push(record);
    this.unsubscribe = this.client.subscribe<{ planEvents: LiveEvent }>(
      { query: PLAN_EVENTS, variables: { planId, afterSeq: record.afterSeq } },
      {
        next: ({ data, errors }) => {
          if (errors?.length || !data) return void this.errors.push(errors);
          const { seq, type, entityId } = data.planEvents;
          record.received.push({ seq, type, entityId });
          // applyPlanEvent: an event at or below the last applied seq is already in the cache.
          if (seq <= this.lastApplied) return;
          this.applied.push({ seq, type, entityId });
          this.lastApplied = seq;
        },
        error: (error) => this.errors.push(error),
        complete: () => undefined,
      },
    );
  }

  holdReconnects(): void {
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  releaseReconnects(): void {
    this.release();
    this.held = null;
  }

  /** For a failure message: how the connection went. */
  describe(): string {
    return `connections ${this.connections}, close codes [${this.closeCodes.join(', ')}], last applied seq ${this.lastApplied}, errors ${JSON.stringify(this.errors)}`;
  }

  async close(): Promise<void> {
    this.closing();
    this.releaseReconnects();
    this.unsubscribe?.();
    // While it is still trying to connect, graphql-ws rejects with "All Subscriptions Gone".
    await Promise.resolve(this.client.dispose()).catch(() => undefined);
  }
}
