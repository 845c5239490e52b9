import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_KINDS } from '@jointops/domain';
import { MeDocument, NotificationPreferencesDocument, UpdateNotificationPreferencesDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { MARIA, renderWithProviders, signedInStore } from '../test/render';

const meMock = { request: { query: MeDocument }, result: { data: { me: MARIA } }, maxUsageCount: 5 };
const preferences = (email: boolean, muted: string[], emailConfigured = true) => ({
  request: { query: NotificationPreferencesDocument },
  result: { data: { notificationPreferences: { __typename: 'NotificationPreferences', email, muted, emailConfigured } } },
});

const box = (label: string) => screen.getByRole('checkbox', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }) as HTMLInputElement;

describe('NotificationPreferencesPage', () => {
  it('shows one box per kind, checked unless muted; the two that cannot be muted checked, disabled and why', async () => {
    renderWithProviders(<App />, { route: '/account/notifications', store: signedInStore(), mocks: [meMock, preferences(true, ['PLAN_COMPLETED'])] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Notification settings' })).toBeTruthy();
    const kinds = await screen.findByRole('group', { name: 'Email me about' });
    expect(within(kinds).getAllByRole('checkbox')).toHaveLength(NOTIFICATION_KINDS.length);
    for (const kind of ['REVIEW_REQUESTED', 'SIGNOFF_STALE'] as const) {
      const unmutable = box(NOTIFICATION_KIND_LABELS[kind]);
      expect(unmutable.checked).toBe(true);
      expect(unmutable.disabled).toBe(true);
      expect(unmutable.closest('.usa-checkbox')?.textContent).toContain('A signature waits on you: always sent');
    }
    expect(box(NOTIFICATION_KIND_LABELS.PLAN_COMPLETED).checked).toBe(false);
    expect(box(NOTIFICATION_KIND_LABELS.PLAN_APPROVED).checked).toBe(true);
    expect(box(NOTIFICATION_KIND_LABELS.PLAN_APPROVED).disabled).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Also send my notifications by email' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText('Email is not configured on this server: notifications appear only here.')).toBeNull();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Notifications' }).getAttribute('href')).toBe('/notifications');
  });

  it('says when the server sends no email', async () => {
    renderWithProviders(<App />, { route: '/account/notifications', store: signedInStore(), mocks: [meMock, preferences(true, [], false)] });
    expect(await screen.findByText('Email is not configured on this server: notifications appear only here.')).toBeTruthy();
  });

  it('saves email off and a muted kind, and says so', async () => {
    const update = jest.fn(() => ({
      data: { updateNotificationPreferences: { __typename: 'NotificationPreferences', email: false, muted: ['PLAN_APPROVED', 'PLAN_COMPLETED'], emailConfigured: true } },
    }));
    renderWithProviders(<App />, {
      route: '/account/notifications',
      store: signedInStore(),
      mocks: [
        meMock,
        preferences(true, ['PLAN_COMPLETED']),
        { request: { query: UpdateNotificationPreferencesDocument, variables: { input: { email: false, muted: ['PLAN_COMPLETED', 'PLAN_APPROVED'] } } }, result: update },
      ],
    });
    await screen.findByRole('group', { name: 'Email me about' });
    expect(screen.queryByText(/^Email is off/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also send my notifications by email' }));
    // With email off, the boxes say what is still emailed.
    expect(screen.getByText('Email is off: only the kinds a signature waits on are emailed. Every kind still appears under Notifications.')).toBeTruthy();
    fireEvent.click(box(NOTIFICATION_KIND_LABELS.PLAN_APPROVED));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const savedMessage = await screen.findByText('Your notification settings were saved.');
    // Focus goes to the message, not to the page.
    await waitFor(() => expect(document.activeElement?.contains(savedMessage)).toBe(true));
    expect(update).toHaveBeenCalledTimes(1);
    expect(box(NOTIFICATION_KIND_LABELS.PLAN_APPROVED).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Also send my notifications by email' }) as HTMLInputElement).checked).toBe(false);
  });

  it("puts the server's refusal of the kinds at their fieldset and in the summary, and the rest in the app's words", async () => {
    const input = { email: true, muted: [] };
    renderWithProviders(<App />, {
      route: '/account/notifications',
      store: signedInStore(),
      mocks: [
        meMock,
        preferences(true, []),
        {
          request: { query: UpdateNotificationPreferencesDocument, variables: { input } },
          result: { errors: [new GraphQLError('REVIEW_REQUESTED cannot be muted: a signature waits on you.', { extensions: { code: 'BAD_USER_INPUT', field: 'input.muted' } })] },
        },
        {
          request: { query: UpdateNotificationPreferencesDocument, variables: { input } },
          result: { errors: [new GraphQLError('deadlock detected in notification_preferences', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] },
        },
      ],
    });
    await screen.findByRole('group', { name: 'Email me about' });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    const entry = within(summary).getByRole('link', { name: 'REVIEW_REQUESTED cannot be muted: a signature waits on you.' });
    expect(entry.getAttribute('href')).toBe('#notify-kinds');
    const kinds = screen.getByRole('group', { name: 'Email me about' });
    expect(within(kinds).getByText('REVIEW_REQUESTED cannot be muted: a signature waits on you.')).toBeTruthy();
    expect(kinds.getAttribute('aria-describedby')).toContain('notify-kinds-error');
    await waitFor(() => expect(document.activeElement).toBe(kinds));

    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Something went wrong on our side. Try again; if it keeps happening, tell your administrator.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('deadlock');
    expect(screen.queryByText('Your notification settings were saved.')).toBeNull();
  });
});
