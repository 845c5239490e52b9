import { useApolloClient } from '@apollo/client/react';
import { AddObjectiveDocument, PlanObjectivesAfterRestoreDocument, PlanObjectivesDocument, RemoveObjectiveDocument, UpdateObjectiveDocument, type ObjectiveInput, type ObjectivePatch } from '@jointops/web-data';
import type { ApolloCache, Reference } from '@apollo/client';
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
      if (added && input.position !== undefined && input.position !== null) shiftAfterRestore(client.cache, planId, added.id, input.position);
      await client.query({ query: PlanObjectivesAfterRestoreDocument, variables: { id: planId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      return added;
    },
    [add, client, planId],
  );
  return { addObjective: add, updateObjective, removeObjective: remove, restoreObjective };
}

/**
 * The server moves the objectives at or after a restored one's position down by one; the cache
 * does the same at once, so the restored card shows in its place before the order is read again.
 */
function shiftAfterRestore(cache: ApolloCache, planId: string, restoredId: string, position: number): void {
  const later: { ref: string; at: number }[] = [];
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      objectives: (existing: readonly Reference[] = [], { readField }: { readField: (field: string, from: Reference) => unknown }) => {
        for (const ref of existing) {
          const at = readField('position', ref);
          if (readField('id', ref) !== restoredId && typeof at === 'number' && at >= position) later.push({ ref: ref.__ref, at });
        }
        return existing;
      },
    } as never,
  });
  for (const { ref, at } of later) cache.modify({ id: ref, fields: { position: () => at + 1 } as never });
}
