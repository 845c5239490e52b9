import { useQuery } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, FormGroup, Label } from '@trussworks/react-uswds';
import { BarChart, PageHeading } from '@jointops/ui';
import { TransparencyReportDocument, type TransparencyReportQuery } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { errorMessage as generalErrorMessage } from '../shared/errors';
import { useMe } from '../plans/useMe';
import { useCan } from '../shared/permissions/useCan';
import { currentYear, incidentBars, periodError, periodVariables, statusBars, type Period } from './transparency';

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
  const [period, setPeriod] = useState<Period>(draft);
  const [formError, setFormError] = useState<string | null>(null);
  const { data, error, loading } = useQuery(TransparencyReportDocument, { variables: periodVariables(period), fetchPolicy: 'network-only' });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problem = periodError(draft);
    setFormError(problem);
    if (!problem) setPeriod(draft);
  };

  return (
    <>
      <title>Transparency report · JointOps</title>
      <PageHeading lead="Aggregate figures for the public record: counts only, no names and no free text.">Transparency report</PageHeading>
      <form className="display-flex flex-wrap flex-align-end margin-bottom-3" onSubmit={apply} aria-label="Report period">
        <FormGroup error={Boolean(formError)} className="margin-right-2 margin-top-0">
          <Label htmlFor="period-from">From</Label>
          <input className="usa-input" id="period-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} aria-describedby={formError ? 'period-error' : undefined} />
        </FormGroup>
        <FormGroup error={Boolean(formError)} className="margin-right-2 margin-top-0">
          <Label htmlFor="period-to">To</Label>
          <input className="usa-input" id="period-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} aria-describedby={formError ? 'period-error' : undefined} />
        </FormGroup>
        <Button type="submit" className="margin-top-2">
          Show report
        </Button>
        {formError ? (
          <ErrorMessage id="period-error" className="width-full">
            {formError}
          </ErrorMessage>
        ) : null}
      </form>

      {error && !data ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The report could not be loaded. {generalErrorMessage(error)}</p>
        </Alert>
      ) : null}
      {loading && !data ? <p role="status">Loading the report…</p> : null}
      {data ? <TransparencyReportView report={data.transparencyReport} /> : null}
    </>
  );
}

export function TransparencyReportView({ report }: { report: TransparencyReportQuery['transparencyReport'] }) {
  const incidents = report.incidents.reduce((sum, i) => sum + i.count, 0);
  const figures = [
    { label: 'Operations', value: report.operations },
    { label: 'Incidents reported', value: incidents },
    { label: 'Corrective actions open', value: report.correctiveActionsOpen },
    { label: 'Corrective actions done', value: report.correctiveActionsDone },
  ];
  return (
    <section aria-labelledby="report-heading" data-testid="transparency-report">
      <h2 id="report-heading" className="usa-sr-only">
        Figures for the period
      </h2>
      <ul className="usa-card-group" aria-label="Key figures">
        {figures.map((figure) => (
          <li key={figure.label} className="usa-card tablet:grid-col-3 mobile-lg:grid-col-6">
            <div className="usa-card__container">
              <div className="usa-card__body padding-y-2">
                <p className="font-heading-2xl text-bold margin-y-0">{figure.value}</p>
                <p className="margin-y-0">{figure.label}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      <div className="grid-row grid-gap-lg">
        <div className="desktop:grid-col-6 grid-col-12">
          <BarChart title="Operations by status" data={statusBars(report.byStatus)} valueLabel="Operations" />
        </div>
        <div className="desktop:grid-col-6 grid-col-12">
          <BarChart title="Incidents by type" data={incidentBars(report.incidents)} valueLabel="Incidents" />
        </div>
      </div>
    </section>
  );
}
