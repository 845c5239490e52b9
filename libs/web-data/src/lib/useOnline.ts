import { useSyncExternalStore } from 'react';

/**
 * Whether the browser believes it has a network (`navigator.onLine`, kept current by the window's
 * `online` and `offline` events). `false` is reliable (no network at all); `true` only means some
 * network: the server may still be unreachable, which the WebSocket's state tells.
 */
export function isBrowserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function subscribeToOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** `navigator.onLine`, re-rendering when the browser goes offline or back online. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeToOnline, isBrowserOnline, () => true);
}
