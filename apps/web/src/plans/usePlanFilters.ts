import { PLAN_STATUSES, type PlanStatus } from '@jointops/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_PLAN_SORT, pageOf, planSortOf } from './plan-order';

export const SEARCH_DEBOUNCE_MS = 300;

/** The list filters, sort and page, kept in the URL: `?status=DRAFT&status=ACTIVE&q=harbor&sort=title&page=2`. */
export function usePlanFilters() {
  const [params, setParams] = useSearchParams();
  const sort = planSortOf(params.get('sort'));
  const page = pageOf(params.get('page'));
  const statuses = params.getAll('status').filter((s): s is PlanStatus => (PLAN_STATUSES as readonly string[]).includes(s));
  const search = params.get('q') ?? '';
  const [searchInput, setSearchInput] = useState(search);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Follow the URL when it changes from outside (back button, links).
  useEffect(() => setSearchInput(search), [search]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          // Other filters or another order: back to the first page.
          next.delete('page');
          change(next);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const toggleStatus = useCallback(
    (status: PlanStatus, on: boolean) =>
      update((next) => {
        const chosen = new Set(next.getAll('status'));
        if (on) chosen.add(status);
        else chosen.delete(status);
        next.delete('status');
        PLAN_STATUSES.filter((s) => chosen.has(s)).forEach((s) => next.append('status', s));
      }),
    [update],
  );

  const changeSearch = useCallback(
    (value: string) => {
      setSearchInput(value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(
        () =>
          update((next) => {
            if (value.trim()) next.set('q', value.trim());
            else next.delete('q');
          }),
        SEARCH_DEBOUNCE_MS,
      );
    },
    [update],
  );

  const clear = useCallback(() => {
    setSearchInput('');
    update((next) => {
      next.delete('status');
      next.delete('q');
    });
  }, [update]);

  const changeSort = useCallback(
    (key: string) =>
      update((next) => {
        if (key === DEFAULT_PLAN_SORT.key) next.delete('sort');
        else next.set('sort', key);
      }),
    [update],
  );

  /** The link to another page of the list, keeping filters and sort. */
  const pageHref = useCallback(
    (to: number) => {
      const next = new URLSearchParams(params);
      if (to > 1) next.set('page', String(to));
      else next.delete('page');
      const search = next.toString();
      return { search: search ? `?${search}` : '' };
    },
    [params],
  );

  return { sort, changeSort, page, pageHref, statuses, search, searchInput, toggleStatus, changeSearch, clear, filtered: statuses.length > 0 || search !== '' };
}
