import { render, screen, within } from '@testing-library/react';
import { BarChart, barChartSummary } from './BarChart';

const DATA = [
  { label: 'Draft', value: 2 },
  { label: 'Active', value: 5 },
  { label: 'Cancelled', value: 0 },
];

describe('BarChart', () => {
  it('renders every value as text beside its bar', () => {
    render(<BarChart title="Operations by status" data={DATA} />);
    const chart = screen.getByRole('img', { name: 'Operations by status: Draft 2, Active 5, Cancelled 0.' });
    expect(screen.getAllByTestId('bar-value').map((t) => t.textContent)).toEqual(['2', '5', '0']);
    // The largest value fills the room for bars; the others are in proportion; a zero draws no bar.
    expect(within(chart).getAllByTestId('bar').map((bar) => bar.getAttribute('data-share'))).toEqual(['0.400', '1.000']);
    expect(within(chart).getAllByTestId('bar-row')[2]!.querySelector('[data-testid="bar"]')).toBeNull();
  });

  it('writes labels as text that wraps, at the size of the text around it, never cut to fit a fixed width', () => {
    const long = 'Language access (no interpreter or translation)';
    render(<BarChart title="Complaints by category" data={[{ label: long, value: 7 }, ...DATA]} tableBeside />);
    const chart = screen.getByRole('img', { name: /^Complaints by category: Language access/ });
    // SVG text neither wraps nor grows with the page: a long label ran off the chart's left edge.
    expect(chart.querySelector('text')).toBeNull();
    const labels = within(chart).getAllByTestId('bar-label');
    expect(labels[0]!.textContent).toBe(long);
    expect(labels[0]!.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(labels[0]!.getAttribute('style')).toBeNull();
    // On a phone the label has the row to itself, above its bar; beside it from 480 px up.
    expect(labels[0]!.className).toContain('grid-col-12');
    expect(labels[0]!.className).toContain('mobile-lg:grid-col-5');
    // USWDS body size, as the table beside it, not 13 SVG units scaled down with the picture.
    expect(chart.querySelector('[font-size], [fontSize]')).toBeNull();
    expect(chart.className).toContain('font-body-sm');
  });

  it('repeats the figures in a captioned table', () => {
    render(<BarChart title="Incidents by type" data={DATA} valueLabel="Incidents" />);
    const table = screen.getByRole('table', { name: 'Incidents by type' });
    expect(within(table).getByRole('columnheader', { name: 'Incidents' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Active' }).nextElementSibling?.textContent).toBe('5');
  });

  it('says when there is nothing to show', () => {
    render(<BarChart title="Incidents by type" data={[]} />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('No data for this period.')).toBeTruthy();
    expect(barChartSummary('X', [])).toBe('X: no data.');
  });
});

describe('BarChart with words for a value and the table beside it', () => {
  const WITH_WORDS = [
    { label: 'Active', value: 7 },
    { label: 'Completed', value: 0, display: 'suppressed' },
  ];

  it('says the words instead of a value and draws no bar for it', () => {
    render(<BarChart title="Operations by status" data={WITH_WORDS} />);
    const chart = screen.getByRole('img', { name: 'Operations by status: Active 7, Completed suppressed.' });
    expect(screen.getAllByTestId('bar-value').map((t) => t.textContent)).toEqual(['7', 'suppressed']);
    expect(within(chart).queryAllByTestId('bar')).toHaveLength(1);
    expect(within(chart).getAllByTestId('bar-value')[1]!.className).toContain('text-italic');
  });

  it('shows the table to everyone beside the chart, with its own column headers', () => {
    render(<BarChart title="Operations by status" data={WITH_WORDS} keyLabel="Status" valueLabel="Operations" tableBeside />);
    const table = screen.getByRole('table', { name: 'Operations by status' });
    expect(table.className).toContain('usa-table');
    expect(within(table).getByRole('columnheader', { name: 'Status' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Completed' }).nextElementSibling?.textContent).toBe('suppressed');
  });
});
