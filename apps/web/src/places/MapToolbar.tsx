import { Button } from '@trussworks/react-uswds';
import { enumLabel, PLACE_KIND_LABELS, PlaceKind, ROUTE_POINTS_MIN } from '@jointops/domain';
import { useEffect, useId } from 'react';
import { KIND_OPTIONS } from './place-form';

export type MapMode = 'point' | 'route' | null;

export interface MapToolbarProps {
  mode: MapMode;
  /** The kind a placed point gets. */
  kind: PlaceKind;
  onKindChange: (kind: PlaceKind) => void;
  /** Points of the route being drawn so far. */
  draftCount: number;
  onPlacePoint: () => void;
  onDrawRoute: () => void;
  onFinishRoute: () => void;
  onUndoPoint: () => void;
  onCancel: () => void;
}

/**
 * The map's editing controls, for planners who may edit: place a point of the chosen kind (then
 * click the map), or draw a route (click its points in order, then "Finish route"; Escape
 * cancels). Every control is a labelled button or select; the form below does the same by keyboard.
 */
export function MapToolbar({ mode, kind, onKindChange, draftCount, onPlacePoint, onDrawRoute, onFinishRoute, onUndoPoint, onCancel }: MapToolbarProps) {
  const kindId = useId();
  useEffect(() => {
    if (!mode) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [mode, onCancel]);
  const pointKinds = KIND_OPTIONS.filter((option) => option.value !== PlaceKind.ROUTE);
  return (
    <div className="margin-bottom-1" role="group" aria-label="Map tools" data-testid="map-toolbar">
      <div className="display-flex flex-wrap flex-align-end">
        <div className="margin-right-1">
          <label className="usa-label margin-top-0" htmlFor={kindId}>
            Kind of point
          </label>
          <select id={kindId} className="usa-select" value={kind} onChange={(event) => onKindChange(event.target.value as PlaceKind)} disabled={mode === 'route'}>
            {pointKinds.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="button" className="margin-top-1" outline={mode !== 'point'} aria-pressed={mode === 'point'} disabled={mode === 'route'} onClick={onPlacePoint}>
          Place a point
        </Button>
        <Button type="button" className="margin-top-1" outline={mode !== 'route'} aria-pressed={mode === 'route'} disabled={mode === 'point'} onClick={onDrawRoute}>
          Draw a route
        </Button>
        {mode === 'route' ? (
          <>
            <Button type="button" className="margin-top-1" disabled={draftCount < ROUTE_POINTS_MIN} onClick={onFinishRoute}>
              Finish route
            </Button>
            <Button type="button" className="margin-top-1" unstyled disabled={draftCount === 0} onClick={onUndoPoint}>
              Undo last point
            </Button>
          </>
        ) : null}
        {mode ? (
          <Button type="button" className="margin-top-1" unstyled onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
      <p className="margin-y-1 font-body-2xs" aria-live="polite" data-testid="map-instructions">
        {mode === 'point' ? `Click the map where the ${enumLabel(PLACE_KIND_LABELS, kind).toLowerCase()} is. Escape cancels.` : null}
        {mode === 'route'
          ? `Click the map at each point of the route, in order: ${draftCount} ${draftCount === 1 ? 'point' : 'points'} so far${draftCount < ROUTE_POINTS_MIN ? ` (at least ${ROUTE_POINTS_MIN})` : ''}. Then Finish route; Escape cancels.`
          : null}
      </p>
    </div>
  );
}
