import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { PAGE_SIZES } from '@jointops/domain';
import { PlanAccessLogPageDocument, type PlanAccessLogPageQuery } from '@jointops/web-data';
import { useCallback } from 'react';
import { useCursorPages, type CursorPagesState } from './useCursorPages';
import type { AccessAction } from './access-log';

export type AccessRecordRow = PlanAccessLogPageQuery['accessLogPage']['nodes'][number];

export interface AccessLogFilters {
  userId: string | null;
  action: AccessAction | null;
}

export type AccessLogState = CursorPagesState<AccessRecordRow>;

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
 * A plan's access log, newest first, a page at a time, filtered by user and action (a change of
 * filter starts again from the newest). Fetched with no-cache: the log only grows, and each view
 * wants it as it is now.
 */
export function useAccessLog(planId: string, filters: AccessLogFilters): AccessLogState {
  const client = useApolloClient();
  const load = useCallback(
    async (before: string | null) => {
      const { data } = await client.query({
        query: PlanAccessLogPageDocument,
        variables: { planId, userId: filters.userId, action: filters.action, before, first: ACCESS_PAGE_SIZE },
        fetchPolicy: 'no-cache',
      });
      return data?.accessLogPage;
    },
    [client, planId, filters.userId, filters.action],
  );
  return useCursorPages(load);
}
