import { Injectable } from '@nestjs/common';
import { checkText, checkTitle, collectViolations, LIMITS, RESOURCE_QUANTITY_MAX, type FieldViolation } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { assertParticipating } from '../plans/plan-items';
import { PlanItemsService, type PlanItemKind } from '../plans/plan-items.service';
import type { ResourceCommitmentInput, ResourceCommitmentPatch } from './dto/resource-commitment.input';
import { ResourceCommitment } from './resource-commitment.entity';

const RESOURCE: PlanItemKind<ResourceCommitment> = { entity: ResourceCommitment, table: 'resource_commitments', entityType: 'RESOURCE', what: 'Resource commitment' };

function checkQuantity(field: string, quantity: number | null | undefined): FieldViolation | null {
  if (quantity == null) return null;
  return quantity < 0 || quantity > RESOURCE_QUANTITY_MAX ? { field, message: `Quantity must be between 0 and ${RESOURCE_QUANTITY_MAX.toLocaleString('en-US')}.` } : null;
}

@Injectable()
export class ResourcesService {
  constructor(private readonly items: PlanItemsService) {}

  add(user: AuthenticatedUser, planId: string, input: ResourceCommitmentInput): Promise<ResourceCommitment> {
    return this.items.add(user, planId, RESOURCE, (change) => {
      ValidationException.throwIfAny(
        collectViolations(checkTitle('input.kind', input.kind?.trim()), checkQuantity('input.quantity', input.quantity), checkText('input.notes', input.notes, LIMITS.textMax)),
      );
      assertParticipating(change, input.agencyId, 'input.agencyId');
      return { agencyId: input.agencyId, kind: input.kind.trim(), quantity: input.quantity, notes: input.notes ?? '' };
    });
  }

  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: ResourceCommitmentPatch): Promise<ResourceCommitment> {
    return this.items.update(user, RESOURCE, id, expectedVersion, () => {
      ValidationException.throwIfAny(
        collectViolations(
          patch.kind != null ? checkTitle('patch.kind', patch.kind.trim()) : null,
          checkQuantity('patch.quantity', patch.quantity),
          checkText('patch.notes', patch.notes, LIMITS.textMax),
        ),
      );
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
