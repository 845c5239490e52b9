import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useMemo } from 'react';
import { appendToPlanList, removeFromPlanList, type PlanListField } from '../plans/plan-cache';
import { usePlanMetaRefresh } from '../plans/usePlanMetaRefresh';

/** A plan part's three mutations and where its entities are listed on the plan. */
export interface PlanItemMutations<I, P> {
  /** The `Plan` field listing them, e.g. `comms`. */
  list: PlanListField;
  typename: string;
  /** Answers `{ addX: { id, … } }`. */
  add: TypedDocumentNode<Record<string, { id: string }>, { planId: string; input: I }>;
  update: TypedDocumentNode<unknown, { id: string; expectedVersion: number; patch: P }>;
  /** Answers `{ removeX: id }`. */
  remove: TypedDocumentNode<Record<string, string>, { id: string; expectedVersion: number }>;
}

const only = <T>(data: Record<string, T>): T | undefined => Object.values(data)[0];

/**
 * Add, edit and remove one kind of plan part, keeping the plan's list of them in the cache
 * current, and refreshing the plan's revision and readiness after each change.
 */
export function usePlanItemMutations<I, P>(planId: string, kind: PlanItemMutations<I, P>) {
  const refreshMeta = usePlanMetaRefresh(planId);
  const [addMutation] = useMutation(kind.add);
  const [updateMutation] = useMutation(kind.update);
  const [removeMutation] = useMutation(kind.remove);
  const { list, typename } = kind;

  const add = useCallback(
    async (input: I): Promise<{ id: string } | undefined> => {
      const { data } = await addMutation({
        variables: { planId, input },
        update: (cache, { data }) => {
          const added = data ? only(data) : undefined;
          if (added) appendToPlanList(cache, planId, list, typename, added.id);
        },
      });
      refreshMeta();
      return data ? only(data) : undefined;
    },
    [addMutation, list, planId, refreshMeta, typename],
  );
  const update = useCallback(
    async (id: string, expectedVersion: number, patch: P) => {
      await updateMutation({ variables: { id, expectedVersion, patch } });
      refreshMeta();
    },
    [refreshMeta, updateMutation],
  );
  const remove = useCallback(
    async (id: string, expectedVersion: number) => {
      await removeMutation({
        variables: { id, expectedVersion },
        update: (cache, { data }) => {
          const removed = data ? only(data) : undefined;
          if (removed) removeFromPlanList(cache, planId, list, typename, removed);
        },
      });
      refreshMeta();
    },
    [list, planId, refreshMeta, removeMutation, typename],
  );
  return useMemo(() => ({ add, update, remove }), [add, update, remove]);
}
