import { useEffect, useRef } from 'react';
import { appliedEntries, subscribeApplied } from '../live/live-memory';

/**
 * Refetches the debriefs when the workspace's live subscription applies a DEBRIEF event of
 * someone else's debrief (several in a burst: one refetch). Another member's draft arrives with a
 * null node (DESIGN §8): the cache keeps the list as it is (a withheld node is not a removal), and
 * the refetch brings whatever the caller may now read, such as that debrief once submitted.
 */
export function useDebriefLiveRefresh(planId: string, ownDebriefId: string | null, refetch: () => unknown, delayMs = 250): void {
  const own = useRef(ownDebriefId);
  own.current = ownDebriefId;
  const latest = useRef(refetch);
  latest.current = refetch;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seen = appliedEntries(planId)[0]?.event.seq ?? -1;
    const unsubscribe = subscribeApplied(planId, () => {
      const fresh = appliedEntries(planId).filter((entry) => entry.event.seq > seen);
      seen = Math.max(seen, ...fresh.map((entry) => entry.event.seq));
      if (!fresh.some((entry) => entry.event.entityType === 'DEBRIEF' && entry.event.entityId !== own.current)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void latest.current(), delayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [planId, delayMs]);
}
