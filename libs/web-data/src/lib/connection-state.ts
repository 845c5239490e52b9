import { isCloseEventLike, WS_CLOSE_FORBIDDEN } from './errors';

/**
 * The WebSocket as the user experiences it:
 * - `idle`: no socket, and none needed (lazy: nothing subscribed yet, or closed normally);
 * - `connecting`: the first connection is being set up;
 * - `connected`: up;
 * - `lost`: a socket closed abnormally (or could not open) and the client is retrying.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'lost';

export interface ConnectionState {
  status: ConnectionStatus;
  /** How many times a socket came back after being lost; bumps on each reconnect. */
  reconnects: number;
}

export interface ConnectionStateStore {
  get(): ConnectionState;
  subscribe(listener: () => void): () => void;
  /** Calls `listener` each time a lost socket comes back (`reconnects` bumps); returns the unsubscribe. */
  onReconnect(listener: () => void): () => void;
  /** graphql-ws client event handlers (`on: { connecting, connected, closed }`). */
  handlers: {
    connecting: (isRetry: boolean) => void;
    connected: (socket: unknown, payload: unknown, wasRetry: boolean) => void;
    closed: (event: unknown) => void;
  };
}

/** Close code graphql-ws uses when it closes a lazy socket nobody needs any more. */
const NORMAL_CLOSURE = 1000;

export function createConnectionStateStore(initial: ConnectionState = { status: 'idle', reconnects: 0 }): ConnectionStateStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const set = (next: Partial<ConnectionState>) => {
    const merged = { ...state, ...next };
    if (merged.status === state.status && merged.reconnects === state.reconnects) return;
    state = merged;
    for (const listener of [...listeners]) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    get: () => state,
    subscribe,
    onReconnect(listener) {
      let seen = state.reconnects;
      return subscribe(() => {
        if (state.reconnects === seen) return;
        seen = state.reconnects;
        listener();
      });
    },
    handlers: {
      connecting: (isRetry) => set({ status: isRetry || state.status === 'lost' ? 'lost' : 'connecting' }),
      connected: (_socket, _payload, wasRetry) => {
        const cameBack = wasRetry || state.status === 'lost';
        set({ status: 'connected', reconnects: cameBack ? state.reconnects + 1 : state.reconnects });
      },
      closed: (event) => {
        const code = isCloseEventLike(event) ? event.code : undefined;
        // A normal close (lazy close, dispose) or a refused session: nothing to reconnect to.
        if (code === NORMAL_CLOSURE || code === WS_CLOSE_FORBIDDEN) set({ status: 'idle' });
        else set({ status: 'lost' });
      },
    },
  };
}

/** Each Apollo client's connection store, so components find it through `useApolloClient()`. */
const stores = new WeakMap<object, ConnectionStateStore>();

export function registerConnectionState(client: object, store: ConnectionStateStore): void {
  stores.set(client, store);
}

/** Clients without a WebSocket (tests with a mocked link) stay `idle`. */
const IDLE_STORE = createConnectionStateStore();

export function connectionStateOf(client: object): ConnectionStateStore {
  return stores.get(client) ?? IDLE_STORE;
}
