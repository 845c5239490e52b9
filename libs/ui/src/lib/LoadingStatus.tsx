import type { ReactNode } from 'react';

/** Says politely that something is loading ("Loading accounts…"). */
export function LoadingStatus({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p role="status" aria-live="polite">
      {children}
    </p>
  );
}
