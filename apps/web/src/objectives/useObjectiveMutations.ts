import { useApolloClient } from '@apollo/client/react';
import { AddObjectiveDocument, PlanObjectivesAfterRestoreDocument, PlanObjectivesDocument, RemoveObjectiveDocument, UpdateObjectiveDocument, type ObjectiveInput, type ObjectivePatch } from '@jointops/web-data';
import { useCallback } from 'react';
import { usePlanItemMutations, type PlanItemMutations } from '../shared/usePlanItemMutations';

const OBJECTIVES: PlanItemMutations<ObjectiveInput, ObjectivePatch> = { list: 'objectives', typename: 'Objective', add: AddObjectiveDocument, update: UpdateObjectiveDocument, remove: RemoveObjectiveDocument };

/** Add, edit, move and remove objectives, keeping `Plan.objectives` in the cache current. */
export function useObjectiveMutations(planId: string) {
  const client = useApolloClient();
  const { add, update, remove } = usePlanItemMutations(planId, OBJECTIVES);
  const updateObjective = useCallback(
    async (id: string, expectedVersion: number, patch: ObjectivePatch) => {
      await update(id, expectedVersion, patch);
      if (patch.position !== undefined && patch.position !== null) {
        // The others shift on the server: read the new order (positions and versions) once.
        await client.query({ query: PlanObjectivesDocument, variables: { id: planId }, fetchPolicy: 'network-only' });
      }
    },
    [client, planId, update],
  );
  /** Undo of a removal: re-adds at `input.position` and into `input.roleIds`, then reads the new order and links once. */
  const restoreObjective = useCallback(
    async (input: ObjectiveInput) => {
      const added = await add(input);
      await client.query({ query: PlanObjectivesAfterRestoreDocument, variables: { id: planId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      return added;
    },
    [add, client, planId],
  );
  return { addObjective: add, updateObjective, removeObjective: remove, restoreObjective };
}
