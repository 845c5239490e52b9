import type { OrderDirection, PlanOrderField } from '@jointops/domain';

/** The plan list's sort choices, as the URL names them (`?sort=title`). The first is the default. */
export const PLAN_SORTS = [
  { key: 'newest', label: 'Newest first', field: 'CREATED_AT', direction: 'DESC' },
  { key: 'changed', label: 'Last changed', field: 'UPDATED_AT', direction: 'DESC' },
  { key: 'title', label: 'Title, A to Z', field: 'TITLE', direction: 'ASC' },
  { key: 'title-desc', label: 'Title, Z to A', field: 'TITLE', direction: 'DESC' },
  { key: 'status', label: 'Status, draft first', field: 'STATUS', direction: 'ASC' },
  { key: 'status-desc', label: 'Status, closed first', field: 'STATUS', direction: 'DESC' },
  { key: 'start', label: 'Window start, soonest first', field: 'STARTS_AT', direction: 'ASC' },
  { key: 'start-desc', label: 'Window start, latest first', field: 'STARTS_AT', direction: 'DESC' },
] as const satisfies ReadonlyArray<{ key: string; label: string; field: PlanOrderField; direction: OrderDirection }>;

export type PlanSort = (typeof PLAN_SORTS)[number];
export const DEFAULT_PLAN_SORT: PlanSort = PLAN_SORTS[0];

export function planSortOf(key: string | null): PlanSort {
  return PLAN_SORTS.find((sort) => sort.key === key) ?? DEFAULT_PLAN_SORT;
}

/** `?page=` as a page number from 1; anything else is page 1. */
export function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
