import { useMutation } from '@apollo/client/react';
import { AddRoleDocument, RemoveRoleDocument, UpdateRoleDocument, type RoleAssignmentInput, type RoleAssignmentPatch } from '@jointops/web-data';
import { useCallback } from 'react';
import { appendToPlanList, removeFromPlanList } from '../plans/plan-cache';
import { usePlanMetaRefresh } from '../plans/usePlanMetaRefresh';

/** Add, edit and remove role assignments, keeping `Plan.roles` in the cache current. */
export function useRoleMutations(planId: string) {
  const refreshMeta = usePlanMetaRefresh(planId);
  const [add] = useMutation(AddRoleDocument);
  const [update] = useMutation(UpdateRoleDocument);
  const [remove] = useMutation(RemoveRoleDocument);

  const addRole = useCallback(
    async (input: RoleAssignmentInput) => {
      await add({
        variables: { planId, input },
        update: (cache, { data }) => {
          if (data) appendToPlanList(cache, planId, 'roles', 'RoleAssignment', data.addRole.id);
        },
      });
      refreshMeta();
    },
    [add, planId, refreshMeta],
  );
  const updateRole = useCallback(
    async (id: string, expectedVersion: number, patch: RoleAssignmentPatch) => {
      await update({ variables: { id, expectedVersion, patch } });
      refreshMeta();
    },
    [refreshMeta, update],
  );
  const removeRole = useCallback(
    async (id: string, expectedVersion: number) => {
      await remove({
        variables: { id, expectedVersion },
        update: (cache, { data }) => {
          if (data) removeFromPlanList(cache, planId, 'roles', 'RoleAssignment', data.removeRole);
        },
      });
      refreshMeta();
    },
    [planId, refreshMeta, remove],
  );
  return { addRole, updateRole, removeRole };
}
