import { Button, ErrorMessage } from '@trussworks/react-uswds';
import { isRoute, ROUTE_POINTS_MAX } from '@jointops/domain';
import { useContext, useEffect } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { FormIdsContext, FormSelectField, FormTextField } from '../shared/form-fields';
import { KIND_OPTIONS, parseLatLon, pointOfMessage, rowOf, type PlaceFormValues } from './place-form';

/** The fields of the place form: name, kind, where (a point's latitude and longitude, or a route's points), address, notes. */
export function PlaceFormFields() {
  const { watch, getValues, setValue } = useFormContext<PlaceFormValues>();
  const kind = watch('kind');
  // Changing between a point and a route keeps what was typed: the point becomes the route's first, and back.
  const onKindChange = (next: string) => {
    const values = getValues();
    if (isRoute(next) && !values.points.some((row) => row.trim())) {
      const point = parseLatLon(`${values.latitude}, ${values.longitude}`);
      setValue('points', point ? [rowOf(point), ''] : ['', '']);
    } else if (!isRoute(next) && !values.latitude.trim() && !values.longitude.trim()) {
      const first = values.points.map(parseLatLon).find(Boolean);
      if (first) {
        setValue('latitude', String(first[1]));
        setValue('longitude', String(first[0]));
      }
    }
  };
  return (
    <>
      <FormTextField name="name" label="Name" required hint="e.g. Command post, Staging area B, Checkpoint I-40 exit 289" />
      <FormSelectField name="kind" label="Kind" required placeholder="- Select -" options={KIND_OPTIONS} onValueChange={onKindChange} />
      {isRoute(kind) ? (
        <RoutePointsField />
      ) : (
        <div className="grid-row grid-gap-2">
          <div className="mobile-lg:grid-col-6">
            <FormTextField name="latitude" label="Latitude" required hint="Decimal degrees, e.g. 35.77961" />
          </div>
          <div className="mobile-lg:grid-col-6">
            <FormTextField name="longitude" label="Longitude" required hint="Decimal degrees, e.g. -78.63818" />
          </div>
        </div>
      )}
      <FormTextField name="address" label="Address or description" hint="A street address, exit or landmark" />
      <FormTextField name="notes" label="Notes" multiline />
    </>
  );
}

/** A route's points as rows of "latitude, longitude", in order; rows can be added and removed. */
function RoutePointsField() {
  const ids = useContext(FormIdsContext);
  const { control, clearErrors } = useFormContext<PlaceFormValues>();
  const { field, fieldState } = useController({ name: 'points', control });
  const rows: string[] = field.value ?? [];
  const baseId = ids['points'] ?? 'points';
  const rowId = (index: number) => (index === 0 ? baseId : `${baseId}-${index}`);
  const change = (next: string[]) => {
    field.onChange(next);
    if (fieldState.error) clearErrors('points');
  };
  const error = fieldState.error?.message ?? null;
  // "Point 3: …" is about that row alone: only it is marked, and it takes focus (after the form's
  // own focus on the field's first row). Other errors (how many points) are the list's.
  const badRow = error ? pointOfMessage(error) : null;
  useEffect(() => {
    if (badRow) document.getElementById(rowId(badRow))?.focus();
    // Only when the error changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);
  const invalid = (index: number) => Boolean(error) && (badRow === null || badRow === index);
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const describedBy = error ? `${errorId} ${hintId}` : hintId;
  return (
    <fieldset className={`usa-fieldset usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <legend className="usa-legend margin-top-0">
        Route points <abbr title="required" className="usa-hint usa-hint--required">*</abbr>
      </legend>
      <div className="usa-hint" id={hintId}>
        One point per row, in order along the route: latitude, longitude (e.g. 35.77961, -78.63818). At least 2.
      </div>
      {error ? (
        <ErrorMessage id={errorId}>{error}</ErrorMessage>
      ) : null}
      <ol className="usa-list usa-list--unstyled">
        {rows.map((row, index) => (
          <li key={index} className="display-flex flex-align-end margin-bottom-2">
            <div className="flex-fill">
              <label className="usa-label margin-top-1" htmlFor={rowId(index)}>
                Point {index + 1}
              </label>
              <input
                id={rowId(index)}
                className={`usa-input${invalid(index) ? ' usa-input--error' : ''}`}
                value={row}
                aria-invalid={invalid(index) ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => change(rows.map((r, i) => (i === index ? event.target.value : r)))}
              />
            </div>
            <Button
              type="button"
              unstyled
              className="margin-left-1 margin-bottom-1"
              disabled={rows.length <= 2}
              onClick={() => {
                change(rows.filter((_, i) => i !== index));
                // The row's place is now the next point's (or the last one's): focus stays in the list.
                document.getElementById(rowId(Math.min(index, rows.length - 2)))?.focus();
              }}
              aria-label={`Remove point ${index + 1}`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button type="button" outline disabled={rows.length >= ROUTE_POINTS_MAX} onClick={() => change([...rows, ''])}>
        Add a point
      </Button>
    </fieldset>
  );
}
