import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  AddTimelineEventDocument,
  RemoveTimelineEventDocument,
  TimelineEventFieldsFragmentDoc,
  TimelineSectionDocument,
  UpdateTimelineEventDocument,
  type TimelineEventFieldsFragment,
  type TimelineEventInput,
  type TimelineEventPatch,
  type TimelineSectionPlanFragment,
} from '@jointops/web-data';
import { useCallback, useMemo } from 'react';
import { useRefreshPlanMeta } from '../checklist/useRefreshPlanMeta';
import { removeFromPlanList } from '../plans/plan-cache';
import { currentRelations } from './conflict-current';

type Event = TimelineEventFieldsFragment;
const eventId = (id: string) => ({ __typename: 'TimelineEvent' as const, id });

/** Rewrite the cached `Plan.timeline` (optionally with one more event) ordered by startsAt, as the server orders it. */
function resortTimeline(cache: ApolloCache, planId: string, added?: Event) {
  const addedRef = added ? cache.writeFragment({ fragment: TimelineEventFieldsFragmentDoc, data: added, id: cache.identify(eventId(added.id)) }) : undefined;
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      timeline(existing: readonly Reference[] = [], { readField }) {
        const list = addedRef && !existing.some((ref) => readField<string>('id', ref) === added?.id) ? [...existing, addedRef] : [...existing];
        const at = (ref: Reference) => Date.parse(readField<string>('startsAt', ref) ?? '');
        return list.sort((a, b) => at(a) - at(b));
      },
    },
  });
}

/** Timeline writes, each keeping the cached `Plan.timeline` sorted and the plan's readiness current. */
export function useTimelineMutations(plan: Pick<TimelineSectionPlanFragment, 'id' | 'agencies'>) {
  const planId = plan.id;
  const client = useApolloClient();
  const refreshMeta = useRefreshPlanMeta(planId);
  const [addMutation] = useMutation(AddTimelineEventDocument);
  const [updateMutation] = useMutation(UpdateTimelineEventDocument);
  const [removeMutation] = useMutation(RemoveTimelineEventDocument);

  const add = useCallback(
    async (input: TimelineEventInput) => {
      const { data } = await addMutation({
        variables: { planId, input },
        update: (cache, { data: result }) => result && resortTimeline(cache, planId, result.addTimelineEvent),
      });
      refreshMeta();
      return data?.addTimelineEvent ?? null;
    },
    [addMutation, planId, refreshMeta],
  );

  const update = useCallback(
    async (id: string, expectedVersion: number, patch: TimelineEventPatch) => {
      const { data } = await updateMutation({
        variables: { id, expectedVersion, patch },
        update: (cache) => resortTimeline(cache, planId),
      });
      refreshMeta();
      return data?.updateTimelineEvent ?? null;
    },
    [updateMutation, planId, refreshMeta],
  );

  const remove = useCallback(
    async (id: string, expectedVersion: number) => {
      await removeMutation({
        variables: { id, expectedVersion },
        update: (cache) => removeFromPlanList(cache, planId, 'timeline', 'TimelineEvent', id),
      });
      refreshMeta();
    },
    [removeMutation, planId, refreshMeta],
  );

  /** "Keep theirs": put the server's current event into the cache, then re-read the section. */
  const keepTheirs = useCallback(
    (id: string, currentVersion: number, current: Record<string, unknown>) => {
      const cache = client.cache;
      const cacheId = cache.identify(eventId(id));
      const cached = cache.readFragment({ fragment: TimelineEventFieldsFragmentDoc, id: cacheId });
      if (cached) {
        const data = mergeCurrentEvent(cached, currentVersion, current, plan.agencies);
        cache.writeFragment({ fragment: TimelineEventFieldsFragmentDoc, id: cacheId, data });
        resortTimeline(cache, planId);
      }
      client.query({ query: TimelineSectionDocument, variables: { id: planId }, fetchPolicy: 'network-only' }).catch(() => undefined);
    },
    [client, planId, plan.agencies],
  );

  /** Undo of a removal: re-adds the event with what it waited on and what waited on it, then re-reads the section once. */
  const restore = useCallback(
    async (input: TimelineEventInput) => {
      const added = await add(input);
      await client.query({ query: TimelineSectionDocument, variables: { id: planId }, fetchPolicy: 'network-only' }).catch(() => undefined);
      return added;
    },
    [add, client, planId],
  );

  return useMemo(() => ({ add, update, remove, keepTheirs, restore }), [add, update, remove, keepTheirs, restore]);
}

/** The fields of `current` (the event as the server holds it) that fit our fragment. */
export function mergeCurrentEvent(
  cached: Event,
  currentVersion: number,
  current: Record<string, unknown>,
  agencies: ReadonlyArray<{ id: string; shortName: string }>,
): Event {
  const next: Event = { ...cached, version: currentVersion };
  for (const key of ['title', 'phase', 'startsAt', 'endsAt', 'notes'] as const) {
    if (typeof current[key] === 'string') (next as Record<string, unknown>)[key] = current[key];
  }
  const { agencyId, placeId, dependsOnIds } = currentRelations(current);
  if (agencyId === null) next.agency = null;
  else if (agencyId !== undefined) {
    const known = agencies.find((a) => a.id === agencyId);
    if (known) next.agency = { __typename: 'Agency', id: known.id, shortName: known.shortName } as Event['agency'];
  }
  if (placeId === null) next.place = null;
  else if (placeId !== undefined) next.place = { __typename: 'Place', id: placeId } as Event['place'];
  if (dependsOnIds) next.dependsOnIds = dependsOnIds;
  return next;
}
