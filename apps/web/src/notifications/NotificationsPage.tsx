import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Tag } from '@trussworks/react-uswds';
import { EmptyState, ErrorAlert, LoadingStatus, PageHeading } from '@jointops/ui';
import { MarkNotificationsReadDocument, NotificationBellDocument, NotificationsDocument, type NotificationFieldsFragment } from '@jointops/web-data';
import { useState, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../shared/errors';
import { focusWhenShown } from '../shared/focus';
import { absoluteTime, relativeTime } from '../shared/relative-time';
import { inReadingOrder } from './notification-cache';
import { NOTIFICATION_SETTINGS_PATH } from './paths';
import { useRefetchOnReconnect } from './useNotificationsLive';

type Filter = 'all' | 'unread';
const FILTERS: ReadonlyArray<[Filter, string]> = [
  ['all', 'All'],
  ['unread', 'Unread'],
];

/** A plain click (no modifier, main button): the app opens it; anything else is the browser's (a new tab). */
const plainClick = (event: MouseEvent) => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

function NotificationItem({ notification, busy, onOpen, onMarkRead }: { notification: NotificationFieldsFragment; busy: boolean; onOpen: () => void; onMarkRead: () => void }) {
  const unread = !notification.readAt;
  const textId = `notification-${notification.id}`;
  return (
    <li className={`jo-notification${unread ? ' jo-notification--unread' : ''}`} data-testid="notification">
      <div className="jo-notification__body">
        {notification.plan ? <p className="jo-notification__plan">{notification.plan.title}</p> : null}
        <Link
          id={textId}
          to={notification.link}
          className="usa-link jo-notification__text"
          onClick={(event) => {
            if (!plainClick(event)) return;
            event.preventDefault();
            onOpen();
          }}
        >
          {unread ? <span className="usa-sr-only">Unread: </span> : null}
          {notification.text}
        </Link>
        <p className="jo-notification__meta">
          {unread ? (
            <>
              <Tag className="bg-primary" aria-hidden="true">
                Unread
              </Tag>{' '}
            </>
          ) : null}
          <time dateTime={notification.createdAt} title={absoluteTime(notification.createdAt)}>
            {relativeTime(notification.createdAt)}
          </time>
        </p>
      </div>
      {unread ? (
        <Button type="button" outline className="jo-notification__action" onClick={onMarkRead} disabled={busy} aria-describedby={textId}>
          Mark read
        </Button>
      ) : null}
    </li>
  );
}

const UNREAD_SUMMARY_ID = 'notifications-unread-summary';

/**
 * `/notifications`: the caller's notifications, unread first, newest first (the header's bell
 * opens it). Opening one marks it read and goes where it points; "Mark read" and "Mark all read"
 * do so in place. New ones arrive live (the header's subscription puts them in the cache).
 */
export function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const filter: Filter = params.get('show') === 'unread' ? 'unread' : 'all';
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(NotificationsDocument, { variables: { unreadOnly: filter === 'unread' }, fetchPolicy: 'cache-and-network' });
  useRefetchOnReconnect(refetch);
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument, NotificationBellDocument],
    awaitRefetchQueries: true,
  });
  const [actionError, setActionError] = useState<string | null>(null);

  const page = data?.notifications;
  const items = inReadingOrder(page?.nodes ?? []);
  const unreadCount = page?.unreadCount ?? 0;

  const mark = async (ids: string[] | null) => {
    setActionError(null);
    try {
      await markRead({ variables: { ids } });
      return true;
    } catch (failure) {
      setActionError(errorMessage(failure));
      return false;
    }
  };
  const open = async (notification: NotificationFieldsFragment) => {
    // Opened even if marking failed: where it points matters more than its dot.
    if (!notification.readAt) await mark([notification.id]);
    void navigate(notification.link);
  };
  const show = (next: Filter) => setParams(next === 'unread' ? { show: 'unread' } : {}, { replace: true });

  return (
    <div className="grid-row">
      <div className="tablet:grid-col-10 desktop:grid-col-8">
        <title>Notifications · JointOps</title>
        <PageHeading lead="What happened on the plans you work on, and what to do about it. Unread first.">Notifications</PageHeading>
        <div className="jo-notifications-bar margin-bottom-2">
          <div role="group" aria-label="Show">
            <ul className="usa-button-group usa-button-group--segmented">
              {FILTERS.map(([value, label]) => (
                <li key={value} className="usa-button-group__item">
                  <button type="button" className={`usa-button${value === filter ? '' : ' usa-button--outline'}`} aria-pressed={value === filter} onClick={() => show(value)}>
                    {label}
                  </button>
                </li>
              ))}
            </ul>
          </div>
          <Button
            type="button"
            outline
            onClick={() =>
              // The button is disabled once nothing is unread: focus goes to the summary that says so.
              void mark(null).then((marked) => marked && void focusWhenShown(UNREAD_SUMMARY_ID))
            }
            disabled={marking || unreadCount === 0}
          >
            Mark all read
          </Button>
          <Link to={NOTIFICATION_SETTINGS_PATH} className="usa-link">
            Notification settings
          </Link>
        </div>
        <p id={UNREAD_SUMMARY_ID} role="status" aria-live="polite" className="margin-top-0" data-testid="unread-summary">
          {page ? (unreadCount === 0 ? 'Nothing unread.' : `${unreadCount} unread.`) : ''}
        </p>
        <ErrorAlert message={actionError} className="margin-bottom-2" />
        {error && !data ? <ErrorAlert message={errorMessage(error)} /> : null}
        {loading && !data ? <LoadingStatus /> : null}
        {page && items.length === 0 ? (
          <EmptyState heading={filter === 'unread' ? 'No unread notifications' : 'No notifications yet'}>
            <p>
              You are told here when a plan waits for your agency’s decision, when a plan you are planning is approved or rejected, when an operation you take part in
              begins or ends, and when something of yours falls due.
            </p>
          </EmptyState>
        ) : null}
        {items.length > 0 ? (
          <ul className="usa-list usa-list--unstyled jo-notification-list" aria-label="Notifications">
            {items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                busy={marking}
                onOpen={() => void open(notification)}
                onMarkRead={() =>
                  void mark([notification.id]).then((done) => {
                    // Its button is gone: focus stays on the item (unless the filter took it away).
                    if (done) document.getElementById(`notification-${notification.id}`)?.focus();
                  })
                }
              />
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
