import { useApolloClient } from '@apollo/client/react';
import { hasErrorCode, isUnauthenticatedError, NotificationAddedDocument, NotificationBellDocument, useConnectionStore } from '@jointops/web-data';
import { useEffect, useRef } from 'react';
import { addNotificationToCache } from './notification-cache';

const RESTART_AFTER_ERROR_MS = 5_000;
/** Reading the count again when the page is shown again: at most this often. */
const RECOUNT_ON_SHOW_MS = 30_000;

/**
 * Keeps the bell and any cached notification list current: one `notificationAdded` subscription
 * while signed in (not in a session confined to one page). Each new notification goes into the
 * cache once (a repeat of one already seen is dropped). graphql-ws resubscribes after a reconnect
 * by itself; what was created while the socket was down is read again then (the bell's count here,
 * the page's list by the page). Notifications read in another session of the same person (another
 * tab, the phone) arrive as nothing: the count is read again when this page is shown again after
 * being hidden (at most every 30 s), so a tab come back to does not keep counting them as unread.
 */
export function useNotificationsLive(enabled: boolean): void {
  const client = useApolloClient();
  const connection = useConnectionStore();

  useEffect(() => {
    if (!enabled) return;
    const seen = new Set<string>();
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    let restartTimer: ReturnType<typeof setTimeout> | undefined;

    const onError = (error: unknown) => {
      if (stopped) return;
      // A lost session is handled by the client's session link (sign in again); a confined one has no bell.
      if (isUnauthenticatedError(error) || hasErrorCode(error, 'MFA_ENROLLMENT_REQUIRED') || hasErrorCode(error, 'FORBIDDEN')) return;
      clearTimeout(restartTimer);
      restartTimer = setTimeout(start, RESTART_AFTER_ERROR_MS);
    };
    function start() {
      if (stopped) return;
      subscription?.unsubscribe();
      subscription = client.subscribe({ query: NotificationAddedDocument, fetchPolicy: 'no-cache' }).subscribe({
        next: ({ data, error }) => {
          if (error) return onError(error);
          const notification = data?.notificationAdded;
          if (!notification || seen.has(notification.id)) return;
          seen.add(notification.id);
          addNotificationToCache(client.cache, notification);
        },
        error: onError,
      });
    }
    start();

    let lastRecount = Date.now();
    const recount = () => {
      if (stopped) return;
      lastRecount = Date.now();
      void client.query({ query: NotificationBellDocument, fetchPolicy: 'network-only' }).catch(() => undefined);
    };
    const stopWatching = connection.onReconnect(recount);
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && Date.now() - lastRecount >= RECOUNT_ON_SHOW_MS) recount();
    };
    document.addEventListener('visibilitychange', onVisibility);

    return () => {
      stopped = true;
      clearTimeout(restartTimer);
      subscription?.unsubscribe();
      stopWatching();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [client, connection, enabled]);
}

/** Runs `refetch` each time the live connection comes back after a loss. */
export function useRefetchOnReconnect(refetch: () => unknown): void {
  const connection = useConnectionStore();
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => connection.onReconnect(() => void Promise.resolve(latest.current()).catch(() => undefined)), [connection]);
}
