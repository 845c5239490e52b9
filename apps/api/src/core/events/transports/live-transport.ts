import type { TransportMessage } from '../live-message';

/**
 * Carries LiveMessages between API instances. It only wakes instances up: anything it loses is
 * recovered from the tables, so after a reconnect it calls `onResync` and every stream re-reads.
 */
export interface LiveTransport {
  readonly name: string;
  start(onMessage: (message: TransportMessage) => void, onResync: () => void): Promise<void>;
  publish(message: TransportMessage): Promise<void>;
  /**
   * How the transaction that commits what `message` announces can send it itself, if this
   * transport can: the arguments of a `pg_notify` in one of its statements (PostgreSQL delivers a
   * NOTIFY when the transaction commits, and drops it if it rolls back). Absent when it cannot
   * (Redis): then the message is published after the commit.
   */
  atCommit?(message: TransportMessage): PgNotify;
  stop(): Promise<void>;
}

/** The arguments of `pg_notify(channel, payload)`. */
export interface PgNotify {
  channel: string;
  payload: string;
}

export const LIVE_TRANSPORT = Symbol('LIVE_TRANSPORT');

/** 100 ms, 200 ms, … up to 5 s between reconnect attempts. */
export function backoff(attempt: number): number {
  return Math.min(5_000, 100 * 2 ** Math.min(attempt, 6));
}
