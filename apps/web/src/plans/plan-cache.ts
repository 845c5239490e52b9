import type { ApolloCache, Reference } from '@apollo/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { PlanPartKey } from '@jointops/domain';

/** The `Plan` fields that list entities: every plan part's, and the operation's lists. */
export type PlanListField = PlanPartKey | 'approvals' | 'activityLog' | 'debriefs';

/** Appends a freshly added entity (already normalised from the mutation result) to a plan list. */
export function appendToPlanList(cache: ApolloCache, planId: string, field: PlanListField, typename: string, id: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      [field]: (existing: readonly Reference[] = [], { toReference }: { toReference: (value: { __typename: string; id: string }) => Reference | undefined }) => {
        const ref = toReference({ __typename: typename, id });
        if (!ref || existing.some((item) => item.__ref === ref.__ref)) return existing;
        return [...existing, ref];
      },
    } as never,
  });
}

/** Drops a removed entity from a plan list and from the cache. */
export function removeFromPlanList(cache: ApolloCache, planId: string, field: PlanListField, typename: string, id: string): void {
  const entityId = cache.identify({ __typename: typename, id });
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      [field]: (existing: readonly Reference[] = []) => existing.filter((item) => item.__ref !== entityId),
    } as never,
  });
  if (entityId) cache.evict({ id: entityId });
  cache.gc();
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * "Keep theirs": writes the server's current entity (from a CONFLICT answer) over the cached one,
 * so the view shows their version. Only scalar fields the fragment knows are taken from `current`.
 */
export function writeConflictCurrent<T extends Record<string, unknown>>(
  cache: ApolloCache,
  options: { typename: string; id: string; fragment: TypedDocumentNode<T, unknown>; fragmentName?: string; current: Record<string, unknown>; currentVersion: number },
): void {
  const id = cache.identify({ __typename: options.typename, id: options.id });
  const existing = cache.readFragment({ id, fragment: options.fragment, fragmentName: options.fragmentName }) as T | null;
  if (!existing) return;
  const merged: Record<string, unknown> = { ...existing, __typename: options.typename };
  for (const [key, value] of Object.entries(options.current)) {
    if (key in existing && key !== 'id' && isScalar(value) && isScalar(existing[key])) merged[key] = value;
  }
  if (Number.isFinite(options.currentVersion)) merged['version'] = options.currentVersion;
  cache.writeFragment({ id, fragment: options.fragment, fragmentName: options.fragmentName, data: merged as T });
}
