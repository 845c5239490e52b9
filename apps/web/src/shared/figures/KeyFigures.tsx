export interface KeyFigure {
  label: string;
  /** A number, or words such as "suppressed". */
  value: string | number;
}

/** The headline counts of a figures page as cards, each a value above its label. */
export function KeyFigures({ figures, label = 'Key figures' }: { figures: readonly KeyFigure[]; label?: string }) {
  return (
    <ul className="usa-card-group" aria-label={label}>
      {figures.map((figure) => (
        <li key={figure.label} className="usa-card tablet:grid-col-3 mobile-lg:grid-col-6">
          <div className="usa-card__container">
            <div className="usa-card__body padding-y-2">
              <p className={typeof figure.value === 'number' ? 'font-heading-2xl text-bold margin-y-0' : 'font-heading-lg text-italic margin-y-0'}>{figure.value}</p>
              <p className="margin-y-0">{figure.label}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
