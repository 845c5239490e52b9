import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import { hasErrorCode, isUnauthenticatedError, type ConnectionStateStore } from '@jointops/web-data';

const RESTART_AFTER_ERROR_MS = 5_000;

export interface FollowPlanEvents<TEvent extends { seq: number }> {
  client: ApolloClient;
  connection: ConnectionStateStore;
  planId: string;
  /** A `planEvents(planId, afterSeq)` subscription: the workspace's, or the event log's with hashes. */
  query: TypedDocumentNode<{ planEvents: TEvent }, { planId: string; afterSeq?: number | null }>;
  /** The last seq the caller holds: every (re)subscription asks for the events after it. */
  afterSeq: () => number;
  onEvent: (event: TEvent) => void;
  /** The server ended the stream with NOT_FOUND or FORBIDDEN: the plan may no longer be seen. */
  onNoAccess: () => void;
  /** After the socket reconnected and the subscription restarted. */
  onReconnect?: () => void;
}

/**
 * Follows a plan's events on the live socket, gapless: one `planEvents` subscription from the
 * caller's last seq. graphql-ws reconnects by itself but would replay from the first afterSeq, so on
 * every reconnect (and five seconds after a failed stream) it subscribes again from the caller's
 * latest. A replay may still repeat events the caller holds; callers skip seqs they have. A lost
 * session is left to the client's session link (sign in again). Returns the stop function.
 */
export function followPlanEvents<TEvent extends { seq: number }>(options: FollowPlanEvents<TEvent>): () => void {
  const { client, connection, planId, query } = options;
  let stopped = false;
  let subscription: { unsubscribe(): void } | undefined;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;

  const onError = (error: unknown) => {
    if (stopped) return;
    if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'FORBIDDEN')) {
      stop();
      options.onNoAccess();
      return;
    }
    if (isUnauthenticatedError(error)) return;
    clearTimeout(restartTimer);
    restartTimer = setTimeout(start, RESTART_AFTER_ERROR_MS);
  };
  function start() {
    if (stopped) return;
    subscription?.unsubscribe();
    subscription = client.subscribe({ query, variables: { planId, afterSeq: options.afterSeq() }, fetchPolicy: 'no-cache' }).subscribe({
      next: ({ data, error }) => (error ? onError(error) : data ? options.onEvent(data.planEvents) : undefined),
      error: onError,
    });
  }
  const stopWatching = connection.onReconnect(() => {
    if (stopped) return;
    start();
    options.onReconnect?.();
  });
  function stop() {
    stopped = true;
    clearTimeout(restartTimer);
    subscription?.unsubscribe();
    stopWatching();
  }
  start();
  return stop;
}
