import { useApolloClient } from '@apollo/client/react';
import { PlanEventsDocument, useConnectionStore } from '@jointops/web-data';
import { useEffect, useRef, useState } from 'react';
import { applyPlanEvent } from './apply-plan-event';
import { followPlanEvents } from './follow-plan-events';
import { lastAppliedSeq, recordApplied, startingSeq } from './live-memory';
import { useLiveMetaRefresh } from './useLiveMetaRefresh';

export interface PlanLiveState {
  /** The server ended the stream with NOT_FOUND: the user's agency no longer takes part. */
  noAccess: boolean;
  /** After a reconnect, until every event the server had at that moment is applied. */
  catchingUp: boolean;
}

/**
 * Keeps the cached plan current: one `planEvents` subscription per mounted workspace, from the
 * lastSeq the plan was loaded at, then from the last seq applied (followPlanEvents restarts it on
 * every reconnect). After a reconnect it reports catching up until the server's lastSeq is applied.
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
    let catchUpTarget = 0;
    const checkCaughtUp = () => {
      if (catchUpTarget > 0 && lastAppliedSeq(planId) >= catchUpTarget) {
        catchUpTarget = 0;
        setCatchingUp(false);
      }
    };
    return followPlanEvents({
      client,
      connection,
      planId,
      query: PlanEventsDocument,
      afterSeq: () => lastAppliedSeq(planId),
      onEvent: (event) => {
        const applied = applyPlanEvent(client.cache, event, lastAppliedSeq(planId));
        if (!applied) return;
        recordApplied(planId, applied);
        meta.schedule();
        checkCaughtUp();
      },
      onNoAccess: () => setNoAccess(true),
      onReconnect: () => {
        setCatchingUp(true);
        void meta.fetchNow().then((serverSeq) => {
          catchUpTarget = serverSeq ?? 0;
          if (catchUpTarget === 0) setCatchingUp(false);
          else checkCaughtUp();
        });
      },
    });
  }, [client, connection, meta, planId, loaded]);

  return { noAccess, catchingUp };
}
