import { useMutation } from '@apollo/client/react';
import { AddCommsChannelDocument, RemoveCommsChannelDocument, UpdateCommsChannelDocument, type CommsChannelInput, type CommsChannelPatch } from '@jointops/web-data';
import { useCallback } from 'react';
import { appendToPlanList, removeFromPlanList } from '../plans/plan-cache';
import { usePlanMetaRefresh } from '../plans/usePlanMetaRefresh';

/** Add, edit and remove communications channels, keeping `Plan.comms` in the cache current. */
export function useCommsMutations(planId: string) {
  const refreshMeta = usePlanMetaRefresh(planId);
  const [add] = useMutation(AddCommsChannelDocument);
  const [update] = useMutation(UpdateCommsChannelDocument);
  const [remove] = useMutation(RemoveCommsChannelDocument);

  const addChannel = useCallback(
    async (input: CommsChannelInput) => {
      await add({
        variables: { planId, input },
        update: (cache, { data }) => {
          if (data) appendToPlanList(cache, planId, 'comms', 'CommsChannel', data.addCommsChannel.id);
        },
      });
      refreshMeta();
    },
    [add, planId, refreshMeta],
  );
  const updateChannel = useCallback(
    async (id: string, expectedVersion: number, patch: CommsChannelPatch) => {
      await update({ variables: { id, expectedVersion, patch } });
      refreshMeta();
    },
    [refreshMeta, update],
  );
  const removeChannel = useCallback(
    async (id: string, expectedVersion: number) => {
      await remove({
        variables: { id, expectedVersion },
        update: (cache, { data }) => {
          if (data) removeFromPlanList(cache, planId, 'comms', 'CommsChannel', data.removeCommsChannel);
        },
      });
      refreshMeta();
    },
    [planId, refreshMeta, remove],
  );
  return { addChannel, updateChannel, removeChannel };
}
