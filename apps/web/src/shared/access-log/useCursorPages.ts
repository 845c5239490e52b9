import { useCallback, useEffect, useRef, useState } from 'react';

/** One page of a log read newest first: `nextCursor` is passed as `before` for the older ones, null at the end. */
export interface CursorPage<T> {
  nodes: readonly T[];
  nextCursor?: string | null;
}

export interface CursorPagesState<T> {
  records: T[];
  loading: boolean;
  error: unknown;
  hasOlder: boolean;
  loadOlder: () => void;
}

/**
 * A log read a page at a time, newest first: `load(null)` for the newest, then "Load older" asks
 * for the records before the last one shown. A new `load` (other filters, another log) starts again
 * from the newest, and answers to an earlier one that arrive late are dropped.
 */
export function useCursorPages<T>(load: (before: string | null) => Promise<CursorPage<T> | null | undefined>): CursorPagesState<T> {
  const [records, setRecords] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (before: string | null) => {
      const mine = before === null ? ++generation.current : generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await load(before);
        if (mine !== generation.current || !page) return;
        setRecords((current) => (before === null ? [...page.nodes] : [...current, ...page.nodes]));
        setNextCursor(page.nextCursor ?? null);
      } catch (failure) {
        if (mine === generation.current) setError(failure);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [load],
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
