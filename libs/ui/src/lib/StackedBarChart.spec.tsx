import { render, screen, within } from '@testing-library/react';
import { StackedBarChart, stackedBarSummary, wrapLabel } from './StackedBarChart';

const series = [
  { key: 'met', label: 'Met', color: '#00a91c' },
  { key: 'notMet', label: 'Not met', color: '#b50909' },
];
const rows = [
  { label: 'Secure the port', values: { met: 2, notMet: 1 } },
  { label: 'Stage interpreters', values: { met: 0, notMet: 3 } },
];

describe('StackedBarChart', () => {
  it('draws one segment per non-zero value with its figure, and names every figure in words', () => {
    render(<StackedBarChart title="Objective outcomes" series={series} rows={rows} rowHeader="Objective" />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe('Objective outcomes. Secure the port: Met 2, Not met 1; Stage interpreters: Met 0, Not met 3.');
    expect(screen.getAllByTestId('stacked-segment')).toHaveLength(3);
    expect(screen.getAllByTestId('segment-value').map((t) => t.textContent)).toEqual(['2', '1', '3']);
  });

  it('repeats the figures in a table with totals', () => {
    render(<StackedBarChart title="Objective outcomes" series={series} rows={rows} rowHeader="Objective" />);
    const table = screen.getByRole('table', { name: 'Objective outcomes' });
    const row = within(table).getByRole('row', { name: /Secure the port/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '3']);
  });

  it('stacks each row under its label on a phone: every figure carries its column name', () => {
    render(<StackedBarChart title="Objective outcomes" series={series} rows={rows} rowHeader="Objective" />);
    const table = screen.getByRole('table', { name: 'Objective outcomes' });
    expect(table.className).toContain('usa-table--stacked-header');
    const row = within(table).getByRole('row', { name: /Stage interpreters/ });
    expect(within(row).getAllByRole('cell').map((c) => c.getAttribute('data-label'))).toEqual(['Met', 'Not met', 'Total']);
  });

  it('wraps a long row label onto two lines between words, ends what does not fit with "…", and keeps the whole label as its tooltip', () => {
    expect(wrapLabel('Secure the port', 25)).toEqual(['Secure the port']);
    expect(wrapLabel('Keep the inspection lanes open for through traffic', 25)).toEqual(['Keep the inspection lanes', 'open for through traffic']);
    expect(wrapLabel('Keep the inspection lanes open for through traffic at all hours', 25)).toEqual(['Keep the inspection lanes', 'open for through traffic…']);
    expect(wrapLabel('Inspection-lane-throughput-without-delays', 10)).toEqual(['Inspection', '-lane-thr…']);
    const label = 'Keep the inspection lanes open for through traffic at all hours of the operation';
    render(<StackedBarChart title="Outcomes" series={series} rows={[{ label, values: { met: 1, notMet: 0 } }]} />);
    const drawn = screen.getByTestId('row-label');
    expect(drawn.querySelectorAll('tspan')).toHaveLength(2);
    expect(drawn.querySelector('title')?.textContent).toBe(label);
    expect(within(screen.getByRole('table')).getByText(label)).toBeTruthy();
  });

  it('says so when there is nothing to draw', () => {
    render(<StackedBarChart title="Objective outcomes" series={series} rows={[]} />);
    expect(screen.getByText('No data yet.')).toBeTruthy();
    expect(stackedBarSummary('X', series, [])).toBe('X: no data.');
  });
});
