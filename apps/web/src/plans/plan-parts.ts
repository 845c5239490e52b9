import type { PlanPart } from '@jointops/domain';
import { checklistWebPart } from '../checklist/checklist-part';
import { commsWebPart } from '../comms/comms-part';
import { objectivesWebPart } from '../objectives/objectives-part';
import { placesWebPart } from '../places/places-part';
import { resourcesWebPart } from '../resources/resources-part';
import { rolesWebPart } from '../roles/roles-part';
import { timelineWebPart } from '../timeline/timeline-part';
import type { WebPlanPart } from './web-plan-part';

/** The web side of every plan part, in the order of `PLAN_PARTS`. Add a new part here (one line). */
export const WEB_PLAN_PARTS = [objectivesWebPart, rolesWebPart, checklistWebPart, timelineWebPart, resourcesWebPart, commsWebPart, placesWebPart] as const;

type AnyWebPart = WebPlanPart<PlanPart, any>;

/** An item of any plan part, as its fragment reads it, tagged with its type. */
export type PlanPartEntity = (typeof WEB_PLAN_PARTS)[number] extends infer W ? (W extends WebPlanPart<infer P, infer T> ? { __typename: P['typename'] } & T : never) : never;

/** The web part whose events carry `entityType`. */
export function webPartOf(entityType: string): AnyWebPart | undefined {
  return (WEB_PLAN_PARTS as readonly AnyWebPart[]).find((spec) => spec.part.entityType === entityType);
}

/** The web part whose items are of GraphQL type `typename`. */
export function webPartOfType(typename: string): AnyWebPart | undefined {
  return (WEB_PLAN_PARTS as readonly AnyWebPart[]).find((spec) => spec.part.typename === typename);
}
