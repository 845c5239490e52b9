import { Checkbox, Fieldset, Label, RequiredMarker, TextInput } from '@trussworks/react-uswds';
import { type ReactNode, useState } from 'react';
import { type CheckboxFilter, FILTER_FROM, FILTER_SHOWN, filterStatus, visibleOptions } from './checkbox-filter';
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
  /** A find box for long lists (a plan's 500 timeline events): chosen options stay, the rest are found by label. */
  filter?: CheckboxFilter;
  /** Marks the legend as the text fields mark their labels (the rules decide; this only says so). */
  required?: boolean;
}

/** A USWDS fieldset of checkboxes for a list of chosen values, its hint and error linked to the fieldset (which takes focus when a form points at its error). */
export function CheckboxGroup({ id, legend, options, value, onChange, optionId = (v) => `${id}-${v}`, hint, error, empty, name, className = 'margin-top-3', filter, required }: CheckboxGroupProps) {
  const errorId = `${id}-error`;
  const [query, setQuery] = useState('');
  const filtering = filter !== undefined && options.length >= (filter.from ?? FILTER_FROM);
  const shown = filter?.shown ?? FILTER_SHOWN;
  const visible = filtering ? visibleOptions(options, value, query, shown) : { options, matching: options.length };
  const marked = required ? (
    <>
      {legend} <RequiredMarker />
    </>
  ) : (
    legend
  );
  return (
    <Fieldset legend={marked} id={id} tabIndex={-1} aria-describedby={error ? errorId : undefined} className={error ? `usa-form-group--error ${className}` : className}>
      {hint ? <span className="usa-hint">{hint}</span> : null}
      {error ? (
        <span id={errorId} className="usa-error-message">
          {error}
        </span>
      ) : null}
      {options.length === 0 ? empty : null}
      {filtering ? (
        <>
          <Label htmlFor={`${id}-find`} className="margin-top-1">
            {filter.label}
          </Label>
          <TextInput
            id={`${id}-find`}
            name={`${id}-find`}
            type="search"
            autoComplete="off"
            value={query}
            aria-describedby={`${id}-find-status`}
            onChange={(e) => setQuery(e.target.value)}
            // Enter finds; it does not send the form.
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
          />
          <span id={`${id}-find-status`} role="status" className="usa-hint display-block margin-top-05">
            {filterStatus(visible.matching, shown, query, filter.noun)}
          </span>
        </>
      ) : null}
      {visible.options.map((option, index) => (
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
