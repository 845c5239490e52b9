import { Injectable } from '@nestjs/common';
import { placeSchema } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { PlanChange } from '../plans/plan-change.types';
import { PlanItemsService } from '../plans/plan-items.service';
import { planParts } from '../plans/plan-part.registry';
import { PlanPartRepository } from '../plans/plan-part.repository';
import type { PlacePatch, PlaceInput } from './dto/place.input';
import type { Place } from './place.entity';
import { PLACE } from './place.part';
import { namerOf } from './place-links';

/** Places of a plan (docs/architecture.md#places): the shape rules are the web form's schema; here, what needs the plan. */
@Injectable()
export class PlacesService {
  constructor(private readonly items: PlanItemsService) {}

  add(user: AuthenticatedUser, planId: string, input: PlaceInput): Promise<Place> {
    return this.items.add(user, planId, PLACE, () => {
      assertValid(placeSchema, input, 'input');
      return { name: input.name.trim(), kind: input.kind, coordinates: input.coordinates, address: input.address?.trim() ?? '', notes: input.notes ?? '' };
    });
  }

  /** Checked as the place would stand after the patch: a new kind against the points it has, and the other way round. */
  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: PlacePatch): Promise<Place> {
    return this.items.update(user, PLACE, id, expectedVersion, (_change, current) => {
      assertValid(
        placeSchema,
        {
          name: patch.name ?? current.name,
          kind: patch.kind ?? current.kind,
          coordinates: patch.coordinates ?? current.coordinates,
          address: patch.address ?? current.address,
          notes: patch.notes ?? current.notes,
        },
        'patch',
      );
      const changes: Partial<Place> = {};
      if (patch.name != null) changes.name = patch.name.trim();
      if (patch.kind != null) changes.kind = patch.kind;
      if (patch.coordinates != null) changes.coordinates = patch.coordinates;
      if (patch.address != null) changes.address = patch.address.trim();
      if (patch.notes != null) changes.notes = patch.notes;
      return changes;
    });
  }

  /** Refused while a timeline event or role names the place: nothing points at a place that is gone. */
  remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    return this.items.within(user, PLACE, id, async (change) => {
      await this.assertUnreferenced(change, id);
      return this.items.removeIn(change, PLACE, id, expectedVersion);
    });
  }

  private async assertUnreferenced(change: PlanChange, id: string): Promise<void> {
    const naming: string[] = [];
    for (const part of planParts().filter((registered) => registered.part.namesPlace)) {
      const items = await PlanPartRepository.of(part.entity).referencing(change.manager, change.plan.id, 'placeId' as never, id);
      naming.push(...items.map((item) => namerOf(part.part.noun, item)));
    }
    if (naming.length > 0) {
      throw ValidationException.of('id', `The place is named by ${naming.join(', ')}. Choose another place for ${naming.length === 1 ? 'it' : 'them'} first.`);
    }
  }
}
