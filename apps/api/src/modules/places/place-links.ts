import { isUuid } from '@jointops/domain';
import { whenLoaded } from '../../core/dataloaders/dataloader.service';
import { ValidationException } from '../../core/errors/app-exception';
import type { GqlContext } from '../../core/graphql/gql-context';
import { itemsWithIds } from '../plans/plan-content.service';
import type { PlanChange } from '../plans/plan-change.types';
import { PlanPartRepository } from '../plans/plan-part.repository';
import { planParts } from '../plans/plan-part.registry';
import { Place } from './place.entity';

/**
 * A timeline event or role may name a place of its own plan (or none: null). Checked in the
 * change's transaction, so a place removed at the same moment is seen.
 */
export async function assertPlaceInPlan(change: PlanChange, placeId: string | null | undefined, field: string): Promise<void> {
  if (placeId == null) return;
  // A malformed id is refused before any query: a failed statement would abort the change's transaction.
  const place = isUuid(placeId) ? await PlanPartRepository.of(Place).findById(change.manager, placeId) : null;
  if (!place || place.planId !== change.plan.id) throw ValidationException.of(field, 'Not a place of this plan.');
}

/** How a part that names a place is named in words: `role “CBP liaison”`, `timeline event “Joint briefing”`. */
export function namerOf(noun: string, item: object): string {
  return `${noun.toLowerCase()} “${(item as { title?: string }).title ?? ''}”`;
}

/** The parts of a loaded plan that name place `placeId`, in words (Place.namedBy; the removal's refusal says the same). */
export function namersIn(content: Record<string, unknown>, placeId: string): string[] {
  return planParts()
    .filter((registered) => registered.part.namesPlace)
    .flatMap(({ part }) => ((content[part.key] ?? []) as Array<{ placeId?: string | null }>).filter((item) => item.placeId === placeId).map((item) => namerOf(part.noun, item)));
}

/** The place an item of a plan names, from the plan's loaded content (no query of its own). */
export function placeNamedBy(item: { planId: string; placeId: string | null }, context: GqlContext): Place | null | Promise<Place | null> {
  if (!item.placeId) return null;
  return whenLoaded(context.loaders.planContent.get(item.planId), ({ places }) => itemsWithIds(places, [item.placeId as string])[0] ?? null);
}
