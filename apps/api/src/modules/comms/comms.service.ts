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

  update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: CommsChannelPatch): Promise<CommsChannel> {
    return this.items.update(user, CHANNEL, id, expectedVersion, (change) => {
      assertValid(commsChannelPatchSchema, patch, 'patch');
      const changes: Partial<CommsChannel> = {};
      if (patch.agencyId !== undefined) {
        assertParticipating(change, patch.agencyId, 'patch.agencyId');
        changes.agencyId = patch.agencyId;
      }
      if (patch.name != null) changes.name = patch.name.trim();
      if (patch.details != null) changes.details = patch.details.trim();
      if (patch.purpose != null) changes.purpose = patch.purpose;
      return changes;
    });
  }

  remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    return this.items.remove(user, CHANNEL, id, expectedVersion);
  }
}
