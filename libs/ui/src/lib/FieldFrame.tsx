import { ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  error?: string | null;
  hint?: ReactNode;
  required?: boolean;
  /** Added to the form group's classes, e.g. `usa-character-count`. */
  className?: string;
  /** The control, given the ids its aria-describedby names (error, then hint). */
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error around one form control (USWDS form group), linked to it. */
export function FieldFrame({ id, label, error, hint, required, className, children }: FieldFrameProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={Boolean(error)} className={className}>
      <Label htmlFor={id} error={Boolean(error)} requiredMarker={required}>
        {label}
      </Label>
      {hint ? (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      {children(describedBy)}
    </FormGroup>
  );
}
