import type { ReactNode } from 'react';

export interface EmptyStateProps {
  heading: string;
  children?: ReactNode;
  /** e.g. a button that creates the first item. */
  action?: ReactNode;
  headingLevel?: 'h2' | 'h3';
}

/** A bordered, centred panel saying a list is empty and what will appear there. */
export function EmptyState({ heading, children, action, headingLevel = 'h2' }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <section className="bg-base-lightest border-1px border-base-lighter radius-md padding-4 text-center" aria-label={heading}>
      <Heading className="margin-top-0 font-heading-lg">{heading}</Heading>
      {children ? <div className="maxw-mobile-lg margin-x-auto">{children}</div> : null}
      {action ? <div className="margin-top-3">{action}</div> : null}
    </section>
  );
}
