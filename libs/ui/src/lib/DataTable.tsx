import { Table, type TableProps } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { TableHead } from './TableHead';

export interface DataTableProps extends Omit<TableProps, 'caption' | 'children'> {
  /** What the table lists: every data table names itself for screen readers. */
  caption: ReactNode;
  captionClassName?: string;
  /** The column headers, in order; each is a `th scope="col"`. */
  columns: readonly string[];
  /** Adds a last column for row buttons whose header is read only by screen readers. */
  actionsColumn?: boolean;
  /** The body rows (`tr` elements). */
  children: ReactNode;
}

/** A USWDS table with a caption, column headers scoped to their columns and the given rows. */
export function DataTable({ caption, captionClassName, columns, actionsColumn = false, children, ...table }: DataTableProps) {
  return (
    <Table {...table}>
      <caption className={captionClassName}>{caption}</caption>
      <TableHead columns={columns} actionsColumn={actionsColumn} />
      <tbody>{children}</tbody>
    </Table>
  );
}
