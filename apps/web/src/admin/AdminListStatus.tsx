import { Alert } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

/**
 * What an admin list shows before it has data: the load error, or a loading line. Null once the
 * data is there (or nothing is loading), so the list itself renders.
 */
export function adminListStatus(what: string, query: { data?: unknown; loading: boolean; error?: unknown }): ReactNode {
  if (query.data) return null;
  if (query.error) {
    return (
      <Alert type="error" slim>
        <p className="usa-alert__text">The {what} could not be loaded. Reload the page to try again.</p>
      </Alert>
    );
  }
  return query.loading ? <p role="status">Loading {what}…</p> : null;
}
