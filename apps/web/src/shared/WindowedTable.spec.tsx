import { render, screen, within } from '@testing-library/react';
import { WindowedTable } from './WindowedTable';
import { WINDOWING_THRESHOLD } from './useWindowedRows';

const ROW_HEIGHT = 40;
const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `e${index + 1}`, title: `Event ${index + 1}` }));

function Table({ count, reveal = null }: { count: number; reveal?: { index: number } | null }) {
  return (
    <WindowedTable
      caption="Timeline events"
      columns={['Event', 'Phase']}
      actionsColumn
      rows={rows(count)}
      estimatedRowHeight={ROW_HEIGHT}
      reveal={reveal}
      renderRow={(row, _index, rowProps) => (
        <tr key={row.id} id={`row-${row.id}`} {...rowProps}>
          <th scope="row">{row.title}</th>
          <td>Briefing</td>
          <td>
            <button type="button">Edit {row.title}</button>
          </td>
        </tr>
      )}
    />
  );
}

// jsdom lays nothing out: the table sits at the top of a 768 px viewport and rows keep their estimated height.
const viewportRows = Math.ceil(window.innerHeight / ROW_HEIGHT);

describe('WindowedTable', () => {
  it('renders every row of a short table, with the table semantics and no spacer', () => {
    render(<Table count={10} />);
    const table = screen.getByRole('table', { name: 'Timeline events' });
    expect(table.getAttribute('aria-rowcount')).toBe('11');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(10);
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Event', 'Phase', 'Actions']);
    expect(table.querySelector('.jo-window-spacer')).toBeNull();
  });

  it('renders only the rows near the viewport of a long table, while screen readers still count every row', () => {
    render(<Table count={500} />);
    const table = screen.getByRole('table', { name: 'Timeline events' });
    // The header row and 500 body rows.
    expect(table.getAttribute('aria-rowcount')).toBe('501');
    const rendered = within(table).getAllByRole('rowheader');
    expect(rendered.length).toBeGreaterThanOrEqual(viewportRows);
    expect(rendered.length).toBeLessThan(WINDOWING_THRESHOLD);
    // Each rendered row says where it stands among all rows (the header row is 1).
    const indexes = rendered.map((th) => Number(th.closest('tr')!.getAttribute('aria-rowindex')));
    expect(indexes[0]).toBe(2);
    expect(indexes).toEqual(indexes.map((_, i) => i + 2));
    expect(within(table).getAllByRole('row')[0]!.getAttribute('aria-rowindex')).toBe('1');
    // The rows left out are stood for by a spacer, hidden from screen readers, as tall as they would be.
    const spacer = table.querySelector<HTMLTableRowElement>('tbody tr.jo-window-spacer')!;
    expect(spacer.getAttribute('aria-hidden')).toBe('true');
    expect(spacer.querySelector('td')!.style.height).toBe(`${(500 - rendered.length) * ROW_HEIGHT}px`);
    expect(screen.queryByRole('rowheader', { name: 'Event 400' })).toBeNull();
  });

  it('renders a row it is asked to reveal (a link to it, focus after an edit), with its place in the table', () => {
    window.scrollTo = jest.fn();
    render(<Table count={500} reveal={{ index: 399 }} />);
    const row = document.getElementById('row-e400')!;
    expect(row).not.toBeNull();
    expect(row.getAttribute('aria-rowindex')).toBe('401');
    expect(within(row).getByRole('button', { name: 'Edit Event 400' })).toBeTruthy();
    expect(window.scrollTo).toHaveBeenCalled();
  });
});
