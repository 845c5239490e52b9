import { useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import { reportPeriodInWords } from '@jointops/domain';
import { EffectivenessDocument } from '@jointops/web-data';
import { useSearchParams } from 'react-router';
import { useMe } from '../plans/useMe';
import { errorMessage } from '../shared/errors';
import { mayReadEffectiveness, operationsBehind, periodProblem, periodVariables, readsEveryOperation, stateFrom, type FigureKey } from './effectiveness-model';
import { FigureCards } from './FigureCards';
import { OperationsTable } from './OperationsTable';
import { PeriodForm, type PeriodChoice } from './PeriodForm';

/**
 * `/effectiveness` (and `/oversight/effectiveness`): how the closed operations of a period went.
 * Oversight staff see every operation and may narrow to one agency; agency leads see their own
 * agency's. Anyone else is told so and the report is never requested. Period, agency and the
 * figure whose operations are listed are in the URL (default: the last twelve months).
 */
export function EffectivenessPage({ now }: { now?: Date } = {}) {
  const { me } = useMe();
  if (!me) return null;
  if (!mayReadEffectiveness(me)) {
    return (
      <>
        <PageHeading>Effectiveness</PageHeading>
        <p>The effectiveness dashboard is for oversight staff and agency leads.</p>
      </>
    );
  }
  return <EffectivenessDashboard everyOperation={readsEveryOperation(me)} now={now} />;
}

function EffectivenessDashboard({ everyOperation, now }: { everyOperation: boolean; now?: Date }) {
  const [params, setParams] = useSearchParams();
  const state = stateFrom(params, now);
  const valid = periodProblem(state.period) === null;
  const { data, error, loading } = useQuery(EffectivenessDocument, {
    variables: { ...periodVariables(state.period), agencyId: everyOperation ? state.agencyId : null },
    skip: !valid,
    fetchPolicy: 'network-only',
  });
  // Only the figures of the period asked for: never the previous period's while the next loads.
  const bounds = periodVariables(state.period);
  const report = valid && data && Date.parse(data.effectiveness.from) === Date.parse(bounds.from) && Date.parse(data.effectiveness.to) === Date.parse(bounds.to) ? data.effectiveness : null;

  const searchWith = (figure: FigureKey | null) => {
    const next = new URLSearchParams(params);
    if (figure) next.set('figure', figure);
    else next.delete('figure');
    return `?${next.toString()}`;
  };
  const apply = ({ period, agencyId }: PeriodChoice) => {
    const next = new URLSearchParams({ from: period.from, to: period.to });
    if (agencyId) next.set('agency', agencyId);
    setParams(next);
  };

  return (
    <>
      <title>Effectiveness · JointOps</title>
      <PageHeading lead={everyOperation ? 'How the closed operations of a period went, across every agency.' : "How the closed operations your agency took part in went."}>Effectiveness</PageHeading>
      <PeriodForm key={params.toString()} value={{ period: state.period, agencyId: state.agencyId }} agencyFilter={everyOperation} onApply={apply} />
      {!valid ? (
        <Alert type="warning" slim>
          <p className="usa-alert__text">{periodProblem(state.period)} No figures are shown until the period is corrected.</p>
        </Alert>
      ) : null}
      {error && !report ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The figures could not be loaded. {errorMessage(error)}</p>
        </Alert>
      ) : null}
      {loading && !report ? <p role="status">Loading the figures…</p> : null}
      {report ? (
        <section aria-labelledby="effectiveness-period" data-testid="effectiveness-report">
          <h2 id="effectiveness-period">{reportPeriodInWords(state.period)}</h2>
          <FigureCards report={report} search={searchWith} />
          <OperationsTable rows={operationsBehind(report, state.figure)} total={report.operations} figure={state.figure} everyOperation={everyOperation} clearSearch={searchWith(null)} />
        </section>
      ) : null}
    </>
  );
}
