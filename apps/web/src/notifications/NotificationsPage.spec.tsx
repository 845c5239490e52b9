import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { renderWithProviders, signedInStore } from '../test/render';
import { notification, notificationServer } from './notification-fixtures';

const READ = '2026-12-01T11:00:00.000Z';

function items() {
  return within(screen.getByRole('list', { name: 'Notifications' })).getAllByTestId('notification');
}
const texts = () => items().map((item) => within(item).getByRole('link').textContent);
const bell = () => within(screen.getByRole('banner')).getByTestId('notification-bell-bar');

function open(server: ReturnType<typeof notificationServer>, route = '/notifications') {
  renderWithProviders(<App />, { route, store: signedInStore(), link: server.link });
}

describe('NotificationsPage', () => {
  it('lists unread first, newest first, each with its plan, text and time, and unread marked', async () => {
    const server = notificationServer([
      notification('old-read', { createdAt: '2026-12-01T09:00:00.000Z', readAt: READ, text: 'Older, read.' }),
      notification('new-read', { createdAt: '2026-12-01T11:30:00.000Z', readAt: READ, text: 'Newer, read.' }),
      notification('unread-old', { createdAt: '2026-12-01T08:00:00.000Z', text: 'Unread, older.' }),
      notification('unread-new', { createdAt: '2026-12-01T10:00:00.000Z', text: 'Unread, newer.', plan: { __typename: 'Plan', id: 'p9', title: 'Operation Harbor Light' } as never }),
    ]);
    open(server);
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    await waitFor(() => expect(texts()).toEqual(['Unread: Unread, newer.', 'Unread: Unread, older.', 'Newer, read.', 'Older, read.']));
    const first = items()[0]!;
    expect(first.className).toContain('jo-notification--unread');
    expect(within(first).getByText('Operation Harbor Light')).toBeTruthy();
    expect(within(first).getByText('Unread')).toBeTruthy();
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-01T10:00:00.000Z');
    expect(items()[2]!.className).not.toContain('jo-notification--unread');
    expect(within(items()[2]!).queryByRole('button', { name: 'Mark read' })).toBeNull();
    expect(screen.getByTestId('unread-summary').textContent).toBe('2 unread.');
    expect(screen.getByRole('link', { name: 'Notification settings' }).getAttribute('href')).toBe('/account/notifications');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Help' }).getAttribute('href')).toBe('/help#notifications');
  });

  it('puts a notification that arrives live at the top, unread', async () => {
    const server = notificationServer([notification('a', { text: 'First.' })]);
    open(server);
    await waitFor(() => expect(texts()).toEqual(['Unread: First.']));
    await waitFor(() => expect(server.subscriberCount()).toBe(1));
    act(() => server.push(notification('b', { text: 'Just now.', createdAt: '2026-12-01T12:00:00.000Z' })));
    await waitFor(() => expect(texts()).toEqual(['Unread: Just now.', 'Unread: First.']));
    expect(screen.getByTestId('unread-summary').textContent).toBe('2 unread.');
  });

  it('marks one read in place, and the bell counts one fewer', async () => {
    const server = notificationServer([notification('a', { text: 'First.' }), notification('b', { text: 'Second.', createdAt: '2026-12-01T09:00:00.000Z' })]);
    open(server);
    await waitFor(() => expect(texts()).toEqual(['Unread: First.', 'Unread: Second.']));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, 2 unread'));
    const markFirst = within(items()[0]!).getByRole('button', { name: 'Mark read' });
    // The button is described by the notification it marks.
    expect(markFirst.getAttribute('aria-describedby')).toBe('notification-a');
    fireEvent.click(markFirst);
    await waitFor(() => expect(texts()).toEqual(['Unread: Second.', 'First.']));
    expect(server.variablesOf('MarkNotificationsRead')).toEqual([{ ids: ['a'] }]);
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, 1 unread'));
    expect(screen.getByTestId('unread-summary').textContent).toBe('1 unread.');
  });

  it('marks all read with one request (no ids), then has nothing left to mark', async () => {
    const server = notificationServer([notification('a'), notification('b')]);
    open(server);
    await waitFor(() => expect(items()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(screen.getByTestId('unread-summary').textContent).toBe('Nothing unread.'));
    expect(server.variablesOf('MarkNotificationsRead')).toEqual([{ ids: null }]);
    expect(screen.queryAllByRole('button', { name: 'Mark read' })).toHaveLength(0);
    expect((screen.getByRole('button', { name: 'Mark all read' }) as HTMLButtonElement).disabled).toBe(true);
    // The button it pressed is disabled now: focus is on the summary, not on <body>.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('unread-summary')));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications'));
  });

  it('opens a notification: marks it read, then goes where it points', async () => {
    const server = notificationServer([notification('a', { text: 'Decide for CBP.', link: '/plans/p-a/approvals' })]);
    open(server);
    await waitFor(() => expect(texts()).toEqual(['Unread: Decide for CBP.']));
    const link = within(items()[0]!).getByRole('link');
    expect(link.getAttribute('href')).toBe('/plans/p-a/approvals');
    fireEvent.click(link);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/plans/p-a/approvals'));
    expect(server.variablesOf('MarkNotificationsRead')).toEqual([{ ids: ['a'] }]);
  });

  it('filters to unread, in the address', async () => {
    const server = notificationServer([notification('a', { text: 'Unread one.' }), notification('b', { text: 'Read one.', readAt: READ })]);
    open(server);
    await waitFor(() => expect(items()).toHaveLength(2));
    const unread = screen.getByRole('button', { name: 'Unread' });
    expect(unread.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(unread);
    await waitFor(() => expect(texts()).toEqual(['Unread: Unread one.']));
    expect(screen.getByTestId('location').textContent).toBe('/notifications?show=unread');
    expect(screen.getByRole('button', { name: 'Unread' }).getAttribute('aria-pressed')).toBe('true');
    expect(server.variablesOf('Notifications')).toEqual([{ unreadOnly: false }, { unreadOnly: true }]);
  });

  it('says what will appear when there is nothing', async () => {
    const server = notificationServer([]);
    open(server, '/notifications?show=unread');
    expect(await screen.findByRole('heading', { name: 'No unread notifications' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Notifications' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Mark all read' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("says a failed mark in the app's words, not the server's", async () => {
    const server = notificationServer([notification('a')]);
    open(server);
    await waitFor(() => expect(items()).toHaveLength(1));
    server.answerNext('MarkNotificationsRead', { errors: [new GraphQLError('relation "notifications" is locked', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] });
    fireEvent.click(screen.getByRole('button', { name: 'Mark read' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong on our side.');
    expect(document.body.textContent).not.toContain('locked');
  });
});
