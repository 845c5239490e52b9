import { PLACES_PART } from '@jointops/domain';
import { registerPlanPart } from '../plans/plan-part.registry';
import { Place } from './place.entity';

declare module '../plans/plan-content.service' {
  interface PlanContent {
    places: Place[];
  }
}

export const PLACE = registerPlanPart({
  part: PLACES_PART,
  entity: Place,
  table: 'places',
  order: 'created_at, id',
  dates: ['createdAt'],
  hashedOnlyWhenPresent: true,
  signed: ({ id, name, kind, coordinates, address, notes }) => ({ id, name, kind, coordinates, address, notes }),
});
