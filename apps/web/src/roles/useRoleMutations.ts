import { AddRoleDocument, RemoveRoleDocument, UpdateRoleDocument, type RoleAssignmentInput, type RoleAssignmentPatch } from '@jointops/web-data';
import { usePlanItemMutations, type PlanItemMutations } from '../shared/usePlanItemMutations';

const ROLES: PlanItemMutations<RoleAssignmentInput, RoleAssignmentPatch> = { list: 'roles', typename: 'RoleAssignment', add: AddRoleDocument, update: UpdateRoleDocument, remove: RemoveRoleDocument };

/** Add, edit and remove role assignments, keeping `Plan.roles` in the cache current. */
export function useRoleMutations(planId: string) {
  const { add, update, remove } = usePlanItemMutations(planId, ROLES);
  return { addRole: add, updateRole: update, removeRole: remove };
}
