import { useOnline } from '@jointops/web-data';
import { SlimAlert } from '../shared/uswds-markup';

export const OFFLINE_MESSAGE = 'You are offline. Your entries are kept on this device and sent when the connection returns.';
/** Signed out there is no queue: nothing typed on a public page is kept. */
export const OFFLINE_SIGNED_OUT_MESSAGE = 'You are offline. Nothing can be sent until the connection returns.';

/**
 * On every page while the browser has no network (`navigator.onLine` false). That the browser is
 * online but the server cannot be reached is the plan workspace's ConnectionBanner's to say.
 */
export function OfflineBanner({ signedIn }: { signedIn: boolean }) {
  const online = useOnline();
  return (
    <div role="status" aria-live="polite" data-testid="offline-banner">
      {online ? null : (
        <SlimAlert type="warning" className="margin-bottom-2">
          <span className="usa-alert__text">{signedIn ? OFFLINE_MESSAGE : OFFLINE_SIGNED_OUT_MESSAGE}</span>
        </SlimAlert>
      )}
    </div>
  );
}
