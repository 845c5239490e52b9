import { useQuery } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import { BarChart, PageHeading } from '@jointops/ui';
import { reportPeriodInWords } from '@jointops/domain';
import { TransparencyReportDocument } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { DownloadPdfButton } from '../exports/DownloadPdfButton';
import { downloadFile } from '../shared/csv';
import { errorMessage as generalErrorMessage } from '../shared/errors';
import { KeyFigures } from '../shared/figures/KeyFigures';
import '../shared/figures/figures-print.css';
import { useMe } from '../plans/useMe';
import { useCan } from '../shared/permissions/useCan';
import { currentYear, incidentBars, keyFigures, periodError, periodVariables, statusBars, transparencyCsv, type Period, type TransparencyFigures } from './transparency';

/**
 * `/oversight/transparency`: exact aggregate figures for a period; no names, no free text. The
 * figures are exact, so the report is for oversight staff only (the API's rule, from libs/domain):
 * anyone else is told so and the report is never requested.
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
  const [draft, setDraft] = useState<Period>(() => currentYear());
  /** The period whose figures are shown; null after an invalid one, so no old figures stay on screen. */
  const [period, setPeriod] = useState<Period | null>(draft);
  const [formError, setFormError] = useState<string | null>(null);
  const bounds = period ? periodVariables(period) : null;
  const { data, error, loading } = useQuery(TransparencyReportDocument, { variables: bounds ?? periodVariables(draft), skip: !bounds, fetchPolicy: 'network-only' });
  // Only figures of the period asked for: never the previous period's while the new one loads.
  const report = bounds && data && Date.parse(data.transparencyReport.from) === Date.parse(bounds.from) && Date.parse(data.transparencyReport.to) === Date.parse(bounds.to) ? data.transparencyReport : null;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problem = periodError(draft);
    setFormError(problem);
    setPeriod(problem ? null : draft);
  };

  return (
    <div className="transparency-page">
      <title>Transparency report · JointOps</title>
      <PageHeading lead="Aggregate figures for the public record: counts only, no names and no free text.">Transparency report</PageHeading>
      <form className="display-flex flex-wrap flex-align-end margin-bottom-3 transparency-no-print" onSubmit={apply} aria-label="Report period" noValidate>
        <FormGroup error={Boolean(formError)} className="margin-right-2 margin-top-0">
          <Label htmlFor="period-from">From</Label>
          <input className="usa-input" id="period-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} aria-describedby={formError ? 'period-error' : undefined} aria-invalid={formError ? true : undefined} />
        </FormGroup>
        <FormGroup error={Boolean(formError)} className="margin-right-2 margin-top-0">
          <Label htmlFor="period-to">To</Label>
          <input className="usa-input" id="period-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} aria-describedby={formError ? 'period-error' : undefined} aria-invalid={formError ? true : undefined} />
        </FormGroup>
        <Button type="submit" className="margin-top-2">
          Show report
        </Button>
        {formError ? (
          <ErrorMessage id="period-error" className="width-full">
            {formError} No figures are shown until the period is corrected.
          </ErrorMessage>
        ) : null}
      </form>

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
