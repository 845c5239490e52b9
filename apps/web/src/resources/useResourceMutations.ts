import { useMutation } from '@apollo/client/react';
import { AddResourceDocument, RemoveResourceDocument, UpdateResourceDocument, type ResourceCommitmentInput, type ResourceCommitmentPatch } from '@jointops/web-data';
import { useCallback } from 'react';
import { appendToPlanList, removeFromPlanList } from '../plans/plan-cache';
import { usePlanMetaRefresh } from '../plans/usePlanMetaRefresh';

/** Add, edit and remove resource commitments, keeping `Plan.resources` in the cache current. */
export function useResourceMutations(planId: string) {
  const refreshMeta = usePlanMetaRefresh(planId);
  const [add] = useMutation(AddResourceDocument);
  const [update] = useMutation(UpdateResourceDocument);
  const [remove] = useMutation(RemoveResourceDocument);

  const addResource = useCallback(
    async (input: ResourceCommitmentInput) => {
      await add({
        variables: { planId, input },
        update: (cache, { data }) => {
          if (data) appendToPlanList(cache, planId, 'resources', 'ResourceCommitment', data.addResource.id);
        },
      });
      refreshMeta();
    },
    [add, planId, refreshMeta],
  );
  const updateResource = useCallback(
    async (id: string, expectedVersion: number, patch: ResourceCommitmentPatch) => {
      await update({ variables: { id, expectedVersion, patch } });
      refreshMeta();
    },
    [refreshMeta, update],
  );
  const removeResource = useCallback(
    async (id: string, expectedVersion: number) => {
      await remove({
        variables: { id, expectedVersion },
        update: (cache, { data }) => {
          if (data) removeFromPlanList(cache, planId, 'resources', 'ResourceCommitment', data.removeResource);
        },
      });
      refreshMeta();
    },
    [planId, refreshMeta, remove],
  );
  return { addResource, updateResource, removeResource };
}
