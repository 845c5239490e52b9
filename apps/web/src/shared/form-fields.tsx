import { Checkbox } from '@trussworks/react-uswds';
import { CheckboxGroup, SelectField, TextField, type CheckboxGroupProps, type SelectFieldProps, type TextFieldProps } from '@jointops/ui';
import { createContext, useContext } from 'react';
import { useController, useFormContext } from 'react-hook-form';

/** Field key → the id of its control, set by the form shell (`PlanItemForm`). */
export const FormIdsContext = createContext<Readonly<Record<string, string>>>({});

interface Named {
  /** The form value this control edits. */
  name: string;
  /** The control's id when it is not the one the form's ids name. */
  id?: string;
}

/** A control bound to one form value: its id, value, error, and a change that clears the error. */
function useFormField<T>(name: string, id?: string) {
  const ids = useContext(FormIdsContext);
  const { control, clearErrors } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  return {
    id: id ?? ids[name] ?? name,
    value: field.value as T,
    error: fieldState.error?.message ?? null,
    onChange: (value: T) => {
      field.onChange(value);
      if (fieldState.error) clearErrors(name);
    },
  };
}

export function FormTextField({ name, id, ...props }: Named & Omit<TextFieldProps, 'id' | 'value' | 'onChange' | 'error'>) {
  const field = useFormField<string>(name, id);
  return <TextField {...props} id={field.id} value={field.value ?? ''} onChange={field.onChange} error={field.error} />;
}

export function FormSelectField({ name, id, onValueChange, ...props }: Named & Omit<SelectFieldProps, 'id' | 'value' | 'onChange' | 'error'> & { onValueChange?: (value: string) => void }) {
  const field = useFormField<string>(name, id);
  const onChange = (value: string) => {
    field.onChange(value);
    onValueChange?.(value);
  };
  return <SelectField {...props} id={field.id} value={field.value ?? ''} onChange={onChange} error={field.error} />;
}

export function FormCheckboxGroup({ name, id, ...props }: Named & Omit<CheckboxGroupProps, 'id' | 'value' | 'onChange' | 'error' | 'name'>) {
  const field = useFormField<string[]>(name, id);
  return <CheckboxGroup {...props} id={field.id} name={name} value={field.value ?? []} onChange={field.onChange} error={field.error} />;
}

/** One checkbox for a yes-or-no value; `hint` is said below it and read with it. */
export function FormCheckbox({ name, id, label, className, hint }: Named & { label: string; className?: string; hint?: string }) {
  const field = useFormField<boolean>(name, id);
  const hintId = `${field.id}-hint`;
  const box = (
    <Checkbox
      id={field.id}
      name={name}
      label={label}
      checked={Boolean(field.value)}
      onChange={(e) => field.onChange(e.target.checked)}
      className={className}
      aria-describedby={hint ? hintId : undefined}
    />
  );
  if (!hint) return box;
  return (
    <>
      {box}
      <p className="usa-hint margin-top-05 margin-bottom-0" id={hintId}>
        {hint}
      </p>
    </>
  );
}

/** `Agency name (SHORT)` choices for a plan's agencies. */
export function agencyOptions(agencies: ReadonlyArray<{ id: string; name: string; shortName: string }>) {
  return agencies.map((agency) => ({ value: agency.id, label: `${agency.name} (${agency.shortName})` }));
}
