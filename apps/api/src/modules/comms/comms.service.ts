import { Injectable } from '@nestjs/common';
import { checkRequiredText, checkText, checkTitle, collectViolations, LIMITS } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanChangeService } from '../plans/plan-change.service';
import { assertParticipating, assertRoomFor, deleteVersioned, insertItem, updateVersioned } from '../plans/plan-items';
import { CommsChannel } from './comms-channel.entity';
import type { CommsChannelInput, CommsChannelPatch } from './dto/comms-channel.input';

const WHAT = 'Channel';

@Injectable()
export class CommsService {
  constructor(private readonly changes: PlanChangeService) {}

  add(user: AuthenticatedUser, planId: string, input: CommsChannelInput): Promise<CommsChannel> {
    return this.changes.run(user, planId, 'editContent', async (change) => {
      ValidationException.throwIfAny(
        collectViolations(
          checkTitle('input.name', input.name?.trim()),
          checkRequiredText('input.details', input.details?.trim(), LIMITS.textMax),
          checkText('input.purpose', input.purpose, LIMITS.textMax),
        ),
      );
      assertParticipating(change, input.agencyId, 'input.agencyId');
      await assertRoomFor(change, 'comms_channels', 1, 'input');
      const channel = await insertItem(change, CommsChannel, {
        name: input.name.trim(),
        details: input.details.trim(),
        purpose: input.purpose ?? '',
        agencyId: input.agencyId ?? null,
      });
      change.log({ type: 'COMMS_CHANNEL_ADDED', entityType: 'COMMS_CHANNEL', entityId: channel.id, data: channel });
      return channel;
    });
  }

  async update(user: AuthenticatedUser, id: string, expectedVersion: number, patch: CommsChannelPatch): Promise<CommsChannel> {
    const planId = await this.changes.planIdOf('comms_channels', id, WHAT);
    return this.changes.run(
      user,
      planId,
      'editContent',
      async (change) => {
        ValidationException.throwIfAny(
          collectViolations(
            patch.name != null ? checkTitle('patch.name', patch.name.trim()) : null,
            patch.details != null ? checkRequiredText('patch.details', patch.details.trim(), LIMITS.textMax) : null,
            checkText('patch.purpose', patch.purpose, LIMITS.textMax),
          ),
        );
        const changes: Partial<CommsChannel> = {};
        if (patch.agencyId !== undefined) {
          assertParticipating(change, patch.agencyId, 'patch.agencyId');
          changes.agencyId = patch.agencyId;
        }
        if (patch.name != null) changes.name = patch.name.trim();
        if (patch.details != null) changes.details = patch.details.trim();
        if (patch.purpose != null) changes.purpose = patch.purpose;
        const channel = await updateVersioned(change, CommsChannel, id, expectedVersion, changes, WHAT);
        change.log({ type: 'COMMS_CHANNEL_UPDATED', entityType: 'COMMS_CHANNEL', entityId: id, data: channel });
        return channel;
      },
      WHAT,
    );
  }

  async remove(user: AuthenticatedUser, id: string, expectedVersion: number): Promise<string> {
    const planId = await this.changes.planIdOf('comms_channels', id, WHAT);
    return this.changes.run(
      user,
      planId,
      'editContent',
      async (change) => {
        await deleteVersioned(change, CommsChannel, id, expectedVersion, WHAT);
        change.log({ type: 'COMMS_CHANNEL_REMOVED', entityType: 'COMMS_CHANNEL', entityId: id, data: null });
        return id;
      },
      WHAT,
    );
  }
}
