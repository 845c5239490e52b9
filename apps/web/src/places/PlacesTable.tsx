import { Button } from '@trussworks/react-uswds';
import { ConfirmAction, DataTable } from '@jointops/ui';
import { describePlaceExtent, enumLabel, PLACE_KIND_LABELS } from '@jointops/domain';
import type { PlaceFieldsFragment } from '@jointops/web-data';
import { EditingBadgeFor } from '../live/EditingBadgeFor';
import { symbolOf } from './place-symbols';

export interface PlacesTableProps {
  places: readonly PlaceFieldsFragment[];
  canEdit: boolean;
  /** The place chosen on the map: its row is marked. */
  selectedId?: string | null;
  onEdit?: (place: PlaceFieldsFragment) => void;
  /** Removes; answers when it is done (the confirm question then closes, also after a refusal). */
  onRemove?: (place: PlaceFieldsFragment) => Promise<unknown>;
  busy?: boolean;
}

/** `role “A”`, `role “A” and timeline event “B”`, `role “A”, role “B” and 3 more`. */
export function namedByInWords(namers: readonly string[]): string {
  if (namers.length <= 2) return namers.join(' and ');
  return `${namers.slice(0, 2).join(', ')} and ${namers.length - 2} more`;
}

/** The places of the plan as a table: the map's content for keyboard and screen-reader users. */
export function PlacesTable({ places, canEdit, selectedId = null, onEdit, onRemove, busy }: PlacesTableProps) {
  return (
    <DataTable fullWidth bordered stackedStyle="headers" caption={<span className="usa-sr-only">Places of the plan</span>} columns={['Name', 'Kind', 'Coordinates', 'Address']} actionsColumn={canEdit}>
      {places.map((place) => (
        <tr key={place.id} id={`place-${place.id}`} tabIndex={-1} className={place.id === selectedId ? 'bg-primary-lighter' : undefined} aria-current={place.id === selectedId ? true : undefined}>
          <th scope="row" data-label="Name">
            {place.name}
            <EditingBadgeFor entityKey={`places:${place.id}`} />
          </th>
          <td data-label="Kind">
            {enumLabel(PLACE_KIND_LABELS, place.kind)} <span className="text-base font-body-3xs">({symbolOf(place.kind).code})</span>
          </td>
          <td data-label="Coordinates">
            {/* Monospace on the figures only: the phone's stacked label stays in the body font. */}
            <span className="font-mono-2xs">{describePlaceExtent(place)}</span>
          </td>
          <td data-label="Address" className="text-pre-wrap">
            {place.address}
          </td>
          {canEdit ? (
            <td>
              <Button id={`place-${place.id}-edit`} type="button" unstyled className="margin-right-2" onClick={() => onEdit?.(place)} aria-label={`Edit place ${place.name}`}>
                Edit
              </Button>
              {place.namedBy.length === 0 ? (
                <ConfirmAction label="Remove" subject={`place ${place.name}`} busy={busy} onConfirm={() => onRemove?.(place)} />
              ) : (
                // The server refuses to remove a place something names: say so instead of offering it.
                <span className="display-block font-body-2xs text-base-dark margin-top-05" data-testid="place-named-by">
                  Named by {namedByInWords(place.namedBy)}: choose another place there to remove this one.
                </span>
              )}
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
