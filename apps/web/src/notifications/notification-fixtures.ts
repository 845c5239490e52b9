import { ApolloLink, Observable } from '@apollo/client';
import type { NotificationFieldsFragment } from '@jointops/web-data';
import { MARIA } from '../test/render';

/** Test data: a notification as the API answers it. */
export function notification(id: string, overrides: Partial<NotificationFieldsFragment> = {}): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id,
    kind: 'REVIEW_REQUESTED',
    text: `Notification ${id}`,
    link: `/plans/p-${id}/approvals`,
    createdAt: '2026-12-01T10:00:00.000Z',
    readAt: null,
    plan: { __typename: 'Plan', id: `p-${id}`, title: `Operation ${id}` },
    ...overrides,
  } as NotificationFieldsFragment;
}

type Result = { data?: unknown; errors?: unknown[] };

/**
 * A fake API for the notification operations (and `me`), holding its notifications: queries read
 * them in the server's order, markNotificationsRead changes them, and `push` delivers one live to
 * every open `notificationAdded` subscription (and adds it to the store). Other operations never answer.
 */
export function notificationServer(initial: NotificationFieldsFragment[]) {
  let items = [...initial];
  const sent: Array<{ name: string; variables: Record<string, unknown> }> = [];
  const subscribers: Array<(result: Result) => void> = [];
  /** Replaces the next answer of the named operation. */
  const overrides = new Map<string, Result>();
  const ordered = () => [...items].sort((a, b) => Number(Boolean(a.readAt)) - Number(Boolean(b.readAt)) || Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const page = (unreadOnly: boolean) => ({
    __typename: 'NotificationPage',
    unreadCount: items.filter((n) => !n.readAt).length,
    nodes: ordered().filter((n) => !unreadOnly || !n.readAt),
  });

  const answer = (name: string, variables: Record<string, unknown>): Result | null => {
    const override = overrides.get(name);
    if (override) {
      overrides.delete(name);
      return override;
    }
    switch (name) {
      case 'Me':
        return { data: { me: MARIA } };
      case 'NotificationBell':
        return { data: { notifications: { __typename: 'NotificationPage', unreadCount: page(false).unreadCount } } };
      case 'Notifications':
        return { data: { notifications: page(Boolean(variables['unreadOnly'])) } };
      case 'MarkNotificationsRead': {
        const ids = variables['ids'] as string[] | null | undefined;
        let changed = 0;
        items = items.map((n) => {
          if (n.readAt || (ids && !ids.includes(n.id))) return n;
          changed++;
          return { ...n, readAt: '2026-12-01T12:00:00.000Z' };
        });
        return { data: { markNotificationsRead: changed } };
      }
      default:
        return null;
    }
  };

  const link = new ApolloLink((operation) => {
    const name = operation.operationName ?? '';
    sent.push({ name, variables: operation.variables });
    if (name === 'NotificationAdded') {
      return new Observable<Result>((observer) => {
        const deliver = (result: Result) => observer.next(result);
        subscribers.push(deliver);
        return () => void subscribers.splice(subscribers.indexOf(deliver), 1);
      }) as never;
    }
    const result = answer(name, operation.variables);
    return new Observable<Result>((observer) => {
      if (!result) return;
      observer.next(result);
      observer.complete();
    }) as never;
  });

  return {
    link,
    sent,
    /** Names of the operations sent so far. */
    names: () => sent.map((s) => s.name),
    variablesOf: (name: string) => sent.filter((s) => s.name === name).map((s) => s.variables),
    subscriberCount: () => subscribers.length,
    /** Creates a notification on the "server" and delivers it live (`again` delivers without adding). */
    push(created: NotificationFieldsFragment, again = false) {
      if (!again) items = [created, ...items];
      for (const deliver of [...subscribers]) deliver({ data: { notificationAdded: created } });
    },
    /** The next answer of `name` is this one. */
    answerNext(name: string, result: Result) {
      overrides.set(name, result);
    },
  };
}
