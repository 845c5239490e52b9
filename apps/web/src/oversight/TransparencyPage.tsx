import { useQuery } from '@apollo/client/react';
import { Alert, AlertHeading, AlertText, Button, ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import { BarChart, PageHeading } from '@jointops/ui';
import { EXACT_REPORT_NOTE, reportPeriodInWords } from '@jointops/domain';
import { TransparencyReportDocument } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DownloadPdfButton } from '../exports/DownloadPdfButton';
import { downloadFile } from '../shared/csv';
import { errorMessage as generalErrorMessage } from '../shared/errors';
import { KeyFigures } from '../shared/figures/KeyFigures';
import '../shared/figures/figures-print.css';
import { useMe } from '../plans/useMe';
import { useCan } from '../shared/permissions/useCan';
import { incidentBars, keyFigures, periodFromAddress, periodVariables, publishedFiguresHref, publishedPeriodInWords, statusBars, transparencyCsv, type Period, type TransparencyFigures } from './transparency';

/**
 * `/oversight/transparency?from=…&to=…`: exact aggregate figures for a period; no names, no free
 * text. The figures are exact (every plan status, small counts shown), so the report is for
 * oversight staff only (the API's rule, from libs/domain) and says it is not for publishing, with a
 * link to the published figures. Anyone else is told so and the report is never requested.
 */
export function TransparencyPage() {
  const { me } = useMe();
  const can = useCan();
  if (!me) return null;
  if (!can('transparency.read')) {
    return (
      <>
        <PageHeading>Transparency report</PageHeading>
        <p>The transparency report gives exact figures and is for oversight staff.</p>
      </>
    );
  }
  return <TransparencyReportPanel />;
}

function TransparencyReportPanel() {
  const [params, setParams] = useSearchParams();
  const asked = periodFromAddress(params);
  /** The period whose figures are shown; null when the address names an invalid one, so no figures are shown. */
  const period = asked.error ? null : asked.period;
  const bounds = period ? periodVariables(period) : null;
  const { data, error, loading } = useQuery(TransparencyReportDocument, { variables: bounds ?? periodVariables(asked.period), skip: !bounds, fetchPolicy: 'network-only' });
  // Only figures of the period asked for: never the previous period's while the new one loads.
  const report = bounds && data && Date.parse(data.transparencyReport.from) === Date.parse(bounds.from) && Date.parse(data.transparencyReport.to) === Date.parse(bounds.to) ? data.transparencyReport : null;

  return (
    <div className="transparency-page">
      <title>Transparency report · JointOps</title>
      <PageHeading lead={EXACT_REPORT_NOTE}>Transparency report</PageHeading>
      <PeriodForm asked={asked.period} error={asked.error} onShow={(next) => setParams({ from: next.from, to: next.to }, { replace: true })} />
      <NotForPublishing period={period ?? asked.period} />

      {error && !report ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The report could not be loaded. {generalErrorMessage(error)}</p>
        </Alert>
      ) : null}
      {loading && !report ? <p role="status">Loading the report…</p> : null}
      {report && period ? (
        <>
          <TransparencyDownloads period={period} report={report} />
          <TransparencyReportView period={period} report={report} />
        </>
      ) : null}
    </div>
  );
}

/** The period's two dates; "Show report" puts them in the address, which says what is shown. */
function PeriodForm({ asked, error, onShow }: { asked: Period; error: string | null; onShow: (period: Period) => void }) {
  const [draft, setDraft] = useState<Period>(asked);
  // A period from elsewhere (a link, Back) replaces what was typed.
  const [shown, setShown] = useState(asked);
  if (shown.from !== asked.from || shown.to !== asked.to) {
    setShown(asked);
    setDraft(asked);
  }
  const show = (event: FormEvent) => {
    event.preventDefault();
    onShow(draft);
  };
  const invalid = error ? { 'aria-describedby': 'period-error', 'aria-invalid': true } : {};
  return (
    <form className="display-flex flex-wrap flex-align-end margin-bottom-3 transparency-no-print" onSubmit={show} aria-label="Report period" noValidate>
      <FormGroup error={Boolean(error)} className="margin-right-2 margin-top-0">
        <Label htmlFor="period-from">From</Label>
        <input className="usa-input" id="period-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} {...invalid} />
      </FormGroup>
      <FormGroup error={Boolean(error)} className="margin-right-2 margin-top-0">
        <Label htmlFor="period-to">To</Label>
        <input className="usa-input" id="period-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} {...invalid} />
      </FormGroup>
      <Button type="submit" className="margin-top-2">
        Show report
      </Button>
      {error ? (
        <ErrorMessage id="period-error" className="width-full">
          {error} No figures are shown until the period is corrected.
        </ErrorMessage>
      ) : null}
    </form>
  );
}

/** These figures are exact: what to publish instead, for the same period. */
function NotForPublishing({ period }: { period: Period }) {
  return (
    <Alert type="warning" className="margin-bottom-3">
      <AlertHeading level="h2">
        Not for publishing
      </AlertHeading>
      <AlertText>
        They count plans that were never carried out and show counts small enough to pick out a single case.
        The published figures count only operations that were active, completed or closed, and hide every count under 5: publish and quote those.
      </AlertText>
      <AlertText>
        <Link className="usa-link" to={publishedFiguresHref(period)}>
          Published figures for {publishedPeriodInWords(period)}
        </Link>
      </AlertText>
    </Alert>
  );
}

function TransparencyDownloads({ period, report }: { period: Period; report: TransparencyFigures }) {
  const query = new URLSearchParams({ from: period.from, to: period.to }).toString();
  return (
    <div className="display-flex flex-wrap flex-align-center margin-bottom-2 transparency-no-print" data-testid="transparency-downloads">
      <Button type="button" outline onClick={() => downloadFile(`transparency-report-${period.from}-to-${period.to}.csv`, transparencyCsv(period, report))}>
        Download CSV
      </Button>
      <DownloadPdfButton href={`/export/transparency.pdf?${query}`} label="Download PDF" />
      <Button type="button" unstyled className="margin-left-2" onClick={() => window.print()}>
        Print
      </Button>
    </div>
  );
}

export function TransparencyReportView({ period, report }: { period: Period; report: TransparencyFigures }) {
  const figures = keyFigures(report);
  return (
    <section aria-labelledby="report-heading" data-testid="transparency-report">
      <h2 id="report-heading">{reportPeriodInWords(period)}</h2>
      <KeyFigures figures={figures} />
      <div className="transparency-chart">
        <BarChart title="Operations by status" data={statusBars(report.byStatus)} keyLabel="Status" valueLabel="Operations" tableBeside />
      </div>
      <div className="transparency-chart">
        <BarChart title="Incidents by type" data={incidentBars(report.incidents)} keyLabel="Type" valueLabel="Incidents" tableBeside />
      </div>
    </section>
  );
}
