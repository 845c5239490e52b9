import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { TableHead } from '@jointops/ui';
import { useWindowedRows } from './useWindowedRows';

export interface WindowedTableProps<T> {
  /** What the table lists (its accessible name). */
  caption: ReactNode;
  /** The column headers, in order; each is a `th scope="col"`. */
  columns: readonly string[];
  /** Adds a last column for row buttons whose header is read only by screen readers. */
  actionsColumn?: boolean;
  className?: string;
  rows: readonly T[];
  /**
   * One body row (`tr`) per item; spread `rowProps` on it: `aria-rowindex` (its place among all the
   * table's rows, the header row being 1) and the marker windowing measures rows by.
   */
  renderRow: (item: T, index: number, rowProps: { 'aria-rowindex': number; 'data-window-row': true }) => ReactElement;
  /** A row's height before any is measured (px). */
  estimatedRowHeight: number;
  /** A row to scroll into view and render (each new object asks again), e.g. a link's target. */
  reveal?: { index: number } | null;
  /** Names the scrollable box as a region (e.g. "Event log table"), for a table read on its own. */
  regionLabel?: string;
}

/**
 * `DataTable`'s markup (a USWDS compact, full-width, sideways-scrollable table), rendering only the
 * rows near the viewport once the table is long (useWindowedRows). Screen readers still hear the
 * whole table: `aria-rowcount` counts every row and each rendered row says where it stands with
 * `aria-rowindex`; the spacer rows are hidden from them.
 */
export function WindowedTable<T>({ caption, columns, actionsColumn = false, className, rows, renderRow, estimatedRowHeight, reveal, regionLabel }: WindowedTableProps<T>) {
  const body = useRef<HTMLTableSectionElement>(null);
  const view = useWindowedRows(body, { count: rows.length, estimatedRowHeight });
  const revealRow = view.reveal;
  useEffect(() => {
    if (reveal) revealRow(reveal.index);
  }, [reveal, revealRow]);
  const span = columns.length + (actionsColumn ? 1 : 0);
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className="jo-window-spacer">
        <td colSpan={span} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null;
  return (
    <div data-testid="scrollable-table-container" className="usa-table-container--scrollable" tabIndex={0} {...(regionLabel ? { role: 'region', 'aria-label': regionLabel } : {})}>
      <table className={['usa-table usa-table--borderless width-full usa-table--compact', className].filter(Boolean).join(' ')} data-testid="table" aria-rowcount={rows.length + 1}>
        <caption>{caption}</caption>
        <TableHead columns={columns} actionsColumn={actionsColumn} rowIndex={1} />
        <tbody ref={body}>
          {spacer(view.before, 'before')}
          {rows.slice(view.start, view.end).map((item, offset) => renderRow(item, view.start + offset, { 'aria-rowindex': view.start + offset + 2, 'data-window-row': true }))}
          {spacer(view.after, 'after')}
        </tbody>
      </table>
    </div>
  );
}
