import { Button, ErrorMessage, FormGroup, Label, Textarea } from '@trussworks/react-uswds';
import { checkChangeReason, LIMITS } from '@jointops/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';

export interface RemoveRequiredConfirmProps {
  /** The item's id, for unique field ids. */
  itemId: string;
  busy?: boolean;
  /** An error that belongs to no field (a conflict, a refusal). */
  error?: string | null;
  /** The server's word on the reason (BAD_USER_INPUT naming `reason`). */
  reasonError?: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/**
 * Removing a required item is an agency lead's decision with a written reason (the rule lives in
 * libs/domain): the reason goes into the plan's log and the other leads read it before they sign.
 */
export function RemoveRequiredConfirm({ itemId, busy, error, reasonError, onConfirm, onCancel }: RemoveRequiredConfirmProps) {
  const base = `remove-${itemId}`;
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  // The server's message stands until the reason is edited again.
  const [editedSinceServer, setEditedSinceServer] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => reasonRef.current?.focus(), []);
  useEffect(() => {
    setEditedSinceServer(false);
    if (reasonError) reasonRef.current?.focus();
  }, [reasonError]);
  const shown = localError ?? (editedSinceServer ? null : (reasonError ?? null));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const violation = checkChangeReason('reason', reason);
    setLocalError(violation?.message ?? null);
    if (violation) {
      reasonRef.current?.focus();
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <form className="usa-form maxw-none bg-secondary-lighter padding-2 margin-top-1 radius-md" onSubmit={submit} noValidate aria-label="Remove this required item">
      <p className="margin-top-0">This item is required. Remove it from the plan? This cannot be undone.</p>
      {error ? (
        <p className="usa-error-message" role="alert">
          {error}
        </p>
      ) : null}
      <FormGroup error={Boolean(shown)}>
        <Label htmlFor={`${base}-reason`} error={Boolean(shown)}>
          Reason for removing it
        </Label>
        <span id={`${base}-reason-hint`} className="usa-hint">
          Required. The agency leads who sign the plan see it in what changed.
        </span>
        {shown ? <ErrorMessage id={`${base}-reason-error`}>{shown}</ErrorMessage> : null}
        <Textarea
          id={`${base}-reason`}
          name="reason"
          inputRef={reasonRef}
          value={reason}
          maxLength={LIMITS.textMax}
          error={Boolean(shown)}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${base}-reason-hint ${base}-reason-error` : `${base}-reason-hint`}
          onChange={(e) => {
            setReason(e.target.value);
            setLocalError(null);
            setEditedSinceServer(true);
          }}
        />
      </FormGroup>
      <div className="margin-top-2">
        <Button type="submit" secondary disabled={busy}>
          Yes, remove
        </Button>
        <Button type="button" unstyled className="margin-left-2" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
