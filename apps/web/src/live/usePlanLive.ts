import { useApolloClient } from '@apollo/client/react';
import { hasErrorCode, isUnauthenticatedError, PlanEventsDocument, useConnectionStore, type PlanEventFieldsFragment } from '@jointops/web-data';
import { useEffect, useRef, useState } from 'react';
import { applyPlanEvent } from './apply-plan-event';
import { lastAppliedSeq, recordApplied, startingSeq } from './live-memory';
import { useLiveMetaRefresh } from './useLiveMetaRefresh';

export interface PlanLiveState {
  /** The server ended the stream with NOT_FOUND: the user's agency no longer takes part. */
  noAccess: boolean;
  /** After a reconnect, until every event the server had at that moment is applied. */
  catchingUp: boolean;
}

const RESTART_AFTER_ERROR_MS = 5_000;

/**
 * Keeps the cached plan current: one `planEvents` subscription per mounted workspace, from the
 * lastSeq the plan was loaded at, then from the last seq applied. graphql-ws reconnects by itself
 * and would replay from the first afterSeq; on every reconnect we restart with the latest one.
 * `loadedLastSeq` is null until the plan is loaded.
 */
export function usePlanLive(planId: string, loadedLastSeq: number | null): PlanLiveState {
  const client = useApolloClient();
  const connection = useConnectionStore();
  const meta = useLiveMetaRefresh(planId);
  const [noAccess, setNoAccess] = useState(false);
  const [catchingUp, setCatchingUp] = useState(false);
  const loadedSeq = useRef(loadedLastSeq);
  loadedSeq.current = loadedLastSeq;
  const loaded = loadedLastSeq !== null;

  useEffect(() => {
    if (!loaded) return;
    startingSeq(planId, loadedSeq.current ?? 0);
    setNoAccess(false);
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    let restartTimer: ReturnType<typeof setTimeout> | undefined;
    let catchUpTarget = 0;

    const checkCaughtUp = () => {
      if (catchUpTarget > 0 && lastAppliedSeq(planId) >= catchUpTarget) {
        catchUpTarget = 0;
        setCatchingUp(false);
      }
    };
    const onEvent = (event: PlanEventFieldsFragment) => {
      const applied = applyPlanEvent(client.cache, event, lastAppliedSeq(planId));
      if (!applied) return;
      recordApplied(planId, applied);
      meta.schedule();
      checkCaughtUp();
    };
    const onError = (error: unknown) => {
      if (stopped) return;
      if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'FORBIDDEN')) {
        stopped = true;
        subscription?.unsubscribe();
        setNoAccess(true);
        return;
      }
      // A lost session is handled by the client's session link (sign in again).
      if (isUnauthenticatedError(error)) return;
      clearTimeout(restartTimer);
      restartTimer = setTimeout(start, RESTART_AFTER_ERROR_MS);
    };
    function start() {
      if (stopped) return;
      subscription?.unsubscribe();
      subscription = client
        .subscribe({ query: PlanEventsDocument, variables: { planId, afterSeq: lastAppliedSeq(planId) }, fetchPolicy: 'no-cache' })
        .subscribe({
          next: ({ data, error }) => (error ? onError(error) : data ? onEvent(data.planEvents) : undefined),
          error: onError,
        });
    }
    start();

    const stopWatching = connection.onReconnect(() => {
      if (stopped) return;
      setCatchingUp(true);
      start();
      void meta.fetchNow().then((serverSeq) => {
        catchUpTarget = serverSeq ?? 0;
        if (catchUpTarget === 0) setCatchingUp(false);
        else checkCaughtUp();
      });
    });

    return () => {
      stopped = true;
      clearTimeout(restartTimer);
      subscription?.unsubscribe();
      stopWatching();
    };
  }, [client, connection, meta, planId, loaded]);

  return { noAccess, catchingUp };
}
