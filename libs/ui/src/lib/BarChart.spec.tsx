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
    const rects = chart.querySelectorAll('rect');
    expect(Number(rects[1]!.getAttribute('width'))).toBeGreaterThan(Number(rects[0]!.getAttribute('width')));
    expect(rects[2]!.getAttribute('width')).toBe('0');
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
    expect(chart.querySelectorAll('rect')[1]!.getAttribute('width')).toBe('0');
  });

  it('shows the table to everyone beside the chart, with its own column headers', () => {
    render(<BarChart title="Operations by status" data={WITH_WORDS} keyLabel="Status" valueLabel="Operations" tableBeside />);
    const table = screen.getByRole('table', { name: 'Operations by status' });
    expect(table.className).toContain('usa-table');
    expect(within(table).getByRole('columnheader', { name: 'Status' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Completed' }).nextElementSibling?.textContent).toBe('suppressed');
  });
});
