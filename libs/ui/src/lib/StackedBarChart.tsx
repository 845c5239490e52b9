import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface StackedSeries {
  key: string;
  label: string;
  /** Fill of the segments; the legend and the table carry the same information in words. */
  color: string;
  /** Text colour on the segment (defaults to white). */
  textColor?: string;
}

export interface StackedRow {
  label: string;
  values: Readonly<Record<string, number>>;
}

export interface StackedBarChartProps {
  /** Names the image and captions the table, e.g. "Objective outcomes by debrief". */
  title: string;
  series: readonly StackedSeries[];
  rows: readonly StackedRow[];
  /** Header of the row-label column of the table, e.g. "Objective". */
  rowHeader?: string;
  labelWidth?: number;
}

const BAR_HEIGHT = 26;
const GAP = 12;
/** The widest the chart is drawn, and its width until the container has been measured. */
const WIDTH = 560;
const TOTAL_SPACE = 40;
/** The shortest room for bars beside the labels; below it each label goes above its bar. */
const MIN_BAR_SPACE = 200;
/** Between a label's last line and its bar, in the narrow layout. */
const LABEL_GAP = 4;
/** About the width of a character of 13px text, to wrap labels. */
const CHAR_WIDTH = 7;

/** "Objective outcomes: Secure the port: Met 2, Not met 1; …" — the whole chart in words. */
export function stackedBarSummary(title: string, series: readonly StackedSeries[], rows: readonly StackedRow[]): string {
  if (rows.length === 0) return `${title}: no data.`;
  const row = (r: StackedRow) => `${r.label}: ${series.map((s) => `${s.label} ${r.values[s.key] ?? 0}`).join(', ')}`;
  return `${title}. ${rows.map(row).join('; ')}.`;
}

/**
 * A row's label on at most `lines` lines of about `max` characters, broken between words (a word
 * longer than a line is cut); what does not fit ends in "…". The full label is the row's <title>,
 * and is in the image's name and the table.
 */
export function wrapLabel(text: string, max: number, lines = 2): string[] {
  // A word longer than a line is cut into pieces of a line each.
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.match(new RegExp(`.{1,${max}}`, 'gu')) ?? []);
  const out: string[] = [];
  let next = 0;
  while (next < words.length && out.length < lines) {
    let line = words[next++]!;
    while (next < words.length && `${line} ${words[next]}`.length <= max) line = `${line} ${words[next++]}`;
    out.push(line);
  }
  if (next < words.length) {
    const last = out.pop()!;
    out.push(`${last.length >= max ? last.slice(0, max - 1) : last}…`);
  }
  return out;
}

const LINE_HEIGHT = 14;

export interface StackedBarRowLayout {
  /** The label's lines; the first is centred on `labelY`, the others follow LINE_HEIGHT apart. */
  lines: string[];
  labelX: number;
  labelY: number;
  barY: number;
}

export interface StackedBarLayout {
  /** Narrow: each label above its bar, across the whole width. Wide: labels beside the bars. */
  narrow: boolean;
  /** Width and height of the drawing, in CSS pixels when `width` is the measured width. */
  width: number;
  height: number;
  barX: number;
  /** The length of the longest bar. */
  barSpace: number;
  rows: StackedBarRowLayout[];
}

/**
 * Where everything goes, for a container `measured` pixels wide (undefined before it is measured,
 * or where nothing is laid out, as in jsdom: then the chart is laid out WIDTH wide and scaled, as
 * it always was). The drawing is at most WIDTH wide and, below that, exactly as wide as the
 * container, so its 12–13px text is 12–13px on screen; where there is no room for labels beside
 * the bars, each label goes above its bar.
 */
export function stackedBarLayout(labels: readonly string[], measured: number | undefined, labelWidth: number): StackedBarLayout {
  const width = measured && measured > 0 ? Math.max(TOTAL_SPACE * 3, Math.min(WIDTH, Math.floor(measured))) : WIDTH;
  const narrow = width < Math.min(WIDTH, labelWidth + TOTAL_SPACE + MIN_BAR_SPACE);
  let y = GAP;
  const rows = labels.map((label) => {
    if (!narrow) {
      const lines = wrapLabel(label, Math.floor(labelWidth / CHAR_WIDTH));
      const row = { lines, labelX: labelWidth - 8, labelY: y + BAR_HEIGHT / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2, barY: y };
      y += BAR_HEIGHT + GAP;
      return row;
    }
    const lines = wrapLabel(label, Math.floor(width / CHAR_WIDTH));
    const row = { lines, labelX: 0, labelY: y + LINE_HEIGHT / 2, barY: y + lines.length * LINE_HEIGHT + LABEL_GAP };
    y = row.barY + BAR_HEIGHT + GAP;
    return row;
  });
  const barX = narrow ? 0 : labelWidth;
  return { narrow, width, height: labels.length ? y : BAR_HEIGHT + 2 * GAP, barX, barSpace: width - barX - TOTAL_SPACE, rows };
}

/** The width of the element, in whole CSS pixels, kept up to date; undefined until it has one. */
function useMeasuredWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  // Measured before the first paint, so a phone never sees the chart drawn for a wide screen.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      setWidth(measured > 0 ? measured : undefined);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') {
      window.addEventListener('resize', measure);
      return () => window.removeEventListener('resize', measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** A row's label on its lines (beside the bar, or above it), with the whole label as its tooltip. */
function RowLabel({ label, row, anchor }: { label: string; row: StackedBarRowLayout; anchor: 'start' | 'end' }) {
  return (
    <text x={row.labelX} textAnchor={anchor} dominantBaseline="central" fontSize="13" fill="#1b1b1b" data-testid="row-label">
      <title>{label}</title>
      {row.lines.map((line, index) => (
        <tspan key={index} x={row.labelX} y={row.labelY + index * LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A horizontal stacked bar chart in plain SVG: one bar per row, one segment per series, each
 * segment labelled with its value when there is room and every bar with its total. The image is
 * named with all the figures in words, a legend names the colours, and a table below repeats the figures.
 */
export function StackedBarChart({ title, series, rows, rowHeader = 'Category', labelWidth = 180 }: StackedBarChartProps) {
  const captionId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const measured = useMeasuredWidth(figureRef);
  const layout = stackedBarLayout(rows.map((r) => r.label), measured, labelWidth);
  const { width: drawn, height, barSpace } = layout;
  const totals = rows.map((r) => series.reduce((sum, s) => sum + (r.values[s.key] ?? 0), 0));
  const max = Math.max(1, ...totals);

  return (
    <figure ref={figureRef} className="margin-x-0 margin-y-2" aria-labelledby={captionId}>
      <figcaption id={captionId} className="text-bold margin-bottom-1">
        {title}
      </figcaption>
      {rows.length === 0 ? (
        <p className="text-base-dark margin-top-0">No data yet.</p>
      ) : (
        <>
          <ul className="usa-list usa-list--unstyled display-flex flex-wrap font-body-2xs margin-bottom-1" aria-hidden="true">
            {series.map((s) => (
              <li key={s.key} className="margin-right-2 display-flex flex-align-center">
                <svg width="14" height="14" className="margin-right-05">
                  <rect width="14" height="14" fill={s.color} stroke="#1b1b1b" strokeWidth="0.5" />
                </svg>
                {s.label}
              </li>
            ))}
          </ul>
          {/* Drawn as wide as its box (up to WIDTH), so it is not scaled and its text keeps its size; width 100% only shrinks it if the box narrows before it is measured again (or on paper). */}
          <svg
            role="img"
            aria-label={stackedBarSummary(title, series, rows)}
            viewBox={`0 0 ${drawn} ${height}`}
            width="100%"
            style={{ maxWidth: `${drawn}px` }}
            data-testid="stacked-bar-chart"
            data-layout={layout.narrow ? 'narrow' : 'wide'}
          >
            {rows.map((r, index) => {
              const row = layout.rows[index]!;
              const y = row.barY;
              let x = layout.barX;
              return (
                <g key={`${r.label}-${index}`} aria-hidden="true">
                  <RowLabel label={r.label} row={row} anchor={layout.narrow ? 'start' : 'end'} />
                  {series.map((s) => {
                    const value = r.values[s.key] ?? 0;
                    if (value === 0) return null;
                    const width = (value / max) * barSpace;
                    const segment = (
                      <g key={s.key}>
                        <rect x={x} y={y} width={width} height={BAR_HEIGHT} fill={s.color} stroke="#fff" strokeWidth="1" data-testid="stacked-segment" data-series={s.key} />
                        {width >= 18 ? (
                          <text x={x + width / 2} y={y + BAR_HEIGHT / 2} textAnchor="middle" dominantBaseline="central" fontSize="12" fontWeight="bold" fill={s.textColor ?? '#fff'} data-testid="segment-value">
                            {value}
                          </text>
                        ) : null}
                      </g>
                    );
                    x += width;
                    return segment;
                  })}
                  {/* The whole bar outlined: a light segment (yellow) still stands out from the page (3:1). */}
                  {x > layout.barX ? <rect x={layout.barX} y={y} width={x - layout.barX} height={BAR_HEIGHT} fill="none" stroke="#565c65" strokeWidth="1" data-testid="bar-outline" /> : null}
                  <text x={x + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="central" fontSize="13" fill="#1b1b1b">
                    {totals[index]}
                  </text>
                </g>
              );
            })}
          </svg>
        </>
      )}
      {rows.length ? (
        // Never the page sideways: on a phone the table stacks; a wide series list scrolls inside its box.
        <div className="usa-table-container--scrollable margin-top-1" tabIndex={0} role="region" aria-label={`${title}: figures`}>
          {/* On a phone each row stacks under its label (USWDS stacked table): no sideways scrolling. */}
          <table className="usa-table usa-table--compact usa-table--borderless usa-table--stacked-header font-body-2xs margin-top-0">
            <caption className="usa-sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{rowHeader}</th>
                {series.map((s) => (
                  <th scope="col" key={s.key}>
                    {s.label}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, index) => (
                <tr key={`${r.label}-${index}`}>
                  <th scope="row">{r.label}</th>
                  {series.map((s) => (
                    <td key={s.key} data-label={s.label}>
                      {r.values[s.key] ?? 0}
                    </td>
                  ))}
                  <td data-label="Total">{totals[index]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </figure>
  );
}
