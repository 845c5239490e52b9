import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { PAGE_SIZES } from '@jointops/domain';
import { PlanAccessLogPageDocument, type PlanAccessLogPageQuery } from '@jointops/web-data';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccessAction } from './access-log';

export type AccessRecordRow = PlanAccessLogPageQuery['accessLogPage']['nodes'][number];

export interface AccessLogFilters {
  userId: string | null;
  action: AccessAction | null;
}

export interface AccessLogState {
  records: AccessRecordRow[];
  loading: boolean;
  error: unknown;
  hasOlder: boolean;
  loadOlder: () => void;
}

export const ACCESS_PAGE_SIZE = PAGE_SIZES.accessLog;

/** Pages read for the export before it stops (500 a page: 100,000 records). */
const EXPORT_PAGES_MAX = 200;

/**
 * Every record that matches the filters, newest first, read page by page at the largest page the
 * API serves. Each page is a read of the access log and is recorded in it, like the screen's.
 */
export async function readWholeAccessLog(client: ApolloClient, planId: string, filters: AccessLogFilters): Promise<AccessRecordRow[]> {
  const records: AccessRecordRow[] = [];
  let before: string | null = null;
  for (let page = 0; page < EXPORT_PAGES_MAX; page++) {
    const { data }: { data?: PlanAccessLogPageQuery } = await client.query({
      query: PlanAccessLogPageDocument,
      variables: { planId, userId: filters.userId, action: filters.action, before, first: PAGE_SIZES.accessLogExport },
      fetchPolicy: 'no-cache',
    });
    if (!data) break;
    records.push(...data.accessLogPage.nodes);
    before = data.accessLogPage.nextCursor ?? null;
    if (!before) break;
  }
  return records;
}

/**
 * A plan's access log, newest first, a page at a time ("Load older" asks for the records before
 * the last one shown), filtered by user and action. A change of filter starts again from the
 * newest. Fetched with no-cache: the log only grows, and each view wants it as it is now.
 */
export function useAccessLog(planId: string, filters: AccessLogFilters): AccessLogState {
  const client = useApolloClient();
  const [records, setRecords] = useState<AccessRecordRow[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  /** Answers to an earlier filter that arrive late are dropped. */
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (before: string | null) => {
      const mine = before === null ? ++generation.current : generation.current;
      setLoading(true);
      setError(null);
      try {
        const { data } = await client.query({
          query: PlanAccessLogPageDocument,
          variables: { planId, userId: filters.userId, action: filters.action, before, first: ACCESS_PAGE_SIZE },
          fetchPolicy: 'no-cache',
        });
        if (mine !== generation.current || !data) return;
        const page = data.accessLogPage;
        setRecords((current) => (before === null ? [...page.nodes] : [...current, ...page.nodes]));
        setNextCursor(page.nextCursor ?? null);
      } catch (failure) {
        if (mine === generation.current) setError(failure);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [client, planId, filters.userId, filters.action],
  );

  useEffect(() => {
    setRecords([]);
    setNextCursor(null);
    void fetchPage(null);
  }, [fetchPage]);

  const loadOlder = useCallback(() => {
    if (nextCursor) void fetchPage(nextCursor);
  }, [fetchPage, nextCursor]);
  return { records, loading, error, hasOlder: nextCursor !== null, loadOlder };
}
