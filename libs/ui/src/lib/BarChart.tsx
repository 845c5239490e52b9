import { useId } from 'react';

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarChartProps {
  /** What the chart shows, e.g. "Operations by status"; names the image and captions the table. */
  title: string;
  data: readonly BarDatum[];
  /** Header of the value column in the table, e.g. "Operations". */
  valueLabel?: string;
  /** Width of the label column in SVG units. */
  labelWidth?: number;
}

const BAR_HEIGHT = 22;
const GAP = 10;
const WIDTH = 480;
const VALUE_SPACE = 48;

/** "Operations by status: Draft 2, Active 1." — the whole chart in words. */
export function barChartSummary(title: string, data: readonly BarDatum[]): string {
  if (data.length === 0) return `${title}: no data.`;
  return `${title}: ${data.map((d) => `${d.label} ${d.value}`).join(', ')}.`;
}

/**
 * A horizontal bar chart in plain SVG: every bar carries its label and value as text, the image is
 * named with the whole series in words (role="img"), and the same figures follow as a table that
 * only screen readers see (its caption is the title).
 */
export function BarChart({ title, data, valueLabel = 'Count', labelWidth = 170 }: BarChartProps) {
  const headingId = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  const barSpace = WIDTH - labelWidth - VALUE_SPACE;
  const height = Math.max(1, data.length) * (BAR_HEIGHT + GAP) + GAP;

  return (
    <figure className="margin-x-0 margin-y-2" aria-labelledby={headingId}>
      <figcaption id={headingId} className="text-bold margin-bottom-1">
        {title}
      </figcaption>
      {data.length === 0 ? (
        <p className="text-base-dark margin-top-0">No data for this period.</p>
      ) : (
        <svg role="img" aria-label={barChartSummary(title, data)} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: `${WIDTH}px` }} data-testid="bar-chart">
          {data.map((d, index) => {
            const y = GAP + index * (BAR_HEIGHT + GAP);
            const width = d.value === 0 ? 0 : Math.max(2, (d.value / max) * barSpace);
            return (
              <g key={d.label} aria-hidden="true">
                <text x={labelWidth - 8} y={y + BAR_HEIGHT / 2} textAnchor="end" dominantBaseline="central" fontSize="13" fill="#1b1b1b">
                  {d.label}
                </text>
                <rect x={labelWidth} y={y} width={width} height={BAR_HEIGHT} fill="#005ea2" rx="2" />
                <text x={labelWidth + width + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="central" fontSize="13" fontWeight="bold" fill="#1b1b1b" data-testid="bar-value">
                  {d.value}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <table className="usa-sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>{d.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
