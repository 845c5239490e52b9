import { useApolloClient } from '@apollo/client/react';
import { PlanMetaRefreshDocument } from '@jointops/web-data';
import { useCallback } from 'react';

/**
 * After a content mutation the server bumps the plan's revision, contentHash and readiness (and
 * may move it back to IN_REVIEW). Fetch just those. A later issue drives this from live events.
 */
export function usePlanMetaRefresh(planId: string): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    client.query({ query: PlanMetaRefreshDocument, variables: { id: planId }, fetchPolicy: 'network-only' }).catch(() => {
      /* the next full load brings them; nothing the user must act on */
    });
  }, [client, planId]);
}
