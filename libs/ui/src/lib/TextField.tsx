import type { ReactNode, Ref } from 'react';
import { CharacterCountStatus, type CharacterCountSetup } from './CharacterCount';
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
  /** The USWDS character count under the field: the limit, and its words in the page's language. */
  count?: CharacterCountSetup;
}

/**
 * A labelled USWDS text input or textarea. Its error (and hint) are linked with
 * aria-describedby and the field is marked aria-invalid while it has an error. With `count`, the
 * USWDS character count follows it: how many characters are left, shown as one types (no maxlength:
 * as in USWDS, one may type over and is told by how much).
 */
export function TextField({ id, label, value, onChange, error, hint, multiline = false, type = 'text', required, disabled, min, autoComplete, inputRef, count }: TextFieldProps) {
  const infoId = `${id}-info`;
  const over = count !== undefined && value.length > count.max;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} className={count ? 'usa-character-count' : undefined}>
      {(describedBy) => {
        const common = {
          id,
          name: id,
          value,
          disabled,
          'aria-required': required || undefined,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': count ? [infoId, describedBy].filter(Boolean).join(' ') : describedBy,
        };
        const classes = `${count ? ' usa-character-count__field' : ''}${error || over ? ' usa-input--error' : ''}`;
        return (
          <>
            {multiline ? (
              <textarea {...common} className={`usa-textarea${classes}`} onChange={(e) => onChange(e.target.value)} />
            ) : (
              <input {...common} ref={inputRef} type={type} min={min} autoComplete={autoComplete} className={`usa-input${classes}`} onChange={(e) => onChange(e.target.value)} />
            )}
            {count ? <CharacterCountStatus length={value.length} setup={count} infoId={infoId} /> : null}
          </>
        );
      }}
    </FieldFrame>
  );
}
