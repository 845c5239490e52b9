import { useApolloClient } from '@apollo/client/react';
import { PAGE_SIZES } from '@jointops/domain';
import { PlanEventLogDocument, PlanEventLogLiveDocument, useConnectionStore, type PlanEventLogQuery } from '@jointops/web-data';
import { useCallback, useEffect, useRef, useState } from 'react';
import { followPlanEvents } from '../live/follow-plan-events';
import type { LogEvent } from './event-log';

type LogPlan = NonNullable<PlanEventLogQuery['plan']>;

export interface EventLogState {
  plan: Omit<LogPlan, 'events'> | null;
  events: LogEvent[];
  /** Pages are still being read. */
  loading: boolean;
  error: unknown;
  /** The plan was not found (or may not be seen). */
  missing: boolean;
  /** After a failed page: read on from the last event read. */
  retry: () => void;
}

/**
 * A plan's whole event log, oldest first, read a page at a time (filters, search and the export
 * need every event), then kept growing from the plan's live events while the page is open. Fetched
 * with no-cache: old snapshots stay out of the cache.
 */
export function useEventLog(planId: string): EventLogState {
  const client = useApolloClient();
  const [plan, setPlan] = useState<EventLogState['plan']>(null);
  const [events, setEvents] = useState<LogEvent[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const run = useRef(0);

  const readFrom = useCallback(
    async (afterSeq: number) => {
      const mine = ++run.current;
      setLoading(true);
      setError(null);
      try {
        for (let after = afterSeq; ; ) {
          const { data } = await client.query({ query: PlanEventLogDocument, variables: { id: planId, afterSeq: after, limit: PAGE_SIZES.eventLog }, fetchPolicy: 'no-cache' });
          if (mine !== run.current) return;
          const found = data?.plan ?? null;
          if (!found) return void setMissing(true);
          const { events: page, ...rest } = found;
          setPlan(rest);
          setEvents((current) => [...current, ...page.filter((event) => event.seq > (current[current.length - 1]?.seq ?? 0))]);
          const last = page[page.length - 1]?.seq ?? after;
          if (page.length < PAGE_SIZES.eventLog || last >= found.lastSeq) break;
          after = last;
        }
      } catch (failure) {
        if (mine === run.current) setError(failure);
      } finally {
        if (mine === run.current) setLoading(false);
      }
    },
    [client, planId],
  );

  /** Answers to an earlier read (another plan, an unmounted page) are dropped. */
  const cancel = useCallback(() => void run.current++, []);
  useEffect(() => {
    setEvents([]);
    setPlan(null);
    setMissing(false);
    void readFrom(0);
    return cancel;
  }, [readFrom, cancel]);

  const lastRead = events[events.length - 1]?.seq ?? 0;
  const retry = useCallback(() => void readFrom(lastRead), [readFrom, lastRead]);
  useFollowLog(planId, plan !== null && !loading && !error && !missing, lastRead, { setPlan, setEvents, setMissing });
  return { plan, events, loading, error, missing, retry };
}

interface LogSetters {
  setPlan: (update: (plan: EventLogState['plan']) => EventLogState['plan']) => void;
  setEvents: (update: (events: LogEvent[]) => LogEvent[]) => void;
  setMissing: (missing: boolean) => void;
}

/**
 * Once the log is read to its end: the plan's new events as they happen, from the last one read,
 * appended in seq order (a replay after a reconnect repeats none). A change of the plan itself (its
 * title, its status) shows in the page's header too.
 */
function useFollowLog(planId: string, readToEnd: boolean, lastRead: number, { setPlan, setEvents, setMissing }: LogSetters): void {
  const client = useApolloClient();
  const connection = useConnectionStore();
  const last = useRef(lastRead);
  last.current = lastRead;
  useEffect(() => {
    if (!readToEnd) return;
    return followPlanEvents({
      client,
      connection,
      planId,
      query: PlanEventLogLiveDocument,
      afterSeq: () => last.current,
      onEvent: (event) => {
        if (event.seq <= last.current) return;
        last.current = event.seq;
        setEvents((current) => [...current, event]);
        const changed = event.planNode?.__typename === 'Plan' ? event.planNode : null;
        setPlan((plan) => plan && { ...plan, lastSeq: Math.max(plan.lastSeq, event.seq), ...(changed ? { title: changed.title, status: changed.status, timeZone: changed.timeZone } : {}) });
      },
      onNoAccess: () => setMissing(true),
    });
  }, [client, connection, planId, readToEnd, setPlan, setEvents, setMissing]);
}
