import { COMMON_US_TIME_ZONES, otherTimeZones } from '@jointops/domain';
import { FieldFrame } from '@jointops/ui';
import { useContext, useMemo } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { FormIdsContext } from './form-fields';

/**
 * The plan's IANA time zone, bound to the form value `name`: the common U.S. zones first, then
 * every other zone the browser knows (a select, so only real zones can be picked). A zone the
 * browser does not list (an older alias stored on the plan) is kept as a choice of its own.
 */
export function TimeZoneField({ name, hint, onZoneChange }: { name: string; hint?: string; onZoneChange?: (previous: string, next: string) => void }) {
  const ids = useContext(FormIdsContext);
  const { control, clearErrors } = useFormContext();
  const { field, fieldState } = useController({ name, control });
  const id = ids[name] ?? name;
  const others = useMemo(() => otherTimeZones(), []);
  const value = (field.value as string | undefined) ?? '';
  const known = COMMON_US_TIME_ZONES.some((entry) => entry.zone === value) || others.includes(value);
  const error = fieldState.error?.message ?? null;
  return (
    <FieldFrame id={id} label="Time zone" error={error} hint={hint ?? 'Every time of the plan is shown, entered and printed in this zone.'} required>
      {(describedBy) => (
        <select
          id={id}
          name={name}
          className={`usa-select${error ? ' usa-input--error' : ''}`}
          value={value}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            field.onChange(event.target.value);
            onZoneChange?.(value, event.target.value);
            if (error) clearErrors(name);
          }}
          onBlur={field.onBlur}
        >
          {!known && value ? <option value={value}>{value}</option> : null}
          <optgroup label="Common U.S. time zones">
            {COMMON_US_TIME_ZONES.map((entry) => (
              <option key={entry.zone} value={entry.zone}>
                {entry.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="All time zones">
            {others.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </optgroup>
        </select>
      )}
    </FieldFrame>
  );
}
