import { useApolloClient } from '@apollo/client/react';
import { PlanEventLogDocument, type PlanEventLogQuery } from '@jointops/web-data';
import { useCallback, useEffect, useState } from 'react';

type LogPlan = NonNullable<PlanEventLogQuery['plan']>;
export type LogEvent = LogPlan['events'][number];

export interface EventLogState {
  plan: Omit<LogPlan, 'events'> | null;
  events: LogEvent[];
  loading: boolean;
  error: unknown;
  /** The plan was not found (or may not be seen). */
  missing: boolean;
  hasMore: boolean;
  loadMore: () => void;
}

/** A plan's event log, 100 events a page, oldest first. Fetched with no-cache: old snapshots stay out of the cache. */
export function useEventLog(planId: string): EventLogState {
  const client = useApolloClient();
  const [plan, setPlan] = useState<EventLogState['plan']>(null);
  const [events, setEvents] = useState<LogEvent[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);

  const fetchPage = useCallback(
    async (afterSeq: number, replace: boolean) => {
      setLoading(true);
      setError(null);
      try {
        const { data } = await client.query({ query: PlanEventLogDocument, variables: { id: planId, afterSeq }, fetchPolicy: 'no-cache' });
        const found = data?.plan ?? null;
        if (!found) {
          setMissing(true);
          return;
        }
        const { events: page, ...rest } = found;
        setPlan(rest);
        setEvents((current) => (replace ? [...page] : [...current, ...page.filter((e) => e.seq > (current[current.length - 1]?.seq ?? 0))]));
      } catch (failure) {
        setError(failure);
      } finally {
        setLoading(false);
      }
    },
    [client, planId],
  );

  useEffect(() => {
    setEvents([]);
    setMissing(false);
    void fetchPage(0, true);
  }, [fetchPage]);

  const lastSeq = events[events.length - 1]?.seq ?? 0;
  const hasMore = plan !== null && lastSeq < plan.lastSeq;
  const loadMore = useCallback(() => void fetchPage(lastSeq, false), [fetchPage, lastSeq]);
  return { plan, events, loading, error, missing, hasMore, loadMore };
}
