import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { handleModalKeys } from './modal-keys';

export interface ConfirmDialogProps {
  /** The dialog's heading, which also names it. */
  heading: string;
  /** What happens on each choice. */
  children: ReactNode;
  /** The safe choice; it has focus when the dialog opens, and Escape chooses it. */
  cancelLabel: string;
  confirmLabel: string;
  onCancel: () => void;
  onConfirm: () => void;
}

/**
 * A modal question (`role="alertdialog"`): focus starts on the safe choice, Tab stays inside,
 * Escape cancels, and focus goes back where it was when the dialog closes.
 */
export function ConfirmDialog({ heading, children, cancelLabel, confirmLabel, onCancel, onConfirm }: ConfirmDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => {
      if (before && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => handleModalKeys(event, dialogRef.current, onCancel);

  return (
    <div className="jo-dialog-overlay">
      <div ref={dialogRef} role="alertdialog" aria-modal="true" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-body`} className="jo-dialog bg-white radius-md padding-3 shadow-3" onKeyDown={onKeyDown}>
        <h2 id={`${id}-heading`} className="margin-top-0 font-heading-lg">
          {heading}
        </h2>
        <div id={`${id}-body`}>{children}</div>
        <div className="margin-top-3 display-flex flex-wrap">
          <button type="button" ref={cancelRef} className="usa-button margin-bottom-1" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="usa-button usa-button--secondary margin-bottom-1" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
