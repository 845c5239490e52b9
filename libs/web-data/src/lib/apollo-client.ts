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
  /**
   * Whether the app holds a session, read as each request is sent. The session itself is the
   * HttpOnly `jointops_session` cookie, which the browser sends with every same-origin request
   * and WebSocket upgrade; no script sees it.
   */
  isSignedIn: () => boolean;
  /**
   * The server refused the session of a signed-in app: GraphQL error UNAUTHENTICATED, or the
   * socket closed with 4403. Typically clears the stored session, resets the cache and asks to
   * sign in again.
   */
  onUnauthenticated: () => void;
  /** Called after every successful response to a request sent while signed in (to slide the local expiry). */
  onAuthenticatedActivity?: () => void;
  /**
   * Operations whose UNAUTHENTICATED answer is not a lost session: a wrong password on `Login`,
   * an already revoked session on `Logout`. Default `['Login', 'Logout']`.
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

/** Context flag set as a request is sent: whether the app was signed in then. */
const SENT_SIGNED_IN = 'jointopsSentSignedIn';

/** Randomised exponential backoff: about 1 s, 2 s, 4 s ... capped at 30 s. */
export function reconnectDelay(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** Math.min(retries, 15));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The WebSocket URL for a same-origin HTTP endpoint path, e.g. `wss://host/graphql`. */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/**
 * The live connection. It sends no credential of its own: the browser sends the session cookie
 * with the upgrade request (same origin), and the server checks that request's Origin.
 */
export function createWsClient(options: Pick<CreateApolloClientOptions, 'wsUrl' | 'onUnauthenticated' | 'webSocketImpl' | 'connectionState'>): WsClient {
  const state = options.connectionState?.handlers;
  return createClient({
    url: options.wsUrl,
    lazy: true,
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

/** Remembers, on each request as it is sent, whether the app was signed in then. */
function createSignedInLink(isSignedIn: () => boolean): ApolloLink {
  return new ApolloLink((operation, forward) => {
    operation.setContext({ [SENT_SIGNED_IN]: isSignedIn() });
    return forward(operation);
  });
}

/**
 * Calls `onUnauthenticated` when the server refuses the session of a request sent while signed
 * in. A request sent signed out (the start-up `me` check), or a public operation (Login), is left
 * to its caller.
 */
export function createSessionErrorLink(
  options: Pick<CreateApolloClientOptions, 'isSignedIn' | 'onUnauthenticated' | 'onAuthenticatedActivity' | 'publicOperations'>,
): ApolloLink {
  const publicOperations = new Set(options.publicOperations ?? ['Login', 'Logout']);
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName && publicOperations.has(operation.operationName)) return;
    const sentSignedIn = operation.getContext()[SENT_SIGNED_IN] === true;
    const isSubscription = operation.operationType === OperationTypeNode.SUBSCRIPTION;
    if ((sentSignedIn || isSubscription) && (isUnauthenticatedError(error) || isForbiddenSocketClose(error))) {
      options.onUnauthenticated();
    }
  });
  const signedInLink = createSignedInLink(options.isSignedIn);
  if (!options.onAuthenticatedActivity) return ApolloLink.from([signedInLink, errorLink]);
  const onActivity = options.onAuthenticatedActivity;
  const activityLink = new ApolloLink((operation, forward) => {
    const observable = forward(operation);
    if (operation.getContext()[SENT_SIGNED_IN] !== true || operation.operationType === OperationTypeNode.SUBSCRIPTION) return observable;
    return observable.pipe(
      tap((result) => {
        if (!result.errors?.length) onActivity();
      }),
    );
  });
  return ApolloLink.from([signedInLink, errorLink, activityLink]);
}

/** Subscriptions, and operations sent with the `WS_TRANSPORT` context, go over the WebSocket. */
export function usesWebSocket(operation: { operationType?: OperationTypeNode; getContext: () => Record<string, unknown> }): boolean {
  return operation.operationType === OperationTypeNode.SUBSCRIPTION || operation.getContext()['transport'] === WS_TRANSPORT.transport;
}

/**
 * The web client's Apollo Client: queries and mutations over HTTP, subscriptions over graphql-ws
 * (lazy, reconnecting with backoff), one session-error handler. Both carry the session cookie
 * (same origin only); neither sends a bearer token.
 */
export function createApolloClient(options: CreateApolloClientOptions): ApolloClient {
  const httpLink = new HttpLink({ uri: options.httpUrl, credentials: 'same-origin', ...(options.fetch ? { fetch: options.fetch } : {}) });
  const connectionState = options.connectionState ?? createConnectionStateStore();
  const wsLink = new GraphQLWsLink(createWsClient({ ...options, connectionState }));
  const transport = ApolloLink.split(usesWebSocket, wsLink, httpLink);

  const client = new ApolloClient({
    cache: options.cache ?? createCache(),
    link: ApolloLink.from([createSessionErrorLink(options), transport]),
  });
  registerConnectionState(client, connectionState);
  return client;
}
