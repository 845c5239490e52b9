import type { ReactNode, Ref } from 'react';
import { FieldFrame } from './FieldFrame';

export interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
  /** Render a textarea instead of a one-line input. */
  multiline?: boolean;
  type?: 'text' | 'number' | 'date' | 'datetime-local' | 'search' | 'password';
  /** E.g. `new-password` for a password being set. */
  autoComplete?: string;
  required?: boolean;
  disabled?: boolean;
  min?: number;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A labelled USWDS text input or textarea. Its error (and hint) are linked with
 * aria-describedby and the field is marked aria-invalid while it has an error.
 */
export function TextField({ id, label, value, onChange, error, hint, multiline = false, type = 'text', required, disabled, min, autoComplete, inputRef }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required}>
      {(describedBy) => {
        const common = { id, name: id, value, disabled, 'aria-required': required || undefined, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy };
        return multiline ? (
          <textarea {...common} className={`usa-textarea${error ? ' usa-input--error' : ''}`} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} ref={inputRef} type={type} min={min} autoComplete={autoComplete} className={`usa-input${error ? ' usa-input--error' : ''}`} onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </FieldFrame>
  );
}
