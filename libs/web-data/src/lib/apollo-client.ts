import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import type { InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { tap } from 'rxjs';
import { createClient, type Client as WsClient, type ClientOptions as WsClientOptions } from 'graphql-ws';
import { createCache } from './cache';
import { createConnectionStateStore, registerConnectionState, type ConnectionStateStore } from './connection-state';
import { isCloseEventLike, isForbiddenSocketClose, isUnauthenticatedError, WS_CLOSE_FORBIDDEN } from './errors';

export interface CreateApolloClientOptions {
  /** Usually same-origin `/graphql`. */
  httpUrl: string;
  /** `ws(s)://<host>/graphql`; see `webSocketUrl`. */
  wsUrl: string;
  /** The current bearer token, or null when signed out. Read on every request and every (re)connect. */
  getToken: () => string | null;
  /**
   * The server refused a token that was sent: GraphQL error UNAUTHENTICATED, or the socket closed
   * with 4403. Typically clears the stored session, resets the cache and asks to sign in again.
   */
  onUnauthenticated: () => void;
  /** Called after every successful response to a request that carried a token (to slide the local expiry). */
  onAuthenticatedActivity?: () => void;
  /**
   * Operations whose UNAUTHENTICATED answer is not a lost session: a wrong password on `Login`,
   * an already revoked token on `Logout`. Default `['Login', 'Logout']`.
   */
  publicOperations?: readonly string[];
  cache?: InMemoryCache;
  /** Injected in tests. */
  fetch?: typeof fetch;
  /** Injected in tests or outside browsers. */
  webSocketImpl?: WsClientOptions['webSocketImpl'];
  /** Receives the socket's connecting / connected / closed events; one is created when omitted. */
  connectionState?: ConnectionStateStore;
}

/** Operation context that sends a query or mutation over the WebSocket instead of HTTP. */
export const WS_TRANSPORT = { transport: 'ws' } as const;

/** Context flag set by the auth link: whether this request carried a bearer token. */
const SENT_TOKEN = 'jointopsSentToken';

/** Randomised exponential backoff: about 1 s, 2 s, 4 s ... capped at 30 s. */
export function reconnectDelay(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** Math.min(retries, 15));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The WebSocket URL for a same-origin HTTP endpoint path, e.g. `wss://host/graphql`. */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

export function createWsClient(options: Pick<CreateApolloClientOptions, 'wsUrl' | 'getToken' | 'onUnauthenticated' | 'webSocketImpl' | 'connectionState'>): WsClient {
  const state = options.connectionState?.handlers;
  return createClient({
    url: options.wsUrl,
    lazy: true,
    connectionParams: (): Record<string, string> => {
      const token = options.getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Keep reconnecting (network drops, deploys) except when the server refused the session.
    retryAttempts: Infinity,
    shouldRetry: (errOrCloseEvent) => !(isCloseEventLike(errOrCloseEvent) && errOrCloseEvent.code === WS_CLOSE_FORBIDDEN),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
    on: {
      connecting: (isRetry) => state?.connecting(isRetry),
      connected: (socket, payload, wasRetry) => state?.connected(socket, payload, wasRetry),
      closed: (event) => {
        state?.closed(event);
        if (isCloseEventLike(event) && event.code === WS_CLOSE_FORBIDDEN) options.onUnauthenticated();
      },
    },
    ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
  });
}

/** Adds `Authorization: Bearer <token>` to HTTP requests and remembers whether a token was sent. */
export function createAuthLink(getToken: () => string | null): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const token = getToken();
    operation.setContext((previous: { headers?: Record<string, string> }) => ({
      headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      [SENT_TOKEN]: Boolean(token),
    }));
    return forward(operation);
  });
}

/**
 * Calls `onUnauthenticated` when the server refuses the session a request was sent with.
 * A request sent without a token, or a public operation (Login), is left to its caller.
 */
export function createSessionErrorLink(
  options: Pick<CreateApolloClientOptions, 'onUnauthenticated' | 'onAuthenticatedActivity' | 'publicOperations'>,
): ApolloLink {
  const publicOperations = new Set(options.publicOperations ?? ['Login', 'Logout']);
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName && publicOperations.has(operation.operationName)) return;
    const sentToken = operation.getContext()[SENT_TOKEN] === true;
    const isSubscription = operation.operationType === OperationTypeNode.SUBSCRIPTION;
    if ((sentToken || isSubscription) && (isUnauthenticatedError(error) || isForbiddenSocketClose(error))) {
      options.onUnauthenticated();
    }
  });
  if (!options.onAuthenticatedActivity) return errorLink;
  const onActivity = options.onAuthenticatedActivity;
  const activityLink = new ApolloLink((operation, forward) => {
    const observable = forward(operation);
    if (operation.getContext()[SENT_TOKEN] !== true || operation.operationType === OperationTypeNode.SUBSCRIPTION) return observable;
    return observable.pipe(
      tap((result) => {
        if (!result.errors?.length) onActivity();
      }),
    );
  });
  return ApolloLink.from([errorLink, activityLink]);
}

/** Subscriptions, and operations sent with the `WS_TRANSPORT` context, go over the WebSocket. */
export function usesWebSocket(operation: { operationType?: OperationTypeNode; getContext: () => Record<string, unknown> }): boolean {
  return operation.operationType === OperationTypeNode.SUBSCRIPTION || operation.getContext()['transport'] === WS_TRANSPORT.transport;
}

/**
 * The web client's Apollo Client: queries and mutations over HTTP with a bearer header,
 * subscriptions over graphql-ws (lazy, reconnecting with backoff), one session-error handler.
 */
export function createApolloClient(options: CreateApolloClientOptions): ApolloClient {
  const httpLink = new HttpLink({ uri: options.httpUrl, ...(options.fetch ? { fetch: options.fetch } : {}) });
  const connectionState = options.connectionState ?? createConnectionStateStore();
  const wsLink = new GraphQLWsLink(createWsClient({ ...options, connectionState }));
  const transport = ApolloLink.split(usesWebSocket, wsLink, httpLink);

  const client = new ApolloClient({
    cache: options.cache ?? createCache(),
    link: ApolloLink.from([createSessionErrorLink(options), createAuthLink(options.getToken), transport]),
  });
  registerConnectionState(client, connectionState);
  return client;
}
