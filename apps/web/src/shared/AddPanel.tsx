import type { MouseEvent, ReactNode } from 'react';
import { focusFirstControlIn } from './focus';

export interface AddPanelProps {
  heading: string;
  /** The panel's id, which the section's `SkipToAddForm` link names (e.g. `objectives-add`). */
  id: string;
  show?: boolean;
  children: ReactNode;
}

/** The "Add a …" form under a section's list, for those who may edit. */
export function AddPanel({ heading, id, show = true, children }: AddPanelProps) {
  if (!show) return null;
  return (
    <div id={id} tabIndex={-1} className="margin-top-4">
      <h3 id={`${id}-heading`}>{heading}</h3>
      {children}
    </div>
  );
}

/**
 * A link at the top of a section, seen only when it has keyboard focus, that jumps past the list
 * to the section's add form (`AddPanel` with the same `target`) and puts focus in its first field.
 */
export function SkipToAddForm({ target, show = true }: { target: string; show?: boolean }) {
  if (!show) return null;
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusFirstControlIn(target);
  };
  return (
    <a href={`#${target}`} className="jo-skip-link usa-link" onClick={skip}>
      Skip to add form
    </a>
  );
}
