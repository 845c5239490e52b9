import { useQuery } from '@apollo/client/react';
import { NotificationBellDocument } from '@jointops/web-data';
import { NavLink } from 'react-router';
import { NOTIFICATIONS_PATH } from './paths';

/** "Notifications", or "Notifications, 3 unread". */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
}

const BELL_PATH =
  'M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z';

/**
 * The header's bell: opens the notifications page; its badge is the unread count (the header's
 * `useNotificationsLive` keeps it current). The header draws it twice, in the bar below the desktop
 * breakpoint and next to Help above it (`placement`); the stylesheet shows one.
 */
export function NotificationBell({ placement }: { placement: 'bar' | 'nav' }) {
  const { data } = useQuery(NotificationBellDocument);
  const unread = data?.notifications.unreadCount ?? 0;
  const label = bellLabel(unread);
  return (
    <NavLink
      to={NOTIFICATIONS_PATH}
      className={({ isActive }) => `jo-bell jo-bell--${placement}${isActive ? ' jo-bell--current' : ''}`}
      aria-label={label}
      title={label}
      data-testid={`notification-bell-${placement}`}
    >
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" className="jo-bell__icon" focusable="false" aria-hidden="true">
        <path d={BELL_PATH} />
      </svg>
      {unread > 0 ? (
        <span className="jo-bell__badge" aria-hidden="true" data-testid="notification-count">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
