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
  signed: ({ id, agencyId, title, responsibilities, assigneeId, objectiveIds }) => ({ id, agencyId, title, responsibilities, assigneeId, objectiveIds: [...objectiveIds].sort() }),
});
