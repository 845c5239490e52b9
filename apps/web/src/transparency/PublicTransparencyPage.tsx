import { useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import { findGraphQLError, PublicTransparencyDocument, PublicTransparencyYearsDocument } from '@jointops/web-data';
import { useSearchParams } from 'react-router';
import { downloadFile } from '../shared/csv';
import { errorMessage } from '../shared/errors';
import '../shared/figures/figures-print.css';
import { annualReportHref, periodFrom, publicFiguresCsv, thisYear, type PublicFigures } from './public-figures';
import { PublicFiguresView } from './PublicFiguresView';
import { TRANSPARENCY_TEXT as TEXT } from './transparency-text';

/**
 * `/transparency`, for anyone, signed in or not: the published figures of a year or a quarter
 * (`?year=2026&quarter=2`, this year by default), suppressed by the API; CSV, print and the annual PDF.
 */
export function PublicTransparencyPage() {
  const [params, setParams] = useSearchParams();
  const { year, quarter } = periodFrom(params);
  const { data, previousData, error, loading } = useQuery(PublicTransparencyDocument, { variables: { year, quarter } });
  const answer = data?.publicTransparency;
  // Only the figures of the period asked for: never the previous period's while the new one loads.
  const report = answer && answer.year === year && answer.quarter === quarter ? answer : null;
  // A year without figures (typed in the address) answers nothing: this year's answer says which
  // years do, so the list still offers them.
  const known = answer ?? previousData?.publicTransparency;
  const fallback = useQuery(PublicTransparencyYearsDocument, { variables: { year: thisYear() }, skip: !error || Boolean(known) || year === thisYear() });
  const years = (known ?? fallback.data?.publicTransparency)?.years ?? [year];
  const choose = (next: { year: number; quarter: number | null }) =>
    setParams(next.quarter ? { year: String(next.year), quarter: String(next.quarter) } : { year: String(next.year) }, { replace: true });

  return (
    <div className="transparency-page">
      <title>{TEXT.documentTitle}</title>
      <PageHeading>{TEXT.heading}</PageHeading>
      <p className="font-body-md margin-top-0 measure-5">{TEXT.lead}</p>
      <PeriodForm year={year} quarter={quarter} years={years.includes(year) ? years : [year, ...years]} onChange={choose} />
      <Downloads year={year} report={report} annual={!error} />
      <Explanation />
      {error && !report ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">{findGraphQLError(error, 'BAD_USER_INPUT') ? TEXT.noFigures : `${TEXT.loadFailed} ${errorMessage(error)}`}</p>
        </Alert>
      ) : null}
      {loading && !report ? <p role="status">{TEXT.loading}</p> : null}
      {report ? <PublicFiguresView report={report} /> : null}
    </div>
  );
}

function PeriodForm({ year, quarter, years, onChange }: { year: number; quarter: number | null; years: number[]; onChange: (period: { year: number; quarter: number | null }) => void }) {
  return (
    <fieldset className="usa-fieldset display-flex flex-wrap flex-align-end margin-bottom-2 transparency-no-print">
      <legend className="usa-sr-only">{TEXT.periodLegend}</legend>
      <div className="margin-right-2">
        <label className="usa-label" htmlFor="figures-year">
          {TEXT.yearLabel}
        </label>
        <select id="figures-year" className="usa-select width-card" value={year} onChange={(e) => onChange({ year: Number(e.target.value), quarter })}>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className="usa-label" htmlFor="figures-quarter">
          {TEXT.quarterLabel}
        </label>
        <select id="figures-quarter" className="usa-select" value={quarter ?? ''} onChange={(e) => onChange({ year, quarter: e.target.value ? Number(e.target.value) : null })}>
          <option value="">{TEXT.wholeYear}</option>
          {[1, 2, 3, 4].map((option) => (
            <option key={option} value={option}>
              {TEXT.quarterOptions[option]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** CSV of the figures shown, printing, and the year's annual report (`annual`: unless the year has no figures). */
function Downloads({ year, report, annual }: { year: number; report: PublicFigures | null; annual: boolean }) {
  return (
    <div className="display-flex flex-wrap flex-align-center margin-bottom-3 transparency-no-print" data-testid="public-figures-downloads">
      <Button type="button" outline disabled={!report} onClick={() => report && downloadFile(TEXT.csv.filename(report.year, report.quarter), publicFiguresCsv(report))}>
        {TEXT.downloadCsv}
      </Button>
      <Button type="button" outline onClick={() => window.print()}>
        {TEXT.print}
      </Button>
      {annual ? (
        <a className="usa-link margin-left-1" href={annualReportHref(year)}>
          {TEXT.annualReport(year)}
        </a>
      ) : null}
    </div>
  );
}

function Explanation() {
  return (
    <div className="usa-summary-box margin-bottom-3" role="region" aria-labelledby="figures-suppression-heading">
      <div className="usa-summary-box__body">
        <h2 id="figures-suppression-heading" className="usa-summary-box__heading font-heading-md">
          {TEXT.suppressionHeading}
        </h2>
        <p className="usa-summary-box__text">{TEXT.suppression}</p>
        <h2 className="usa-summary-box__heading font-heading-md margin-top-2">{TEXT.whatCountsHeading}</h2>
        <p className="usa-summary-box__text margin-bottom-0">{TEXT.whatCounts}</p>
      </div>
    </div>
  );
}
