import { ROLES_PART } from '@jointops/domain';
import { registerPlanPart } from '../plans/plan-part.registry';
import { RoleAssignment } from './role-assignment.entity';

declare module '../plans/plan-content.service' {
  interface PlanContent {
    roles: RoleAssignment[];
  }
}

export const ROLE = registerPlanPart({
  part: ROLES_PART,
  entity: RoleAssignment,
  table: 'role_assignments',
  order: 'created_at, id',
  dates: ['createdAt'],
  heldByAgency: true,
  // The place is left out while unset, so roles hash as they did before places existed.
  signed: ({ id, agencyId, title, responsibilities, assigneeId, objectiveIds, placeId }) => ({ id, agencyId, title, responsibilities, assigneeId, objectiveIds: [...objectiveIds].sort(), ...(placeId ? { placeId } : {}) }),
});
