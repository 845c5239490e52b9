import { Injectable } from '@nestjs/common';
import { commsChannelPatchSchema, commsChannelSchema } from '@jointops/domain';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { assertParticipating } from '../plans/plan-items';
import { PlanItemsService } from '../plans/plan-items.service';
import type { CommsChannel } from './comms-channel.entity';
import { COMMS_CHANNEL as CHANNEL } from './comms-channel.part';
import type { CommsChannelInput, CommsChannelPatch } from './dto/comms-channel.input';


@Injectable()
export class CommsService {
  constructor(private readonly items: PlanItemsService) {}

  add(user: AuthenticatedUser, planId: string, input: CommsChannelInput): Promise<CommsChannel> {
    return this.items.add(user, planId, CHANNEL, (change) => {
      assertValid(commsChannelSchema, input, 'input');
      assertParticipating(change, input.agencyId, 'input.agencyId');
      return { name: input.name.trim(), details: input.details.trim(), purpose: input.purpose ?? '', agencyId: input.agencyId ?? null };
    });
  }

  /** A new agency is checked against the locked plan; other changes follow from the patch alone and go with the lock. */
  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: CommsChannelPatch): Promise<CommsChannel> {
    if (patch.agencyId === undefined) return this.items.updatePrepared(user, CHANNEL, id, expectedVersion, () => fieldChanges(patch));
    return this.items.update(user, CHANNEL, id, expectedVersion, (change) => {
      const changes = fieldChanges(patch);
      assertParticipating(change, patch.agencyId, 'patch.agencyId');
      return { ...changes, agencyId: patch.agencyId };
    });
  }

  remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    return this.items.remove(user, CHANNEL, id, expectedVersion);
  }
}

/** What a valid patch changes, besides the agency; BAD_USER_INPUT naming the field otherwise. */
function fieldChanges(patch: CommsChannelPatch): Partial<CommsChannel> {
  assertValid(commsChannelPatchSchema, patch, 'patch');
  const changes: Partial<CommsChannel> = {};
  if (patch.name != null) changes.name = patch.name.trim();
  if (patch.details != null) changes.details = patch.details.trim();
  if (patch.purpose != null) changes.purpose = patch.purpose;
  return changes;
}
