import { describePlaceExtent, enumLabel, PLACE_KIND_LABELS } from '@jointops/domain';
import type { PlaceFieldsFragment } from '@jointops/web-data';
import { Link } from 'react-router';
import { PlaceMap } from './LazyPlaceMap';
import { symbolOf } from './place-symbols';
import { useMapSettings } from './usePlaces';

/**
 * The overview's places: a list, and a small map beside it that only shows (the list is its text).
 * With none, it asks for the command post only of someone who may still edit the plan.
 */
export function PlacesOverview({ planId, places, canEdit }: { planId: string; places: readonly PlaceFieldsFragment[]; canEdit: boolean }) {
  const tiles = useMapSettings();
  return (
    <section aria-labelledby="overview-places-heading" className="margin-top-4">
      <h2 id="overview-places-heading">Places</h2>
      {places.length === 0 ? (
        <p>
          No places{canEdit ? ' yet' : ''}.{' '}
          {canEdit ? (
            <>
              <Link to={`/plans/${planId}/places`} className="usa-link">
                Mark the command post and the other places on the map
              </Link>
              .
            </>
          ) : null}
        </p>
      ) : (
        <div className="grid-row grid-gap-3">
          <div className="tablet:grid-col-6">
            <ul className="usa-list usa-list--unstyled" aria-label="Places of the plan">
              {places.map((place) => (
                <li key={place.id} className="margin-bottom-1">
                  <span className="text-bold">{place.name}</span> · {enumLabel(PLACE_KIND_LABELS, place.kind)} ({symbolOf(place.kind).code})
                  <span className="display-block font-body-2xs text-base-dark">
                    {describePlaceExtent(place)}
                    {place.address ? ` · ${place.address}` : ''}
                  </span>
                </li>
              ))}
            </ul>
            <Link to={`/plans/${planId}/places`} className="usa-link">
              Open the map
            </Link>
          </div>
          <div className="tablet:grid-col-6">
            <PlaceMap compact label="Map of the plan's places" places={places} tiles={tiles} />
          </div>
        </div>
      )}
    </section>
  );
}
