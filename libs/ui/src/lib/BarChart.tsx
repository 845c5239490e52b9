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
  /** The table beside the chart (below it on narrow screens) for everyone to read, not for screen readers only. */
  tableBeside?: boolean;
}

/** Room kept at the end of the longest bar for its value ("1,234"). */
const VALUE_SPACE = '4.5rem';

/** "Operations by status: Draft 2, Active 1." — the whole chart in words. */
export function barChartSummary(title: string, data: readonly BarDatum[]): string {
  if (data.length === 0) return `${title}: no data.`;
  return `${title}: ${data.map((d) => `${d.label} ${valueText(d)}`).join(', ')}.`;
}

const valueText = (d: BarDatum): string => d.display ?? String(d.value);

/**
 * A horizontal bar chart: every bar carries its label and value as text, the image is named with
 * the whole series in words (role="img"), and the same figures follow as a table (its caption is
 * the title) that only screen readers see, or, with `tableBeside`, that sits beside the chart on
 * wide screens and below it on narrow ones. Labels and values are HTML text at the body size, so a
 * long label wraps instead of being cut; on a phone each label sits above its bar.
 */
export function BarChart({ title, data, valueLabel = 'Count', keyLabel = 'Category', tableBeside = false }: BarChartProps) {
  const headingId = useId();
  const chart = data.length === 0 ? <p className="text-base-dark margin-top-0">No data for this period.</p> : <Bars title={title} data={data} />;
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

function Bars({ title, data }: { title: string; data: readonly BarDatum[] }) {
  const max = Math.max(1, ...data.map((d) => (d.display === undefined ? d.value : 0)));
  return (
    <div role="img" aria-label={barChartSummary(title, data)} className="font-body-sm" data-testid="bar-chart">
      {data.map((d) => {
        const said = d.display !== undefined;
        const share = d.value === 0 || said ? 0 : d.value / max;
        return (
          <div key={d.label} aria-hidden="true" className="grid-row grid-gap-1 flex-align-center margin-bottom-105 mobile-lg:margin-bottom-1" data-testid="bar-row">
            <span className="grid-col-12 mobile-lg:grid-col-5 line-height-sans-3" data-testid="bar-label">
              {d.label}
            </span>
            <span className="grid-col-12 mobile-lg:grid-col-7 display-flex flex-align-center">
              {share > 0 ? (
                // An SVG rectangle, not a background: it keeps its colour on paper (figures-print.css clears backgrounds).
                <svg data-testid="bar" data-share={share.toFixed(3)} style={{ width: `max(2px, calc((100% - ${VALUE_SPACE}) * ${share}))`, height: '1.5rem', flex: 'none' }}>
                  <rect width="100%" height="100%" fill="#005ea2" rx="2" />
                </svg>
              ) : null}
              <span className={`${share > 0 ? 'margin-left-1 ' : ''}${said ? 'text-italic text-base-dark' : 'text-bold'}`} data-testid="bar-value">
                {valueText(d)}
              </span>
            </span>
          </div>
        );
      })}
    </div>
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
