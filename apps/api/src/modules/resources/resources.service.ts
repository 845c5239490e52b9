import { Injectable } from '@nestjs/common';
import { checkText, checkTitle, collectViolations, LIMITS, RESOURCE_QUANTITY_MAX, type FieldViolation } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanChangeService } from '../plans/plan-change.service';
import { assertParticipating, assertRoomFor, deleteVersioned, insertItem, updateVersioned } from '../plans/plan-items';
import type { ResourceCommitmentInput, ResourceCommitmentPatch } from './dto/resource-commitment.input';
import { ResourceCommitment } from './resource-commitment.entity';

const WHAT = 'Resource commitment';

function checkQuantity(field: string, quantity: number | null | undefined): FieldViolation | null {
  if (quantity == null) return null;
  return quantity < 0 || quantity > RESOURCE_QUANTITY_MAX ? { field, message: `Quantity must be between 0 and ${RESOURCE_QUANTITY_MAX.toLocaleString('en-US')}.` } : null;
}

@Injectable()
export class ResourcesService {
  constructor(private readonly changes: PlanChangeService) {}

  add(user: AuthenticatedUser, planId: string, input: ResourceCommitmentInput): Promise<ResourceCommitment> {
    return this.changes.run(user, planId, 'editContent', async (change) => {
      ValidationException.throwIfAny(
        collectViolations(checkTitle('input.kind', input.kind?.trim()), checkQuantity('input.quantity', input.quantity), checkText('input.notes', input.notes, LIMITS.textMax)),
      );
      assertParticipating(change, input.agencyId, 'input.agencyId');
      await assertRoomFor(change, 'resource_commitments', 1, 'input');
      const resource = await insertItem(change, ResourceCommitment, {
        agencyId: input.agencyId,
        kind: input.kind.trim(),
        quantity: input.quantity,
        notes: input.notes ?? '',
      });
      change.log({ type: 'RESOURCE_ADDED', entityType: 'RESOURCE', entityId: resource.id, data: resource });
      return resource;
    });
  }

  async update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: ResourceCommitmentPatch): Promise<ResourceCommitment> {
    const planId = await this.changes.planIdOf('resource_commitments', id, WHAT);
    return this.changes.run(
      user,
      planId,
      'editContent',
      async (change) => {
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
        const resource = await updateVersioned(change, ResourceCommitment, id, expectedVersion, changes, WHAT);
        change.log({ type: 'RESOURCE_UPDATED', entityType: 'RESOURCE', entityId: id, data: resource });
        return resource;
      },
      WHAT,
    );
  }

  async remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    const planId = await this.changes.planIdOf('resource_commitments', id, WHAT);
    return this.changes.run(
      user,
      planId,
      'editContent',
      async (change) => {
        await deleteVersioned(change, ResourceCommitment, id, expectedVersion, WHAT);
        change.log({ type: 'RESOURCE_REMOVED', entityType: 'RESOURCE', entityId: id, data: null });
        return id;
      },
      WHAT,
    );
  }
}
