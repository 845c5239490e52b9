import { useState, useSyncExternalStore } from 'react';
import { SlimAlert, UnstyledButton } from '../shared/uswds-markup';
import { appUpdates, type AppUpdateStore } from './pwa-registration';

/**
 * "A new version is ready." with a Reload button, on every page, while a new version of the app
 * waits (pwa-registration.ts). The new version takes over only when the user reloads.
 */
export function UpdatePrompt({ store = appUpdates }: { store?: AppUpdateStore }) {
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const [reloading, setReloading] = useState(false);

  const reload = () => {
    setReloading(true);
    store.update().catch(() => setReloading(false));
  };

  return (
    <div role="status" aria-live="polite" data-testid="update-prompt">
      {state === 'none' ? null : (
        <SlimAlert type="info" className="margin-bottom-2">
          <p className="usa-alert__text">
            A new version is ready.{' '}
            <UnstyledButton onClick={reload} disabled={reloading}>
              {reloading ? 'Reloading…' : 'Reload'}
            </UnstyledButton>
          </p>
        </SlimAlert>
      )}
    </div>
  );
}
