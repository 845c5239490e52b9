import type { TransportMessage } from '../live-message';

/**
 * Carries LiveMessages between API instances. It only wakes instances up: anything it loses is
 * recovered from the tables, so after a reconnect it calls `onResync` and every stream re-reads.
 */
export interface LiveTransport {
  readonly name: string;
  start(onMessage: (message: TransportMessage) => void, onResync: () => void): Promise<void>;
  publish(message: TransportMessage): Promise<void>;
  stop(): Promise<void>;
}

export const LIVE_TRANSPORT = Symbol('LIVE_TRANSPORT');

/** 100 ms, 200 ms, … up to 5 s between reconnect attempts. */
export function backoff(attempt: number): number {
  return Math.min(5_000, 100 * 2 ** Math.min(attempt, 6));
}
