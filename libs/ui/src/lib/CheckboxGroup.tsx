import { Checkbox, Fieldset } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import type { SelectOption } from './SelectField';

export interface CheckboxGroupProps {
  /** The fieldset's id. */
  id: string;
  legend: ReactNode;
  options: readonly SelectOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Each box's id (default `${id}-${value}`). */
  optionId?: (value: string, index: number) => string;
  hint?: ReactNode;
  error?: string | null;
  /** Shown instead of the boxes when there are no options. */
  empty?: ReactNode;
  name?: string;
  className?: string;
}

/** A USWDS fieldset of checkboxes for a list of chosen values, its hint and error linked to the fieldset (which takes focus when a form points at its error). */
export function CheckboxGroup({ id, legend, options, value, onChange, optionId = (v) => `${id}-${v}`, hint, error, empty, name, className = 'margin-top-3' }: CheckboxGroupProps) {
  const errorId = `${id}-error`;
  return (
    <Fieldset legend={legend} id={id} tabIndex={-1} aria-describedby={error ? errorId : undefined} className={error ? `usa-form-group--error ${className}` : className}>
      {hint ? <span className="usa-hint">{hint}</span> : null}
      {error ? (
        <span id={errorId} className="usa-error-message">
          {error}
        </span>
      ) : null}
      {options.length === 0 ? empty : null}
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          id={optionId(option.value, index)}
          name={name ?? id}
          label={option.label}
          checked={value.includes(option.value)}
          onChange={(e) => onChange(e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))}
        />
      ))}
    </Fieldset>
  );
}
