import { useId } from 'react';

export interface BarDatum {
  label: string;
  value: number;
  /** Said instead of the value, e.g. "suppressed" for a count that is not published: no bar is drawn. */
  display?: string;
}

export interface BarChartProps {
  /** What the chart shows, e.g. "Operations by status"; names the image and captions the table. */
  title: string;
  data: readonly BarDatum[];
  /** Header of the value column in the table, e.g. "Operations". */
  valueLabel?: string;
  /** Header of the label column in the table, e.g. "Status". */
  keyLabel?: string;
  /** Width of the label column in SVG units. */
  labelWidth?: number;
  /** The table beside the chart (below it on narrow screens) for everyone to read, not for screen readers only. */
  tableBeside?: boolean;
}

const BAR_HEIGHT = 22;
const GAP = 10;
const WIDTH = 480;
const VALUE_SPACE = 48;

/** "Operations by status: Draft 2, Active 1." — the whole chart in words. */
export function barChartSummary(title: string, data: readonly BarDatum[]): string {
  if (data.length === 0) return `${title}: no data.`;
  return `${title}: ${data.map((d) => `${d.label} ${valueText(d)}`).join(', ')}.`;
}

const valueText = (d: BarDatum): string => d.display ?? String(d.value);

/**
 * A horizontal bar chart in plain SVG: every bar carries its label and value as text, the image is
 * named with the whole series in words (role="img"), and the same figures follow as a table (its
 * caption is the title) that only screen readers see, or, with `tableBeside`, that sits beside the
 * chart on wide screens and below it on narrow ones.
 */
export function BarChart({ title, data, valueLabel = 'Count', keyLabel = 'Category', labelWidth = 170, tableBeside = false }: BarChartProps) {
  const headingId = useId();
  const chart = data.length === 0 ? <p className="text-base-dark margin-top-0">No data for this period.</p> : <Bars title={title} data={data} labelWidth={labelWidth} />;
  const table = <FiguresTable title={title} data={data} keyLabel={keyLabel} valueLabel={valueLabel} visible={tableBeside} />;
  return (
    <figure className="margin-x-0 margin-y-2" aria-labelledby={headingId}>
      <figcaption id={headingId} className="text-bold margin-bottom-1">
        {title}
      </figcaption>
      {tableBeside ? (
        <div className="grid-row grid-gap-2 flex-align-start">
          <div className="desktop:grid-col-7 grid-col-12">{chart}</div>
          <div className="desktop:grid-col-5 grid-col-12">{table}</div>
        </div>
      ) : (
        <>
          {chart}
          {table}
        </>
      )}
    </figure>
  );
}

function Bars({ title, data, labelWidth }: { title: string; data: readonly BarDatum[]; labelWidth: number }) {
  const max = Math.max(1, ...data.map((d) => (d.display === undefined ? d.value : 0)));
  const barSpace = WIDTH - labelWidth - VALUE_SPACE;
  const height = Math.max(1, data.length) * (BAR_HEIGHT + GAP) + GAP;
  return (
    <svg role="img" aria-label={barChartSummary(title, data)} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: `${WIDTH}px` }} data-testid="bar-chart">
      {data.map((d, index) => {
        const y = GAP + index * (BAR_HEIGHT + GAP);
        const said = d.display !== undefined;
        const width = d.value === 0 || said ? 0 : Math.max(2, (d.value / max) * barSpace);
        return (
          <g key={d.label} aria-hidden="true">
            <text x={labelWidth - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="central" fontSize="13" fill="#1b1b1b">
              {d.label}
            </text>
            <rect x={labelWidth} y={y} width={width} height={BAR_HEIGHT} fill="#005ea2" rx="2" />
            <text
              x={labelWidth + width + 6}
              y={y + BAR_HEIGHT / 2}
              dominantBaseline="central"
              fontSize="13"
              fontWeight={said ? 'normal' : 'bold'}
              fontStyle={said ? 'italic' : undefined}
              fill={said ? '#565c65' : '#1b1b1b'}
              data-testid="bar-value"
            >
              {valueText(d)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function FiguresTable({ title, data, keyLabel, valueLabel, visible }: { title: string; data: readonly BarDatum[]; keyLabel: string; valueLabel: string; visible: boolean }) {
  return (
    <table className={visible ? 'usa-table usa-table--borderless usa-table--compact width-full margin-top-0' : 'usa-sr-only'}>
      <caption className={visible ? 'usa-sr-only' : undefined}>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col">{valueLabel}</th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.label}>
            <th scope="row">{d.label}</th>
            <td className={d.display === undefined ? undefined : 'text-italic'}>{valueText(d)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
