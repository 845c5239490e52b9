import { useApolloClient } from '@apollo/client/react';
import { useSyncExternalStore } from 'react';
import { connectionStateOf, type ConnectionState, type ConnectionStateStore } from './connection-state';

/** The connection store of the Apollo client in context. */
export function useConnectionStore(): ConnectionStateStore {
  return connectionStateOf(useApolloClient());
}

/** The WebSocket's state (`idle`, `connecting`, `connected`, `lost`) and how often it came back. */
export function useConnectionState(): ConnectionState {
  const store = useConnectionStore();
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
