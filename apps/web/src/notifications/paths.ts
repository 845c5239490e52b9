/** The notifications page (the header's bell opens it). */
export const NOTIFICATIONS_PATH = '/notifications';
/** The preferences page. Emails link to it as their unsubscribe target: keep this path. */
export const NOTIFICATION_SETTINGS_PATH = '/account/notifications';
