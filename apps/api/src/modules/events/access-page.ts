import type { FieldViolation } from '@jointops/domain';

/** The largest page of an access log the API serves (a plan's, an agreement's). */
export const ACCESS_PAGE_MAX = 500;

/** What is wrong with an access log page's `first` and `before` (a record's id, as text), naming each. */
export function accessPageViolations(args: { first: number; before?: string | null }): Array<FieldViolation | null> {
  return [
    args.first < 1 || args.first > ACCESS_PAGE_MAX ? { field: 'first', message: `first must be between 1 and ${ACCESS_PAGE_MAX}.` } : null,
    args.before != null && !/^[1-9][0-9]{0,17}$/.test(args.before) ? { field: 'before', message: 'This cursor is not valid.' } : null,
  ];
}

/** A page from the `first + 1` newest rows read: the extra one only says that older ones exist, and the last shown is the cursor. */
export function accessPageOf<T extends { id: string }>(rows: readonly T[], first: number): { nodes: T[]; nextCursor: string | null } {
  const nodes = rows.slice(0, first);
  return { nodes, nextCursor: rows.length > first ? (nodes.at(-1)?.id ?? null) : null };
}
