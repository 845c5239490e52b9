import { useApolloClient, useQuery } from '@apollo/client/react';
import { PAGE_SIZES } from '@jointops/domain';
import { PlanActivityDocument, type PlanEventFieldsFragment } from '@jointops/web-data';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { appliedEntries, subscribeApplied } from '../live/live-memory';
import { mergeFeed, type FeedEntry } from './activity-feed';

export interface ActivityFeed {
  entries: FeedEntry[];
  loading: boolean;
  /** The first page failed. */
  error: unknown;
  /** Older events exist before the oldest one shown. */
  hasOlder: boolean;
  loadingOlder: boolean;
  /** The last "Show older activity" failed. */
  olderError: unknown;
  loadOlder: () => void;
}

/**
 * The plan's latest events, newest first: the newest page from `plan.events`, older pages on
 * request, then whatever the workspace's live subscription applies (no second subscription).
 * History is fetched with `no-cache`: its nodes are old snapshots and must not overwrite current
 * entities.
 */
export function useActivityFeed(planId: string, lastSeq: number): ActivityFeed {
  const client = useApolloClient();
  const [head] = useState(() => lastSeq + 1);
  const { data, loading, error } = useQuery(PlanActivityDocument, {
    variables: { id: planId, beforeSeq: head, limit: PAGE_SIZES.activity },
    fetchPolicy: 'no-cache',
  });
  const [older, setOlder] = useState<PlanEventFieldsFragment[]>([]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);

  const firstPage = data?.plan?.events;
  const history = useMemo(() => [...older, ...(firstPage ?? [])], [older, firstPage]);
  const oldestSeq = history[0]?.seq ?? head;
  const subscribe = useCallback((listener: () => void) => subscribeApplied(planId, listener), [planId]);
  const getLive = useCallback(() => appliedEntries(planId), [planId]);
  const live = useSyncExternalStore(subscribe, getLive, getLive);
  const entries = useMemo(() => mergeFeed(history, firstPage ? live.filter((entry) => entry.event.seq >= oldestSeq) : []), [history, firstPage, live, oldestSeq]);

  const loadOlder = useCallback(() => {
    setLoadingOlder(true);
    setOlderError(null);
    client
      .query({ query: PlanActivityDocument, variables: { id: planId, beforeSeq: oldestSeq, limit: PAGE_SIZES.activity }, fetchPolicy: 'no-cache' })
      .then(({ data: page }) => setOlder((current) => [...(page?.plan?.events ?? []).filter((event) => event.seq < (current[0]?.seq ?? oldestSeq)), ...current]))
      .catch((failure: unknown) => setOlderError(failure))
      .finally(() => setLoadingOlder(false));
  }, [client, planId, oldestSeq]);

  return { entries, loading: loading && !data, error, hasOlder: Boolean(firstPage) && oldestSeq > 1, loadingOlder, olderError, loadOlder };
}
