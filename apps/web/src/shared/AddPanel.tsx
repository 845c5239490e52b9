import type { ReactNode } from 'react';

/** The "Add a …" form under a section's list, for those who may edit. */
export function AddPanel({ heading, show = true, children }: { heading: string; show?: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <div className="margin-top-4">
      <h3>{heading}</h3>
      {children}
    </div>
  );
}
