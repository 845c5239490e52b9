import { Link } from 'react-router';
import { FIGURES, operationsBehind, type EffectivenessFigures, type FigureKey } from './effectiveness-model';

/**
 * The figures as USWDS cards. Each number links to the list below, filtered to the operations
 * behind it; a figure no operation adds to is shown without a link.
 */
export function FigureCards({ report, search }: { report: EffectivenessFigures; search: (figure: FigureKey) => string }) {
  return (
    <ul className="usa-card-group" aria-label="Figures">
      {FIGURES.map((figure) => {
        const value = figure.value(report);
        const behind = operationsBehind(report, figure.key).length;
        return (
          <li key={figure.key} className="usa-card tablet:grid-col-3 mobile-lg:grid-col-6" data-testid={`figure-${figure.key}`}>
            <div className="usa-card__container">
              <div className="usa-card__body padding-y-2">
                <p className="font-heading-xl text-bold margin-y-0">
                  {behind > 0 ? (
                    <Link to={{ search: search(figure.key), hash: 'effectiveness-operations' }} className="usa-link" aria-label={`${value} ${figure.label.toLowerCase()}: show the ${behind === 1 ? 'operation' : `${behind} operations`} behind it`}>
                      {value}
                    </Link>
                  ) : (
                    value
                  )}
                </p>
                <p className="margin-y-0">{figure.label}</p>
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
