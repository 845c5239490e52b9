import { useApolloClient, useMutation } from '@apollo/client/react';
import { AddObjectiveDocument, PlanObjectivesDocument, RemoveObjectiveDocument, UpdateObjectiveDocument, type ObjectiveInput, type ObjectivePatch } from '@jointops/web-data';
import { useCallback } from 'react';
import { appendToPlanList, removeFromPlanList } from '../plans/plan-cache';
import { usePlanMetaRefresh } from '../plans/usePlanMetaRefresh';

/** Add, edit, move and remove objectives, keeping `Plan.objectives` in the cache current. */
export function useObjectiveMutations(planId: string) {
  const client = useApolloClient();
  const refreshMeta = usePlanMetaRefresh(planId);
  const [add] = useMutation(AddObjectiveDocument);
  const [update] = useMutation(UpdateObjectiveDocument);
  const [remove] = useMutation(RemoveObjectiveDocument);

  const addObjective = useCallback(
    async (input: ObjectiveInput) => {
      await add({
        variables: { planId, input },
        update: (cache, { data }) => {
          if (data) appendToPlanList(cache, planId, 'objectives', 'Objective', data.addObjective.id);
        },
      });
      refreshMeta();
    },
    [add, planId, refreshMeta],
  );

  const updateObjective = useCallback(
    async (id: string, expectedVersion: number, patch: ObjectivePatch) => {
      await update({ variables: { id, expectedVersion, patch } });
      if (patch.position !== undefined && patch.position !== null) {
        // The others shift on the server: read the new order (positions and versions) once.
        await client.query({ query: PlanObjectivesDocument, variables: { id: planId }, fetchPolicy: 'network-only' });
      }
      refreshMeta();
    },
    [client, planId, refreshMeta, update],
  );

  const removeObjective = useCallback(
    async (id: string, expectedVersion: number) => {
      await remove({
        variables: { id, expectedVersion },
        update: (cache, { data }) => {
          if (data) removeFromPlanList(cache, planId, 'objectives', 'Objective', data.removeObjective);
        },
      });
      refreshMeta();
    },
    [planId, refreshMeta, remove],
  );

  return { addObjective, updateObjective, removeObjective };
}
