import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';

export interface ConfirmActionProps {
  /** The button's text, e.g. "Remove". */
  label: string;
  /** Names what is acted on, for screen readers and the question, e.g. "objective Secure the perimeter". */
  subject: string;
  /** The question asked before acting. */
  question?: string;
  confirmLabel?: string;
  /**
   * Acts. When it answers a promise, the question closes once the promise settles (a refusal
   * leaves the item in place) and focus returns to the button; an item that went takes both along.
   */
  onConfirm: () => void | Promise<unknown>;
  busy?: boolean;
  disabled?: boolean;
  /** False for a step that is confirmed but undoes no work (re-enabling an account): not styled in red. */
  destructive?: boolean;
}

/** A destructive button with a confirm step in place ("Remove" → "Remove …? Yes, remove / Cancel"). */
export function ConfirmAction({ label, subject, question, confirmLabel, onConfirm, busy = false, disabled = false, destructive = true }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (answered.current) {
      answered.current = false;
      // Without scrolling: a refusal's alert may just have been brought into view above.
      buttonRef.current?.focus({ preventScroll: true });
    }
  }, [asking]);
  const confirm = () => {
    const result = onConfirm();
    if (!result) return;
    // An item that went took this question along: React ignores the state of an unmounted one.
    const settle = () => {
      answered.current = true;
      setAsking(false);
    };
    result.then(settle, settle);
  };

  if (!asking) {
    return (
      <Button type="button" ref={buttonRef} unstyled className={destructive ? 'text-secondary-dark margin-right-2' : 'margin-right-2'} onClick={() => setAsking(true)} disabled={disabled || busy} aria-label={`${label} ${subject}`}>
        {label}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={`Confirm: ${label} ${subject}`} className="display-inline-flex flex-align-center flex-wrap">
      <span className="margin-right-1">{question ?? `${label} ${subject}?`}</span>
      <button type="button" ref={confirmRef} className={`usa-button ${destructive ? 'usa-button--secondary ' : ''}margin-right-1`} disabled={busy} onClick={confirm}>
        {confirmLabel ?? `Yes, ${label.toLowerCase()}`}
      </button>
      <Button
        type="button"
        unstyled
        disabled={busy}
        onClick={() => {
          // Back to the button that asked, not to the page's start.
          answered.current = true;
          setAsking(false);
        }}
      >
        Cancel
      </Button>
    </span>
  );
}
