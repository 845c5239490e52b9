import type { ApolloCache, Reference } from '@apollo/client';
import { NotificationFieldsFragmentDoc, type NotificationFieldsFragment } from '@jointops/web-data';

/** A cached `notifications(...)` answer: the bell's holds only the count, the page's the items too. */
interface CachedPage {
  unreadCount?: number;
  nodes?: readonly Reference[];
}

/**
 * A notification that arrived live: written to the cache, and put on top of every cached
 * `notifications` answer (unread first, newest first: a new one belongs at the top of each), its
 * unread count raised. A notification a list already holds changes nothing.
 */
export function addNotificationToCache(cache: ApolloCache, notification: NotificationFieldsFragment): void {
  const ref = cache.writeFragment({ fragment: NotificationFieldsFragmentDoc, fragmentName: 'NotificationFields', data: { __typename: 'Notification', ...notification } as NotificationFieldsFragment });
  if (!ref) return;
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      notifications(value) {
        const existing = value as CachedPage | undefined;
        if (!existing || typeof existing !== 'object') return value;
        if (existing.nodes?.some((node) => node.__ref === ref.__ref)) return value;
        const updated: CachedPage = {
          ...existing,
          unreadCount: (existing.unreadCount ?? 0) + (notification.readAt ? 0 : 1),
          ...(existing.nodes ? { nodes: [ref, ...existing.nodes] } : {}),
        };
        return updated as typeof value;
      },
    },
  });
}

/** Unread first, then newest first: the server's order, kept for items added live. */
export function inReadingOrder<T extends { readAt: string | null; createdAt: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(Boolean(a.readAt)) - Number(Boolean(b.readAt)) || Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
