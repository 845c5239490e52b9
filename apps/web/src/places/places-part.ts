import { PLACE_KIND_LABELS, PLACES_PART, enumLabel } from '@jointops/domain';
import { PlaceFieldsFragmentDoc, type PlaceFieldsFragment } from '@jointops/web-data';
import { quoted, webPlanPart } from '../plans/web-plan-part';

export const placesWebPart = webPlanPart({
  part: PLACES_PART,
  fragment: PlaceFieldsFragmentDoc,
  fragmentName: 'PlaceFields',
  fieldLabels: { name: 'name', kind: 'kind', coordinates: 'location', address: 'address', notes: 'notes' },
  valueLabels: { kind: PLACE_KIND_LABELS },
  // "the place "Victim services reception" (medical)": some kinds ("medical") do not read as a noun.
  subject: (place: PlaceFieldsFragment, max) => `the place ${quoted(place.name, max)} (${enumLabel(PLACE_KIND_LABELS, place.kind).toLowerCase()})`,
  diffName: (place) => place.name,
  focus: {
    kind: 'places',
    describe: (places, id) => {
      const place = places.find((p) => p.id === id);
      return place ? `editing the place ${quoted(place.name, 60)}` : 'editing a place';
    },
  },
});
