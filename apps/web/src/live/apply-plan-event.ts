import type { ApolloCache, Reference } from '@apollo/client';
import type { PlanEventFieldsFragment } from '@jointops/web-data';
import { ENTITY_SPECS, liveNodeOf, type EntitySpec, type LiveEntity } from './live-node';

/** An event as applied: the entity after the change, and as the cache held it before (if it did). */
export interface AppliedEvent {
  event: PlanEventFieldsFragment;
  node: LiveEntity | null;
  previous: LiveEntity | null;
}

type ReadField = (field: string, from: Reference) => unknown;

function readEntity(cache: ApolloCache, spec: EntitySpec, id: string): LiveEntity | null {
  try {
    const data = cache.readFragment({ id: cache.identify({ __typename: spec.typename, id }), fragment: spec.fragment, fragmentName: spec.fragmentName });
    return data ? ({ ...(data as object), __typename: spec.typename } as LiveEntity) : null;
  } catch {
    return null;
  }
}

function sortKey(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value);
  return Number.POSITIVE_INFINITY;
}

/** Stable sort of references by a field of the referenced entities. */
function sortRefs(refs: readonly Reference[], field: string, readField: ReadField): Reference[] {
  return refs
    .map((ref, index) => ({ ref, index, key: sortKey(readField(field, ref)) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.ref);
}

function upsertIntoPlanList(cache: ApolloCache, planId: string, spec: EntitySpec, id: string): void {
  if (!spec.list) return;
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      [spec.list]: (existing: readonly Reference[] = [], { toReference, readField }: { toReference: (value: object) => Reference | undefined; readField: ReadField }) => {
        const ref = toReference({ __typename: spec.typename, id });
        if (!ref) return existing;
        let next = existing.some((item) => item.__ref === ref.__ref) ? existing : [...existing, ref];
        if (spec.onePerAgency) {
          // Re-submission recreates every approval without removal events: drop the agency's old one.
          const agencyOf = (item: Reference) => {
            const agency = readField('agency', item) as Reference | undefined;
            return agency ? readField('id', agency) : undefined;
          };
          const agencyId = agencyOf(ref);
          if (agencyId !== undefined) next = next.filter((item) => item.__ref === ref.__ref || agencyOf(item) !== agencyId);
        }
        return spec.sortBy ? sortRefs(next, spec.sortBy, readField) : next;
      },
    } as never,
  });
}

/** The plan's report as the cache holds it (Plan.afterActionReport), if it does. */
function planReport(cache: ApolloCache, planId: string): Reference | null {
  let reportRef: Reference | null = null;
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      afterActionReport: (existing: Reference | null) => {
        reportRef = existing ?? null;
        return existing;
      },
    } as never,
  });
  return reportRef as Reference | null;
}

/**
 * A debrief saved or submitted (also another member's withheld draft) changes how many the report
 * is still without: the cached count goes, and the query that shows it reads it again.
 */
function forgetDebriefsOutstanding(cache: ApolloCache, planId: string): void {
  const report = planReport(cache, planId);
  if (report) cache.evict({ id: report.__ref, fieldName: 'debriefsOutstanding' });
}

/**
 * After-action entities that hang off the plan outside its lists: the report becomes
 * `Plan.afterActionReport`; a corrective action joins the corrective actions of the plan's report.
 */
function attachAfterAction(cache: ApolloCache, planId: string, spec: EntitySpec, id: string): void {
  if (!spec.attach) return;
  const planCacheId = cache.identify({ __typename: 'Plan', id: planId });
  if (spec.attach === 'afterActionReport') {
    cache.modify({
      id: planCacheId,
      fields: { afterActionReport: (_existing: unknown, { toReference }: { toReference: (value: object) => Reference | undefined }) => toReference({ __typename: spec.typename, id }) ?? null } as never,
    });
    return;
  }
  const report = planReport(cache, planId);
  if (!report) return;
  cache.modify({
    id: report.__ref,
    fields: {
      correctiveActions: (existing: readonly Reference[] = [], { toReference }: { toReference: (value: object) => Reference | undefined }) => {
        const ref = toReference({ __typename: spec.typename, id });
        if (!ref || existing.some((item) => item.__ref === ref.__ref)) return existing;
        return [...existing, ref];
      },
    } as never,
  });
}

function removeFromPlanList(cache: ApolloCache, planId: string, spec: EntitySpec, id: string): void {
  if (!spec.list) return;
  const entityId = cache.identify({ __typename: spec.typename, id });
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: { [spec.list]: (existing: readonly Reference[] = []) => existing.filter((item) => item.__ref !== entityId) } as never,
  });
  if (entityId) cache.evict({ id: entityId });
}

/**
 * A role or timeline event that names a place is listed by title in that place's `namedBy`: when
 * one changes (its title, its place) or goes, the places it named and names are read again. Which
 * place it named is known only if the cache held it; if not, every place of the plan is read again.
 */
function forgetNamedBy(cache: ApolloCache, event: PlanEventFieldsFragment, spec: EntitySpec | undefined, node: LiveEntity | null, previous: LiveEntity | null): void {
  if (!spec?.namesPlace) return;
  const placeOf = (entity: LiveEntity | null) => (entity && 'place' in entity ? (entity.place as { id?: string } | null)?.id : undefined);
  const placeIds = new Set<string>();
  for (const id of [placeOf(node), placeOf(previous)]) if (id) placeIds.add(id);
  if (!previous && !event.type.endsWith('_ADDED')) for (const id of planPlaceIds(cache, event.planId)) placeIds.add(id);
  for (const id of placeIds) cache.evict({ id: cache.identify({ __typename: 'Place', id }), fieldName: 'namedBy' });
}

/** The ids of the plan's places the cache holds (`Plan.places`). */
function planPlaceIds(cache: ApolloCache, planId: string): string[] {
  const ids: string[] = [];
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      places: (existing: readonly Reference[] = [], { readField }: { readField: ReadField }) => {
        for (const ref of existing) {
          const id = readField('id', ref);
          if (typeof id === 'string') ids.push(id);
        }
        return existing;
      },
    } as never,
  });
  return ids;
}

/** The plan's revision and log position move with every event (never backwards). */
function advancePlan(cache: ApolloCache, event: PlanEventFieldsFragment): void {
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: event.planId }),
    fields: {
      revision: (value: number) => Math.max(value, event.revision),
      lastSeq: (value: number) => Math.max(value, event.seq),
    } as never,
  });
}

/**
 * Applies one plan event to the normalized cache: writes its node, adds it to or removes it from
 * the plan's list (keeping the order the section shows), and moves the plan's revision and lastSeq.
 * A withheld node (another member's draft debrief) changes no list: it only moves the plan's log on.
 * Returns null for an event at or below `lastApplied` (a duplicate), which changes nothing.
 */
export function applyPlanEvent(cache: ApolloCache, event: PlanEventFieldsFragment, lastApplied: number): AppliedEvent | null {
  if (event.seq <= lastApplied) return null;
  const node = liveNodeOf(event);
  const spec = ENTITY_SPECS[event.entityType];
  const previous = spec ? readEntity(cache, spec, event.entityId) : null;
  let removed = false;
  cache.batch({
    update: (c) => {
      if (spec && node) {
        c.writeFragment({ id: c.identify(node), fragment: spec.fragment, fragmentName: spec.fragmentName, data: node });
        upsertIntoPlanList(c, event.planId, spec, node.id);
        attachAfterAction(c, event.planId, spec, node.id);
      } else if (spec && !spec.withheldWhenNull && event.type.endsWith('_REMOVED')) {
        removeFromPlanList(c, event.planId, spec, event.entityId);
        removed = true;
      }
      if (event.entityType === 'DEBRIEF') forgetDebriefsOutstanding(c, event.planId);
      forgetNamedBy(c, event, spec, node, previous);
      advancePlan(c, event);
    },
  });
  if (removed) cache.gc();
  return { event, node, previous };
}
