import { act, render, screen, within } from '@testing-library/react';
import { StackedBarChart, stackedBarLayout, stackedBarSummary, wrapLabel } from './StackedBarChart';

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
    // Each bar is outlined around all its segments, so a light one stands out from the page.
    const outlines = screen.getAllByTestId('bar-outline');
    expect(outlines.map((o) => [o.getAttribute('stroke'), o.getAttribute('fill')])).toEqual([
      ['#565c65', 'none'],
      ['#565c65', 'none'],
    ]);
    const segmentsOf = (row: number) => screen.getAllByTestId('stacked-segment').filter((segment) => segment.getAttribute('y') === outlines[row]!.getAttribute('y'));
    for (const row of [0, 1]) {
      const widths = segmentsOf(row).map((segment) => Number(segment.getAttribute('width')));
      expect(Number(outlines[row]!.getAttribute('width'))).toBeCloseTo(widths.reduce((a, b) => a + b, 0));
    }
  });

  it('draws no outline for a row with nothing in it', () => {
    render(<StackedBarChart title="Outcomes" series={series} rows={[{ label: 'Nothing yet', values: {} }, rows[0]!]} rowHeader="Objective" />);
    expect(screen.getAllByTestId('bar-outline')).toHaveLength(1);
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

  describe('at the width of its box', () => {
    /** jsdom lays nothing out: the box is as wide as a test says. */
    let boxWidth = 0;
    beforeEach(() => {
      boxWidth = 0;
      jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ width: boxWidth, height: 0, x: 0, y: 0, top: 0, left: 0, right: boxWidth, bottom: 0, toJSON: () => ({}) }) as DOMRect);
    });
    afterEach(() => jest.restoreAllMocks());

    const chartAt = (width: number) => {
      boxWidth = width;
      render(<StackedBarChart title="Objective outcomes" series={series} rows={rows} rowHeader="Objective" />);
      return screen.getByRole('img');
    };
    /** The size on screen of text in the chart: its font size times the scale of the drawing in its box. */
    const screenFontSize = (text: Element) => {
      const svg = text.closest('svg')!;
      const viewBoxWidth = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
      const drawnWidth = Math.min(boxWidth, parseFloat(svg.style.maxWidth));
      return (Number(text.getAttribute('font-size')) * drawnWidth) / viewBoxWidth;
    };

    it('on a 390px phone draws its text at 12px or more, each label above its bar', () => {
      const chart = chartAt(358); // 390px less the page's margins
      expect(chart.getAttribute('data-layout')).toBe('narrow');
      expect(chart.getAttribute('viewBox')).toMatch(/^0 0 358 /);
      const labels = screen.getAllByTestId('row-label');
      const texts = [...labels, ...screen.getAllByTestId('segment-value')];
      for (const text of texts) expect(screenFontSize(text)).toBeGreaterThanOrEqual(12);
      // Each label starts at the left edge, above its bar, which spans the width less room for the total.
      const bars = labels.map((label) => label.parentElement!.querySelector('[data-testid="stacked-segment"]')!);
      labels.forEach((label, index) => {
        expect(label.getAttribute('text-anchor')).toBe('start');
        expect(label.getAttribute('x')).toBe('0');
        expect(Number(label.querySelector('tspan')!.getAttribute('y'))).toBeLessThan(Number(bars[index]!.getAttribute('y')));
        expect(bars[index]!.getAttribute('x')).toBe('0');
      });
      expect(Number(screen.getAllByTestId('stacked-segment')[2]!.getAttribute('width'))).toBeCloseTo(318);
      // The whole label still fits on a line, and the image's name is as before.
      expect([...labels[1]!.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['Stage interpreters']);
      expect(chart.getAttribute('aria-label')).toBe('Objective outcomes. Secure the port: Met 2, Not met 1; Stage interpreters: Met 0, Not met 3.');
    });

    it('on a desktop is drawn as before: 560px wide, labels beside the bars', () => {
      const chart = chartAt(1200);
      expect(chart.getAttribute('data-layout')).toBe('wide');
      expect(chart.getAttribute('viewBox')).toBe('0 0 560 88');
      expect(chart.style.maxWidth).toBe('560px');
      const label = screen.getAllByTestId('row-label')[0]!;
      expect([label.getAttribute('x'), label.getAttribute('text-anchor')]).toEqual(['172', 'end']);
      expect(label.querySelector('tspan')!.getAttribute('y')).toBe('25');
      const segments = screen.getAllByTestId('stacked-segment');
      expect(segments.map((s) => [s.getAttribute('x'), s.getAttribute('y')])).toEqual([
        ['180', '12'],
        [String(180 + (2 / 3) * 340), '12'],
        ['180', '50'],
      ]);
      expect(Number(segments[2]!.getAttribute('width'))).toBe(340);
      expect(screenFontSize(label)).toBe(13);
    });

    it('between a phone and a desktop keeps the labels beside shorter bars, at their size', () => {
      const chart = chartAt(480);
      expect(chart.getAttribute('data-layout')).toBe('wide');
      expect(chart.getAttribute('viewBox')).toBe('0 0 480 88');
      expect(Number(screen.getAllByTestId('stacked-segment')[2]!.getAttribute('width'))).toBe(260);
      expect(screenFontSize(screen.getAllByTestId('row-label')[0]!)).toBe(13);
    });

    it('lays itself out again when its box is resized, and stops watching when it goes', () => {
      const observers: { callback: () => void; disconnect: jest.Mock }[] = [];
      class FakeResizeObserver {
        disconnect = jest.fn();
        constructor(callback: () => void) {
          observers.push({ callback, disconnect: this.disconnect });
        }
        observe() {}
        unobserve() {}
      }
      Object.defineProperty(window, 'ResizeObserver', { value: FakeResizeObserver, configurable: true, writable: true });
      try {
        boxWidth = 1200;
        const { unmount } = render(<StackedBarChart title="Objective outcomes" series={series} rows={rows} />);
        expect(screen.getByRole('img').getAttribute('data-layout')).toBe('wide');
        boxWidth = 358;
        act(() => observers.forEach((o) => o.callback()));
        expect(screen.getByRole('img').getAttribute('data-layout')).toBe('narrow');
        unmount();
        expect(observers.length).toBeGreaterThan(0);
        for (const o of observers) expect(o.disconnect).toHaveBeenCalled();
      } finally {
        delete (window as { ResizeObserver?: unknown }).ResizeObserver;
      }
    });

    it('before it is measured (or where nothing is laid out) is drawn 560px wide, scaled to its box', () => {
      expect(chartAt(0).getAttribute('viewBox')).toBe('0 0 560 88');
      expect(stackedBarLayout(['A'], undefined, 180)).toMatchObject({ narrow: false, width: 560, barX: 180, barSpace: 340 });
    });
  });

  it('lays out the narrow form from the labels alone: each label above its bar, a long one wrapped to the width', () => {
    const long = 'Keep the inspection lanes open for through traffic at all hours of the operation';
    const layout = stackedBarLayout(['Secure the port', long], 300, 180);
    expect(layout).toMatchObject({ narrow: true, width: 300, barX: 0, barSpace: 260 });
    expect(layout.rows[0]).toEqual({ lines: ['Secure the port'], labelX: 0, labelY: 19, barY: 30 });
    expect(layout.rows[1]!.lines).toEqual(wrapLabel(long, 42));
    expect(layout.rows[1]!.barY).toBe(68 + 2 * 14 + 4);
    expect(layout.height).toBe(layout.rows[1]!.barY + 26 + 12);
    // A wider label column needs a wider box before labels go beside the bars.
    expect(stackedBarLayout(['A'], 440, 180).narrow).toBe(false);
    expect(stackedBarLayout(['A'], 440, 240).narrow).toBe(true);
  });
});
