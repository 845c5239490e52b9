import { useQuery } from '@apollo/client/react';
import { PlanActivityDocument } from '@jointops/web-data';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { appliedEntries, subscribeApplied } from '../live/live-memory';
import { mergeFeed, type FeedEntry } from './activity-feed';

/** How many past events the section loads (the API pages forward only). */
export const HISTORY_SIZE = 100;

/**
 * The plan's latest events, newest first: the last 100 from `plan.events`, then whatever the
 * workspace's live subscription applies (no second subscription). History is fetched with
 * `no-cache`: its nodes are old snapshots and must not overwrite current entities.
 */
export function useActivityFeed(planId: string, lastSeq: number): { entries: FeedEntry[]; loading: boolean; error: unknown } {
  const [afterSeq] = useState(() => Math.max(0, lastSeq - HISTORY_SIZE));
  const { data, loading, error } = useQuery(PlanActivityDocument, { variables: { id: planId, afterSeq }, fetchPolicy: 'no-cache' });
  const subscribe = useCallback((listener: () => void) => subscribeApplied(planId, listener), [planId]);
  const getLive = useCallback(() => appliedEntries(planId), [planId]);
  const live = useSyncExternalStore(subscribe, getLive, getLive);
  const history = data?.plan?.events;
  const entries = useMemo(() => mergeFeed(history ?? [], live.filter((entry) => entry.event.seq > afterSeq)), [history, live, afterSeq]);
  return { entries, loading: loading && !data, error };
}
