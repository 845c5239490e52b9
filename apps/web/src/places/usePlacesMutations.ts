import { AddPlaceDocument, RemovePlaceDocument, UpdatePlaceDocument, type PlaceInput, type PlacePatch } from '@jointops/web-data';
import { usePlanItemMutations, type PlanItemMutations } from '../shared/usePlanItemMutations';

const PLACES: PlanItemMutations<PlaceInput, PlacePatch> = { list: 'places', typename: 'Place', add: AddPlaceDocument, update: UpdatePlaceDocument, remove: RemovePlaceDocument };

/** Add, edit and remove places, keeping `Plan.places` in the cache current. */
export function usePlacesMutations(planId: string) {
  const { add, update, remove } = usePlanItemMutations(planId, PLACES);
  return { addPlace: add, updatePlace: update, removePlace: remove };
}
