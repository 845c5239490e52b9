import { COMMS_PART } from '@jointops/domain';
import { registerPlanPart } from '../plans/plan-part.registry';
import { CommsChannel } from './comms-channel.entity';

declare module '../plans/plan-content.service' {
  interface PlanContent {
    comms: CommsChannel[];
  }
}

export const COMMS_CHANNEL = registerPlanPart({
  part: COMMS_PART,
  entity: CommsChannel,
  table: 'comms_channels',
  order: 'created_at, id',
  dates: ['createdAt'],
  heldByAgency: true,
  signed: ({ id, name, details, purpose, agencyId }) => ({ id, name, details, purpose, agencyId }),
});
