import { useApolloClient } from '@apollo/client/react';
import { PlanLiveMetaDocument } from '@jointops/web-data';
import { useEffect, useMemo } from 'react';

export interface LiveMetaRefresh {
  /** Refetch readiness, contentHash, status and lastSeq at most every `delayMs`, after a burst of events. */
  schedule(): void;
  /** Fetch them now; resolves with the server's lastSeq, or null when the request failed. */
  fetchNow(): Promise<number | null>;
}

/** What the server derives from a plan's content, refreshed after live events (debounced). */
export function useLiveMetaRefresh(planId: string, delayMs = 300): LiveMetaRefresh {
  const client = useApolloClient();
  const refresh = useMemo(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fetchNow = async () => {
      try {
        const { data } = await client.query({ query: PlanLiveMetaDocument, variables: { id: planId }, fetchPolicy: 'network-only' });
        return data?.plan?.lastSeq ?? null;
      } catch {
        return null;
      }
    };
    return {
      schedule() {
        if (timer !== undefined) return;
        timer = setTimeout(() => {
          timer = undefined;
          void fetchNow();
        }, delayMs);
      },
      fetchNow,
      cancel: () => clearTimeout(timer),
    };
  }, [client, planId, delayMs]);
  useEffect(() => refresh.cancel, [refresh]);
  return refresh;
}
