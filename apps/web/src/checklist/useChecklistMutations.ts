import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  AddChecklistItemDocument,
  ApplyChecklistTemplateDocument,
  ChecklistItemFieldsFragmentDoc,
  ChecklistSectionDocument,
  RemoveChecklistItemDocument,
  ResolveChecklistItemDocument,
  ResolveChecklistItemsDocument,
  UpdateChecklistItemDocument,
  type ChecklistItemFieldsFragment,
  type ChecklistItemInput,
  type ChecklistItemPatch,
  type ChecklistStatus,
} from '@jointops/web-data';
import { useCallback, useMemo } from 'react';
import { removeFromPlanList } from '../plans/plan-cache';
import { useRefreshPlanMeta } from './useRefreshPlanMeta';

type Item = ChecklistItemFieldsFragment;
const itemId = (id: string) => ({ __typename: 'ChecklistItem' as const, id });

function appendToPlan(cache: ApolloCache, planId: string, items: readonly Item[]) {
  const refs = items.map((item) => cache.writeFragment({ fragment: ChecklistItemFieldsFragmentDoc, data: item, id: cache.identify(itemId(item.id)) }));
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      checklist(existing: readonly Reference[] = [], { readField }) {
        const known = new Set(existing.map((ref) => readField<string>('id', ref)));
        return [...existing, ...refs.filter((ref): ref is Reference => ref != null && !known.has(readField<string>('id', ref)))];
      },
    },
  });
}

/** Checklist writes, each keeping the cached `Plan.checklist` and the plan's readiness current. */
export function useChecklistMutations(planId: string) {
  const client = useApolloClient();
  const refreshMeta = useRefreshPlanMeta(planId);
  const [applyMutation] = useMutation(ApplyChecklistTemplateDocument);
  const [addMutation] = useMutation(AddChecklistItemDocument);
  const [updateMutation] = useMutation(UpdateChecklistItemDocument);
  const [resolveMutation] = useMutation(ResolveChecklistItemDocument);
  const [resolveManyMutation] = useMutation(ResolveChecklistItemsDocument);
  const [removeMutation] = useMutation(RemoveChecklistItemDocument);

  const applyTemplate = useCallback(
    async (templateId: string) => {
      const { data } = await applyMutation({
        variables: { planId, templateId },
        update: (cache, { data: result }) => result && appendToPlan(cache, planId, result.applyChecklistTemplate),
      });
      refreshMeta();
      return data?.applyChecklistTemplate ?? [];
    },
    [applyMutation, planId, refreshMeta],
  );

  const add = useCallback(
    async (input: ChecklistItemInput) => {
      const { data } = await addMutation({
        variables: { planId, input },
        update: (cache, { data: result }) => result && appendToPlan(cache, planId, [result.addChecklistItem]),
      });
      refreshMeta();
      return data?.addChecklistItem ?? null;
    },
    [addMutation, planId, refreshMeta],
  );

  const update = useCallback(
    /** `reason`: needed (agency leads only) when a required item's text, category or citation changes. */
    async (id: string, expectedVersion: number, patch: ChecklistItemPatch, reason?: string) => {
      const { data } = await updateMutation({ variables: { id, expectedVersion, patch, ...(reason ? { reason } : {}) } });
      refreshMeta();
      return data?.updateChecklistItem ?? null;
    },
    [updateMutation, refreshMeta],
  );

  const resolve = useCallback(
    async (id: string, expectedVersion: number, status: ChecklistStatus, note: string) => {
      const { data } = await resolveMutation({ variables: { id, expectedVersion, status, note } });
      refreshMeta();
      return data?.resolveChecklistItem ?? null;
    },
    [resolveMutation, refreshMeta],
  );

  /** Several items, one status and note: each item its own logged change, all or none. */
  const resolveMany = useCallback(
    async (items: ReadonlyArray<{ id: string; version: number }>, status: ChecklistStatus, note: string) => {
      const { data } = await resolveManyMutation({ variables: { planId, items: items.map((item) => ({ id: item.id, expectedVersion: item.version })), status, note } });
      refreshMeta();
      return data?.resolveChecklistItems ?? [];
    },
    [planId, refreshMeta, resolveManyMutation],
  );

  const remove = useCallback(
    /** `reason`: needed (agency leads only) when the item is required. */
    async (id: string, expectedVersion: number, reason?: string) => {
      await removeMutation({
        variables: { id, expectedVersion, ...(reason ? { reason } : {}) },
        update: (cache) => removeFromPlanList(cache, planId, 'checklist', 'ChecklistItem', id),
      });
      refreshMeta();
    },
    [removeMutation, planId, refreshMeta],
  );

  /** "Keep theirs": put the server's current item into the cache, then re-read the section. */
  const keepTheirs = useCallback(
    (id: string, currentVersion: number, current: Record<string, unknown>) => {
      const cacheId = client.cache.identify(itemId(id));
      const cached = client.cache.readFragment({ fragment: ChecklistItemFieldsFragmentDoc, id: cacheId });
      if (cached) client.cache.writeFragment({ fragment: ChecklistItemFieldsFragmentDoc, id: cacheId, data: mergeCurrent(cached, currentVersion, current) });
      client.query({ query: ChecklistSectionDocument, variables: { id: planId }, fetchPolicy: 'network-only' }).catch(() => undefined);
    },
    [client, planId],
  );

  /** Undo of a removal: re-adds the item at its place with its resolution, then re-reads the section's order once. */
  const restore = useCallback(
    async (input: ChecklistItemInput) => {
      const added = await add(input);
      await client.query({ query: ChecklistSectionDocument, variables: { id: planId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      return added;
    },
    [add, client, planId],
  );

  return useMemo(() => ({ applyTemplate, add, update, resolve, resolveMany, remove, keepTheirs, restore }), [applyTemplate, add, update, resolve, resolveMany, remove, keepTheirs, restore]);
}

/** The fields of `current` (the entity as the server holds it) that fit our fragment. */
export function mergeCurrent(cached: Item, currentVersion: number, current: Record<string, unknown>): Item {
  const next: Item = { ...cached, version: currentVersion };
  for (const key of ['category', 'text', 'citation', 'status', 'note'] as const) {
    if (typeof current[key] === 'string') (next as Record<string, unknown>)[key] = current[key];
  }
  if (typeof current['required'] === 'boolean') next.required = current['required'];
  if (typeof current['reviewedAt'] === 'string' || current['reviewedAt'] === null) next.reviewedAt = current['reviewedAt'] as string | null;
  const reviewer = current['reviewedBy'] as { id?: unknown; displayName?: unknown } | null | undefined;
  if (reviewer === null) next.reviewedBy = null;
  else if (reviewer && typeof reviewer.id === 'string' && typeof reviewer.displayName === 'string') {
    next.reviewedBy = { __typename: 'User', id: reviewer.id, displayName: reviewer.displayName } as Item['reviewedBy'];
  }
  return next;
}
