import { RESOURCES_PART } from '@jointops/domain';
import { registerPlanPart } from '../plans/plan-part.registry';
import { ResourceCommitment } from './resource-commitment.entity';

declare module '../plans/plan-content.service' {
  interface PlanContent {
    resources: ResourceCommitment[];
  }
}

export const RESOURCE = registerPlanPart({
  part: RESOURCES_PART,
  entity: ResourceCommitment,
  table: 'resource_commitments',
  order: 'created_at, id',
  dates: ['createdAt'],
  heldByAgency: true,
  signed: ({ id, agencyId, kind, quantity, notes }) => ({ id, agencyId, kind, quantity, notes }),
});
