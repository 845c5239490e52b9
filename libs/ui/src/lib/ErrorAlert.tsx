import { Alert } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';

/**
 * A slim error alert, announced at once (role="alert"); nothing when there is no message. A new
 * message is scrolled into view (the least scroll that shows it), so an action's failure shown at
 * the top of a section is seen by whoever pressed a button further down.
 */
export function ErrorAlert({ message, className }: { message: string | null | undefined; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} className={className}>
      <Alert type="error" slim role="alert">
        <p className="usa-alert__text">{message}</p>
      </Alert>
    </div>
  );
}
