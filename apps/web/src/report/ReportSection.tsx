import { useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { LiveStatus, StackedBarChart } from '@jointops/ui';
import { ReportSectionDocument } from '@jointops/web-data';
import { useRef, useState } from 'react';
import { IncidentList, TextList } from '../debrief/FindingLists';
import { DownloadPdfButton } from '../exports/DownloadPdfButton';
import { afterActionAccess } from '../shared/after-action-access';
import { useWorkspace } from '../plans/workspace-context';
import { errorMessage } from '../shared/errors';
import { focusWhenShown } from '../shared/focus';
import { usePlanTime } from '../shared/plan-time';
import { FinalizeReport } from './FinalizeReport';
import { ReportCorrectiveActions } from './ReportCorrectiveActions';
import { ReportTimeline } from './ReportTimeline';
import { SUMMARY_FIELD_ID, SummaryEditor } from './SummaryEditor';
import { debriefsOutstandingSentence, useDebriefsOutstanding } from './useDebriefsOutstanding';
import { useReportMutations } from './useReportMutations';

export const OUTCOME_SERIES = [
  // Green dark enough for its white figures (4.6:1; USWDS green-cool-60v).
  { key: 'met', label: 'Met', color: '#008817' },
  { key: 'partiallyMet', label: 'Partially met', color: '#ffbe2e', textColor: '#1b1b1b' },
  { key: 'notMet', label: 'Not met', color: '#b50909' },
  { key: 'notAttempted', label: 'Not attempted', color: '#71767a' },
];

const SUMMARY_TEXT_ID = 'report-summary-text';
const EDIT_SUMMARY_ID = 'edit-report-summary';

const debriefs = (count: number) => `${count} submitted debrief${count === 1 ? '' : 's'}`;

/** `/plans/:id/report`: the after-action report, drafted from debriefs and actuals, edited and finalized by the lead agency. */
export function ReportSection() {
  const { plan, me } = useWorkspace();
  const access = afterActionAccess(plan, me);
  const { data, loading, error } = useQuery(ReportSectionDocument, { variables: { id: plan.id } });
  const mutations = useReportMutations(plan.id);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editingSummary, setEditingSummary] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const time = usePlanTime();
  const zoneLabel = time.name;
  const report = data?.plan?.afterActionReport ?? null;
  const final = Boolean(report?.finalizedAt) || plan.status === 'CLOSED';
  const editable = access.canEditReport && !final;
  // Debriefs can still come in while the plan is COMPLETED; once it is closed they cannot.
  const outstanding = useDebriefsOutstanding(plan.id, { skip: plan.status !== 'COMPLETED' || !report });

  const draft = async () => {
    setBusy(true);
    setActionError(null);
    try {
      await mutations.draft();
      setStatus(report ? 'Report rebuilt from the submitted debriefs and recorded actuals.' : 'Report drafted from the submitted debriefs and recorded actuals.');
      // The button was disabled while it worked (and Draft report gives way to the report): focus
      // goes to the report's heading, not to the page's start.
      headingRef.current?.focus();
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  if (!data && loading) return <p role="status">Loading the report…</p>;
  if (error && !data) {
    return (
      <Alert type="error" slim role="alert">
        The report could not be loaded. {errorMessage(error)}
      </Alert>
    );
  }

  const heading = (
    <h2 id="report-heading" ref={headingRef} tabIndex={-1} className="margin-top-0">
      After-action report
    </h2>
  );

  if (plan.status !== 'COMPLETED' && plan.status !== 'CLOSED') {
    return (
      <section aria-labelledby="report-heading">
        {heading}
        <p>The after-action report is drafted once the plan is completed.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="report-heading">
      {heading}
      {report ? (
        <p>
          <DownloadPdfButton href={`/export/plans/${plan.id}/after-action.pdf`} label="Download report PDF" />
        </p>
      ) : null}
      <LiveStatus message={status} />
      {actionError ? (
        <Alert type="error" slim role="alert">
          {actionError}
        </Alert>
      ) : null}
      {!report ? (
        <div>
          <p>No report yet. Drafting builds it from the submitted debriefs and the recorded actuals.</p>
          {access.canEditReport ? (
            <Button type="button" disabled={busy} onClick={() => void draft()}>
              Draft report
            </Button>
          ) : (
            <p className="font-body-xs text-base-dark">Planners and agency leads of the lead agency draft the report.</p>
          )}
        </div>
      ) : (
        <>
          <p className="margin-top-0" data-testid="report-meta">
            Built from {debriefs(report.debriefCount)}.{' '}
            {report.finalizedAt ? (
              <>
                Finalized <time dateTime={report.finalizedAt}>{time.format(report.finalizedAt)}</time>
                {report.finalizedBy ? ` by ${report.finalizedBy.displayName}` : ''}; the plan is closed.
              </>
            ) : (
              <>
                Draft.
                {outstanding ? <span data-testid="report-outstanding"> {debriefsOutstandingSentence(outstanding)}</span> : null}
              </>
            )}
          </p>
          {editable ? (
            <Button type="button" outline disabled={busy} onClick={() => void draft()}>
              Rebuild from debriefs
            </Button>
          ) : null}

          <h3>Summary</h3>
          {editingSummary && editable ? (
            <SummaryEditor
              report={report}
              onCancel={() => {
                setEditingSummary(false);
                void focusWhenShown(EDIT_SUMMARY_ID);
              }}
              onSave={async (summary, version) => {
                await mutations.updateSummary(report.id, version, summary);
                setEditingSummary(false);
                setStatus('Summary saved.');
                // Focus goes to the saved summary, not back to <body>.
                void focusWhenShown(SUMMARY_TEXT_ID);
              }}
            />
          ) : (
            <>
              <p id={SUMMARY_TEXT_ID} className="jo-user-text">
                {report.summary || <span className="text-base-dark">No summary yet.</span>}
              </p>
              {editable ? (
                <Button type="button" unstyled id={EDIT_SUMMARY_ID} onClick={() => setEditingSummary(true)}>
                  Edit summary
                </Button>
              ) : null}
            </>
          )}

          <h3>Objective outcomes</h3>
          <StackedBarChart
            title={`Objective outcomes across ${report.debriefCount} debrief${report.debriefCount === 1 ? '' : 's'}`}
            rowHeader="Objective"
            series={OUTCOME_SERIES}
            rows={report.objectiveResults.map((r) => ({ label: r.objective.title, values: { met: r.met, partiallyMet: r.partiallyMet, notMet: r.notMet, notAttempted: r.notAttempted } }))}
          />

          <h3>Planned and actual timeline</h3>
          <ReportTimeline deviations={report.timelineDeviations} zoneLabel={zoneLabel} />

          <h3>Incidents</h3>
          <IncidentList incidents={report.incidents} empty="None reported." />
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-6 grid-col-12">
              <h3>Strengths</h3>
              <TextList items={report.strengths} />
            </div>
            <div className="tablet:grid-col-6 grid-col-12">
              <h3>Improvements</h3>
              <TextList items={report.improvements} />
            </div>
          </div>

          <ReportCorrectiveActions report={report} plan={plan} me={me} canAdd={editable} mutations={mutations} onStatus={setStatus} />

          {editable ? (
            <div className="margin-top-4">
              <FinalizeReport
                version={report.version}
                summary={report.summary}
                debriefsOutstanding={outstanding}
                // The editor opens with focus in the summary; if it is open already, focus goes there.
                onWriteSummary={() => (editingSummary ? document.getElementById(SUMMARY_FIELD_ID)?.focus() : setEditingSummary(true))}
                onFinalize={async (version) => {
                  await mutations.finalize(report.id, version);
                  setStatus('Report finalized. The plan is closed.');
                  headingRef.current?.focus();
                }}
              />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
