import { EmptyState, ErrorAlert, LiveStatus } from '@jointops/ui';
import { formatCoordinates, PlaceKind, ROUTE_POINTS_MIN, type LonLat } from '@jointops/domain';
import { PlacesSectionDocument, type PlaceFieldsFragment, type PlacesSectionQuery } from '@jointops/web-data';
import { useCallback, useState } from 'react';
import { useReportFocus } from '../live/useReportFocus';
import { useSectionPlan, type SectionPlan } from '../plans/useSectionPlan';
import { useWorkspace } from '../plans/workspace-context';
import { AddPanel, SkipToAddForm } from '../shared/AddPanel';
import { refusalMessage } from '../shared/errors';
import { useItemAction, useRemoveAction } from '../shared/useItemAction';
import { PlaceMap, type MapPlace } from './LazyPlaceMap';
import { MapToolbar, type MapMode } from './MapToolbar';
import { PlaceForm } from './PlaceForm';
import { PlacesTable } from './PlacesTable';
import type { PlacePreset } from './place-form';
import { useMapSettings } from './usePlaces';
import { usePlacesMutations } from './usePlacesMutations';

/** `/plans/:id/places`: the plan's places on a map, with the same places in a table beside it. */
export function PlacesSection() {
  const { canEdit } = useWorkspace();
  const { plan, fallback } = useSectionPlan(PlacesSectionDocument, 'the places');
  return plan ? <Places plan={plan} canEdit={canEdit} /> : fallback;
}

type PlacesPlan = SectionPlan<NonNullable<PlacesSectionQuery['plan']>>;

function Places({ plan, canEdit }: { plan: PlacesPlan; canEdit: boolean }) {
  const { addPlace, updatePlace, removePlace } = usePlacesMutations(plan.id);
  const tiles = useMapSettings();
  const [status, setStatus] = useState<string | null>(null);
  const { error: removeError, busy, remove: removeWithUndo } = useRemoveAction(refusalMessage);
  const { error: moveError, run } = useItemAction();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<MapMode>(null);
  const [pointKind, setPointKind] = useState<PlaceKind>(plan.places.some((p) => p.kind === PlaceKind.COMMAND_POST) ? PlaceKind.CHECKPOINT : PlaceKind.COMMAND_POST);
  const [draft, setDraft] = useState<LonLat[]>([]);
  // What the map placed or drew, for the add form; `round` remounts the form with it.
  const [preset, setPreset] = useState<{ value: PlacePreset; round: number } | null>(null);
  const editing = plan.places.find((p) => p.id === editingId);
  useReportFocus(editing ? `places:${editing.id}` : null);

  const cancel = useCallback(() => {
    setMode(null);
    setDraft([]);
  }, []);
  const applyPreset = (value: PlacePreset) => {
    setPreset((previous) => ({ value, round: (previous?.round ?? 0) + 1 }));
    setMode(null);
    setDraft([]);
  };
  const onMapClick = (point: LonLat) => {
    if (mode === 'point') applyPreset({ kind: pointKind, coordinates: [point] });
    else if (mode === 'route') setDraft((points) => [...points, point]);
  };
  const onMove = async (moved: MapPlace, point: LonLat): Promise<boolean> => {
    const place = plan.places.find((p) => p.id === moved.id);
    if (!place) return false;
    const saved = await run(
      () => updatePlace(place.id, place.version, { coordinates: [[...point]] }),
      () => setStatus(`Moved "${place.name}" to ${formatCoordinates(point)}.`),
    );
    return saved === true;
  };
  const remove = (place: PlaceFieldsFragment) =>
    removeWithUndo(
      {
        remove: () => removePlace(place.id, place.version),
        message: `Removed place "${place.name}".`,
        undo: () => addPlace({ name: place.name, kind: place.kind, coordinates: place.coordinates, address: place.address, notes: place.notes }),
        elementId: (id) => `place-${id}`,
        fallbackFocusId: 'places-heading',
        onRestored: () => setStatus(null),
      },
      () => setStatus(`Removed place "${place.name}".`),
    );

  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading" tabIndex={-1}>
        Places
      </h2>
      <SkipToAddForm target="places-add" show={canEdit} />
      <LiveStatus message={status} />
      <ErrorAlert message={removeError ?? moveError} />
      <div className="grid-row grid-gap-3">
        <div className="widescreen:grid-col-7">
          {canEdit ? (
            <MapToolbar
              mode={mode}
              kind={pointKind}
              onKindChange={setPointKind}
              draftCount={draft.length}
              onPlacePoint={() => setMode('point')}
              onDrawRoute={() => setMode('route')}
              onFinishRoute={() => (draft.length >= ROUTE_POINTS_MIN ? applyPreset({ kind: PlaceKind.ROUTE, coordinates: draft }) : undefined)}
              onUndoPoint={() => setDraft((points) => points.slice(0, -1))}
              onCancel={cancel}
            />
          ) : null}
          <PlaceMap
            label="Map of the plan's places"
            places={plan.places}
            tiles={tiles}
            picking={mode !== null}
            draft={draft}
            movable={canEdit && mode === null}
            selectedId={selectedId}
            onMapClick={onMapClick}
            onMove={onMove}
            onSelect={setSelectedId}
          />
        </div>
        <div className="widescreen:grid-col-5">
          {plan.places.length === 0 ? (
            <EmptyState heading="No places yet" headingLevel="h3">
              <p>Mark the command post, staging areas, checkpoints, medical and the routes between them.{canEdit ? ' Place them on the map, or type their coordinates in the form below.' : ''}</p>
            </EmptyState>
          ) : (
            <PlacesTable places={plan.places} canEdit={canEdit} selectedId={selectedId} busy={busy} onEdit={(place) => setEditingId(place.id)} onRemove={remove} />
          )}
          {editing && canEdit ? (
            <PlaceForm
              key={editing.id}
              plan={plan}
              place={editing}
              onDone={(message) => {
                setEditingId(null);
                setStatus(message ?? null);
              }}
            />
          ) : null}
        </div>
      </div>
      <AddPanel id="places-add" heading="Add a place" show={canEdit}>
        {preset ? <p className="margin-top-0">Placed on the map: name it, check the details, then add it.</p> : null}
        <PlaceForm
          key={preset?.round ?? 0}
          plan={plan}
          preset={preset?.value}
          autoFocus={preset ? 'name' : undefined}
          onDone={(message) => {
            setPreset(null);
            setStatus(message ?? null);
          }}
        />
      </AddPanel>
    </section>
  );
}
