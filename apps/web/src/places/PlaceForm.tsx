import { enumLabel, formatCoordinates, PLACE_KIND_LABELS } from '@jointops/domain';
import { PlaceFieldsFragmentDoc, type PlaceFieldsFragment } from '@jointops/web-data';
import { PlanItemForm } from '../shared/PlanItemForm';
import { usePlanItemEditor, type PlanPartFormProps } from '../shared/usePlanItemEditor';
import { PlaceFormFields } from './PlaceFormFields';
import { placeFieldOf, placeFormSchema, placeInputOf, placeValuesOf, type PlaceFormValues, type PlacePreset } from './place-form';
import { usePlacesMutations } from './usePlacesMutations';

const FIELDS = [
  { key: 'name', label: 'Name' },
  { key: 'kind', label: 'Kind' },
  { key: 'coordinates', label: 'Location' },
  { key: 'address', label: 'Address or description' },
  { key: 'notes', label: 'Notes' },
];

/** The form's values, or the server's place (`extensions.current`), as the conflict notice shows them. */
function shown(values: Record<string, unknown>): Record<string, unknown> {
  const coordinates = Array.isArray(values['coordinates']) ? (values['coordinates'] as number[][]) : placeInputOf(values as unknown as PlaceFormValues).coordinates;
  return { ...values, kind: enumLabel(PLACE_KIND_LABELS, String(values['kind'] ?? '')), coordinates: coordinates.map((point) => (point.every(Number.isFinite) ? formatCoordinates(point) : '?')).join('; ') };
}

export type PlaceFormProps = PlanPartFormProps<'place', PlaceFieldsFragment, { id: string }> & {
  /** A new place's kind and points, from the map ("Place a point", "Draw a route"). */
  preset?: PlacePreset;
  /** The field focused when the form opens (the name, after placing on the map). */
  autoFocus?: string;
};

/** Adds a place, or edits one: name, kind, a point's latitude and longitude or a route's points, address, notes. */
export function PlaceForm({ plan, place, preset, autoFocus, onDone }: PlaceFormProps) {
  const { addPlace, updatePlace } = usePlacesMutations(plan.id);
  const editor = usePlanItemEditor({
    noun: 'place',
    entity: place,
    nameOf: (p: PlaceFieldsFragment) => p.name,
    idPrefix: 'place',
    schema: placeFormSchema,
    valuesOf: (p?: PlaceFieldsFragment) => placeValuesOf(p, p ? undefined : preset),
    afterAdd: () => placeValuesOf(),
    add: (values) => addPlace(placeInputOf(values)),
    update: (id, version, values) => updatePlace(id, version, placeInputOf(values)),
    onDone,
    conflict: { fields: FIELDS, mine: shown, theirs: shown, typename: 'Place', fragment: PlaceFieldsFragmentDoc },
  });
  // A server refusal of `input.coordinates[0][1]` goes to the latitude field (or a route's points).
  const fieldOf = (field: string) => placeFieldOf(field, editor.form.getValues('kind'));
  return (
    <PlanItemForm {...editor} fieldOf={fieldOf} autoFocus={autoFocus ?? editor.autoFocus}>
      <PlaceFormFields />
    </PlanItemForm>
  );
}
