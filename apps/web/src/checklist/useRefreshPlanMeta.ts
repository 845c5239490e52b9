import { useApolloClient } from '@apollo/client/react';
import { SectionPlanAfterEditDocument } from '@jointops/web-data';
import { useCallback } from 'react';

/**
 * Revision, content hash, status and readiness change on the server with every edit of a plan's
 * parts: fetch them again after each successful mutation. Failures are left to the next refresh.
 */
export function useRefreshPlanMeta(planId: string): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    client.query({ query: SectionPlanAfterEditDocument, variables: { id: planId }, fetchPolicy: 'network-only' }).catch(() => undefined);
  }, [client, planId]);
}
