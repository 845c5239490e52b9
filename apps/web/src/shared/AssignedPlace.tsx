import { Button } from '@trussworks/react-uswds';
import { placeExtent } from '@jointops/domain';
import { useRef, useState } from 'react';
import { placeKindLabel } from './place-ref';

/** A place as an officer's assignment shows it (the role's `place`, online or from the offline copy). */
export interface AssignedPlaceData {
  id: string;
  name: string;
  kind: string;
  address: string;
  /** [longitude, latitude] pairs: one for a point, 2 to 500 for a route. */
  coordinates: ReadonlyArray<ReadonlyArray<number>>;
}

/** `geo:lat,lon` (RFC 5870): a phone opens it in its maps app, with no internet needed to hand it over. */
export function geoUri([lon, lat]: readonly number[]): string {
  return `geo:${lat!.toFixed(5)},${lon!.toFixed(5)}`;
}

/**
 * Where an officer goes: the place's name and kind, its address, its coordinates as "lat, lon"
 * (a route: its first point and how many it has), "Copy coordinates" and "Open in maps". Works
 * offline: nothing here asks the server. When the clipboard is refused, the coordinates are
 * selected instead and the status says so.
 */
export function AssignedPlace({ place, idPrefix }: { place: AssignedPlaceData; idPrefix: string }) {
  const [status, setStatus] = useState('');
  const coordinatesRef = useRef<HTMLSpanElement>(null);
  const first = place.coordinates[0];
  const extent = placeExtent(place);
  const text = extent?.start ?? null;
  const nameId = `${idPrefix}-name`;
  const coordinatesId = `${idPrefix}-coordinates`;

  const copy = async () => {
    if (!text) return;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('Coordinates copied.');
    } catch {
      const selection = window.getSelection();
      if (selection && coordinatesRef.current) selection.selectAllChildren(coordinatesRef.current);
      setStatus('Copying was not allowed here. The coordinates are selected: copy them with your device’s own copy command.');
    }
  };

  return (
    <div className="margin-top-1" data-testid="assigned-place">
      <p className="margin-y-05">
        <span className="text-bold" id={nameId}>
          {place.name}
        </span>{' '}
        <span className="text-base-dark">({placeKindLabel(place.kind)})</span>
      </p>
      {place.address ? <p className="margin-y-05 text-pre-wrap">{place.address}</p> : null}
      {text ? (
        <>
          <p className="margin-y-05">
            {extent?.end ? `Route of ${extent.points} points, starting at (latitude, longitude): ` : 'Coordinates (latitude, longitude): '}
            <span ref={coordinatesRef} id={coordinatesId} className="font-mono-xs text-bold text-no-wrap">
              {text}
            </span>
          </p>
          <div className="margin-top-1">
            <Button type="button" outline className="margin-right-1" aria-describedby={`${nameId} ${coordinatesId}`} onClick={() => void copy()}>
              Copy coordinates
            </Button>
            <a className="usa-button usa-button--outline" href={geoUri(first!)} aria-describedby={nameId}>
              Open in maps
            </a>
          </div>
        </>
      ) : null}
      <p role="status" aria-live="polite" className="margin-y-05 font-body-xs">
        {status}
      </p>
    </div>
  );
}
