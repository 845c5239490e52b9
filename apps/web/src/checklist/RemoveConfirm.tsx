import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';

export interface RemoveConfirmProps {
  /** What is being removed, read out in the question. */
  what: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An inline "Remove …? Yes / Cancel" step; focus moves to it when it opens. */
export function RemoveConfirm({ what, busy, error, onConfirm, onCancel }: RemoveConfirmProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="group" aria-label={`Confirm removal of ${what}`} className="bg-secondary-lighter padding-2 margin-top-1 radius-md">
      <p className="margin-top-0">Remove {what}? You can undo this for 10 seconds afterwards.</p>
      {error ? (
        <p className="usa-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="button" secondary disabled={busy} onClick={onConfirm}>
        Yes, remove
      </Button>
      <Button type="button" unstyled className="margin-left-2" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
