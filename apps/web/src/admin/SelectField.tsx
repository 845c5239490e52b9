import { ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  error?: string | null;
  required?: boolean;
  /** A first, empty choice ("- Select -"). */
  placeholder?: string;
}

/** A labelled USWDS select whose error is linked with aria-describedby, like TextField. */
export function SelectField({ id, label, value, options, onChange, error, required, placeholder }: SelectFieldProps) {
  const errorId = `${id}-error`;
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)} requiredMarker={required}>
        {label}
      </Label>
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        id={id}
        name={id}
        className={`usa-select${error ? ' usa-input--error' : ''}`}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
