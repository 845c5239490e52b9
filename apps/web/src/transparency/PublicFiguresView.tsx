import { BarChart } from '@jointops/ui';
import { KeyFigures } from '../shared/figures/KeyFigures';
import { BREAKDOWNS, breakdownBars, keyFigures, type PublicFigures } from './public-figures';
import { TRANSPARENCY_TEXT as TEXT } from './transparency-text';

/** The figures of one period: key figures, each breakdown as a chart with its table beside it, and the agencies. */
export function PublicFiguresView({ report }: { report: PublicFigures }) {
  return (
    <section aria-labelledby="public-figures-heading" data-testid="public-figures">
      <h2 id="public-figures-heading">{TEXT.periodHeading(report.year, report.quarter)}</h2>
      <KeyFigures figures={keyFigures(report)} label={TEXT.keyFigures} />
      {BREAKDOWNS.map((breakdown) => {
        const words = TEXT.breakdowns[breakdown];
        return (
          <div key={breakdown} className="transparency-chart">
            <BarChart title={words.title} data={breakdownBars(report, breakdown)} keyLabel={words.key} valueLabel={words.value} tableBeside />
          </div>
        );
      })}
      <h3>{TEXT.agenciesHeading}</h3>
      {report.agencies.length ? (
        <ul className="usa-list" aria-label={TEXT.agenciesHeading}>
          {report.agencies.map((agency) => (
            <li key={agency.id}>
              {agency.name} ({agency.shortName})
            </li>
          ))}
        </ul>
      ) : (
        <p>{TEXT.noAgencies}</p>
      )}
    </section>
  );
}
