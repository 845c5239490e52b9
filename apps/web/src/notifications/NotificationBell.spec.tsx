import { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { createCache, createConnectionStateStore, NotificationBellDocument, registerConnectionState } from '@jointops/web-data';
import type { ReactNode } from 'react';
import { App } from '../app/App';
import { memoryStore, renderWithProviders, signedInStore } from '../test/render';
import { notification, notificationServer } from './notification-fixtures';
import { bellLabel } from './NotificationBell';
import { useNotificationsLive } from './useNotificationsLive';
import { pause } from '../test/pause';

// jest runs without ES module support for import(): the real page, without the lazy wrapper.
jest.mock('../auth/LazyChangePasswordPage', () => ({ LazyChangePasswordPage: jest.requireActual('../auth/ChangePasswordPage').ChangePasswordPage }));

const bell = () => within(screen.getByRole('banner')).getByTestId('notification-bell-bar');

describe('the notifications bell', () => {
  it('names the unread count', () => {
    expect(bellLabel(0)).toBe('Notifications');
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
  });

  it('shows the unread count in the header, and counts a new notification the moment it arrives, once', async () => {
    const server = notificationServer([notification('n1'), notification('n2'), notification('n3', { readAt: '2026-12-01T11:00:00.000Z' })]);
    renderWithProviders(<App />, { route: '/plans', store: signedInStore(), link: server.link });

    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, 2 unread'));
    expect(bell().getAttribute('href')).toBe('/notifications');
    expect(within(bell()).getByTestId('notification-count').textContent).toBe('2');
    // The desktop placement reads the same count (the stylesheet shows one of the two).
    expect(within(screen.getByRole('banner')).getByTestId('notification-bell-nav').getAttribute('aria-label')).toBe('Notifications, 2 unread');
    await waitFor(() => expect(server.subscriberCount()).toBe(1));
    expect(server.names().filter((name) => name === 'NotificationBell')).toHaveLength(1);

    act(() => server.push(notification('n4', { createdAt: '2026-12-01T12:00:00.000Z' })));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread'));
    // The same notification delivered twice (a transport may repeat) is counted once.
    act(() => server.push(notification('n4', { createdAt: '2026-12-01T12:00:00.000Z' }), true));
    await pause(20);
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(within(bell()).getByTestId('notification-count').textContent).toBe('3');
    // Live: no query was sent again for it.
    expect(server.names().filter((name) => name === 'NotificationBell')).toHaveLength(1);
  });

  it('shows no badge when nothing is unread', async () => {
    const server = notificationServer([notification('n1', { readAt: '2026-12-01T11:00:00.000Z' })]);
    renderWithProviders(<App />, { route: '/plans', store: signedInStore(), link: server.link });
    await waitFor(() => expect(server.names()).toContain('NotificationBell'));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications'));
    expect(within(bell()).queryByTestId('notification-count')).toBeNull();
  });

  it('is not shown, and nothing is subscribed, in a session confined to changing its password', async () => {
    const server = notificationServer([notification('n1')]);
    renderWithProviders(<App />, { route: '/account/password', store: memoryStore({ mustChangePassword: true }), link: server.link });
    await screen.findByRole('heading', { level: 1, name: 'Choose a new password' });
    expect(within(screen.getByRole('banner')).queryByTestId('notification-bell-bar')).toBeNull();
    expect(within(screen.getByRole('banner')).queryByTestId('notification-bell-nav')).toBeNull();
    expect(server.names()).not.toContain('NotificationBell');
    expect(server.names()).not.toContain('NotificationAdded');
  });
});

describe('useNotificationsLive', () => {
  function setup(enabled = true) {
    const server = notificationServer([notification('n1')]);
    const client = new ApolloClient({ cache: createCache(), link: server.link });
    const connection = createConnectionStateStore({ status: 'connected', reconnects: 0 });
    registerConnectionState(client, connection);
    client.cache.writeQuery({ query: NotificationBellDocument, data: { notifications: { __typename: 'NotificationPage', unreadCount: 1 } } as never });
    const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider>;
    renderHook(() => useNotificationsLive(enabled), { wrapper });
    const count = () => client.cache.readQuery({ query: NotificationBellDocument })?.notifications.unreadCount;
    return { server, client, connection, count };
  }

  it('after a reconnect, reads the count again: what arrived while the socket was down is counted', async () => {
    const { server, connection, count } = setup();
    expect(server.subscriberCount()).toBe(1);
    // Created while the socket was down: no live delivery, only the server knows.
    server.answerNext('NotificationBell', { data: { notifications: { __typename: 'NotificationPage', unreadCount: 4 } } });
    await act(async () => {
      connection.handlers.closed({ code: 1006, reason: '' });
      connection.handlers.connected({}, undefined, true);
    });
    await waitFor(() => expect(count()).toBe(4));
    expect(server.names().filter((name) => name === 'NotificationBell')).toHaveLength(1);
  });

  it('reads the count again when the page is shown after 30 s hidden (read in another session), not more often', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'], now: Date.parse('2026-12-01T12:00:00Z') });
    try {
      const { server, count } = setup();
      const show = (state: 'visible' | 'hidden') => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
        act(() => void document.dispatchEvent(new Event('visibilitychange')));
      };
      show('hidden');
      jest.setSystemTime(Date.parse('2026-12-01T12:00:10Z'));
      show('visible');
      // Ten seconds away: not read again.
      expect(server.names().filter((name) => name === 'NotificationBell')).toHaveLength(0);

      // The person read everything on their phone meanwhile.
      server.answerNext('NotificationBell', { data: { notifications: { __typename: 'NotificationPage', unreadCount: 0 } } });
      show('hidden');
      jest.setSystemTime(Date.parse('2026-12-01T12:01:00Z'));
      show('visible');
      await act(async () => {
        await Promise.resolve();
      });
      jest.useRealTimers();
      await waitFor(() => expect(count()).toBe(0));
      expect(server.names().filter((name) => name === 'NotificationBell')).toHaveLength(1);
    } finally {
      jest.useRealTimers();
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('subscribes to nothing when disabled', () => {
    const { server } = setup(false);
    expect(server.subscriberCount()).toBe(0);
  });
});
