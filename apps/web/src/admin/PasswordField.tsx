import { ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

export interface PasswordFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
  required?: boolean;
}

/** A new password input with its hint and error linked, like TextField. */
export function PasswordField({ id, label, value, onChange, error, hint, required }: PasswordFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)} requiredMarker={required}>
        {label}
      </Label>
      {hint ? (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        id={id}
        name={id}
        type="password"
        autoComplete="new-password"
        className={`usa-input${error ? ' usa-input--error' : ''}`}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormGroup>
  );
}
