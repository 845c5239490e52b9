import { useEffect, useRef, type ReactNode } from 'react';

export interface PageHeadingProps {
  children: ReactNode;
  /** An introductory sentence under the heading (USWDS `usa-intro`). */
  lead?: ReactNode;
  /**
   * Move focus to the heading when the page mounts, so screen-reader users hear where a
   * client-side navigation took them. Off by default.
   */
  focusOnMount?: boolean;
  id?: string;
}

/** The one `<h1>` of a page. */
export function PageHeading({ children, lead, focusOnMount = false, id }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="margin-bottom-3">
      <h1 ref={ref} id={id} tabIndex={-1} className="margin-top-0 margin-bottom-1">
        {children}
      </h1>
      {lead ? <p className="usa-intro margin-top-0">{lead}</p> : null}
    </div>
  );
}
