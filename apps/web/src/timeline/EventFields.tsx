import { ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

export interface EventFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Renders the control with the ids it must reference. */
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** Label, hint and error around one form control, wired with aria-describedby. */
export function EventField({ id, label, hint, error, children }: EventFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint ? (
        <span id={`${id}-hint`} className="usa-hint">
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      {children(describedBy, Boolean(error))}
    </FormGroup>
  );
}
