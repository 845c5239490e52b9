import { Injectable } from '@nestjs/common';
import { resourcePatchSchema, resourceSchema } from '@jointops/domain';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { assertParticipating } from '../plans/plan-items';
import { PlanItemsService } from '../plans/plan-items.service';
import type { ResourceCommitmentInput, ResourceCommitmentPatch } from './dto/resource-commitment.input';
import type { ResourceCommitment } from './resource-commitment.entity';
import { RESOURCE } from './resource-commitment.part';


@Injectable()
export class ResourcesService {
  constructor(private readonly items: PlanItemsService) {}

  add(user: AuthenticatedUser, planId: string, input: ResourceCommitmentInput): Promise<ResourceCommitment> {
    return this.items.add(user, planId, RESOURCE, (change) => {
      assertValid(resourceSchema, input, 'input');
      assertParticipating(change, input.agencyId, 'input.agencyId');
      return { agencyId: input.agencyId, kind: input.kind.trim(), quantity: input.quantity, notes: input.notes ?? '' };
    });
  }

  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: ResourceCommitmentPatch): Promise<ResourceCommitment> {
    // The changes follow from the patch alone: they go with the plan's lock.
    return this.items.updatePrepared(user, RESOURCE, id, expectedVersion, () => {
      assertValid(resourcePatchSchema, patch, 'patch');
      const changes: Partial<ResourceCommitment> = {};
      if (patch.kind != null) changes.kind = patch.kind.trim();
      if (patch.quantity != null) changes.quantity = patch.quantity;
      if (patch.notes != null) changes.notes = patch.notes;
      return changes;
    });
  }

  remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    return this.items.remove(user, RESOURCE, id, expectedVersion);
  }
}
