/**
 * The header row of a data table: a `th scope="col"` per column and, with `actionsColumn`, a last
 * column for row buttons whose header only screen readers read. No UI-kit import, so a lazily
 * loaded table can draw it without pulling the kit into its chunk.
 */
export function TableHead({ columns, actionsColumn = false, rowIndex }: { columns: readonly string[]; actionsColumn?: boolean; rowIndex?: number }) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        {actionsColumn ? (
          <th scope="col">
            <span className="usa-sr-only">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}
