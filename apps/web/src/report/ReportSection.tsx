import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Table } from '@trussworks/react-uswds';
import { LiveStatus, StackedBarChart, TextField } from '@jointops/ui';
import {
  AddCorrectiveActionDocument,
  DraftAfterActionReportDocument,
  FinalizeAfterActionReportDocument,
  ReportSectionDocument,
  UpdateAfterActionReportDocument,
  UpdateCorrectiveActionDocument,
  type AfterActionReportFieldsFragment,
} from '@jointops/web-data';
import { useRef, useState } from 'react';
import { messageOf } from '../checklist/server-errors';
import { useRefreshPlanMeta } from '../checklist/useRefreshPlanMeta';
import { ActionStatusTags } from '../corrective-actions/ActionStatusTags';
import { mayUpdateAction } from '../corrective-actions/corrective-action-model';
import { CorrectiveActionForm } from '../corrective-actions/CorrectiveActionForm';
import { INCIDENT_LABELS } from '../debrief/debrief-model';
import { afterActionAccess } from '../operation/after-action-access';
import { DownloadPdfButton } from '../exports/DownloadPdfButton';
import { conflictMessage } from '../operation/conflict';
import { generalErrorMessage } from '../plans/form-errors';
import { useWorkspace } from '../plans/workspace-context';
import { formatCalendarDate, formatDateTime, timeZoneName, zoneAbbreviation } from '../timeline/time';

type Report = AfterActionReportFieldsFragment;

export const OUTCOME_SERIES = [
  { key: 'met', label: 'Met', color: '#00a91c' },
  { key: 'partiallyMet', label: 'Partially met', color: '#ffbe2e', textColor: '#1b1b1b' },
  { key: 'notMet', label: 'Not met', color: '#b50909' },
  { key: 'notAttempted', label: 'Not attempted', color: '#71767a' },
];

const slip = (m: number | null | undefined) => (m === null || m === undefined ? '—' : m === 0 ? '0' : m > 0 ? `+${m}` : String(m));

function SummaryEditor({ report, onSave, onCancel }: { report: Report; onSave: (summary: string, version: number) => Promise<void>; onCancel: () => void }) {
  // The version the user opened the editor on.
  const [opened] = useState(report);
  const [summary, setSummary] = useState(opened.summary);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="usa-form maxw-full"
      aria-label="Edit the summary"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        onSave(summary, opened.version).catch((err) => {
          setError(conflictMessage(err) ?? messageOf(err));
          setBusy(false);
        });
      }}
    >
      {error ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{error}</p>
          </div>
        </div>
      ) : null}
      <TextField id="report-summary" label="Summary" multiline value={summary} onChange={setSummary} hint="Key findings and lessons: this text is searchable on the Lessons page once the report is final." />
      <Button type="submit" disabled={busy} className="margin-top-1">
        {busy ? 'Saving…' : 'Save summary'}
      </Button>
      <Button type="button" unstyled onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
    </form>
  );
}

function FinalizeReport({ report, onFinalize }: { report: Report; onFinalize: (version: number) => Promise<void> }) {
  const [asking, setAsking] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (asking === null) {
    return (
      <Button type="button" secondary onClick={() => setAsking(report.version)}>
        Finalize report
      </Button>
    );
  }
  return (
    <div className="usa-alert usa-alert--warning" role="group" aria-label="Confirm finalizing the report">
      <div className="usa-alert__body">
        <h4 className="usa-alert__heading">Finalize the after-action report?</h4>
        <p className="usa-alert__text">
          Finalizing closes the plan: it becomes <strong>CLOSED</strong> and read-only for everyone, and the report can no longer be edited. Corrective actions stay open for tracking on the Corrective actions page.
        </p>
        {error ? (
          <p className="usa-alert__text text-secondary-dark" role="alert">
            {error}
          </p>
        ) : null}
        <Button
          type="button"
          secondary
          disabled={busy}
          onClick={() => {
            setBusy(true);
            onFinalize(asking).catch((err) => {
              setError(conflictMessage(err) ? 'The report changed since you opened this. Cancel and check it, then finalize again.' : messageOf(err));
              setBusy(false);
            });
          }}
        >
          {busy ? 'Finalizing…' : 'Yes, finalize and close the plan'}
        </Button>
        <Button type="button" unstyled disabled={busy} onClick={() => setAsking(null)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

/** `/plans/:id/report`: the after-action report, drafted from debriefs and actuals, edited and finalized by the lead agency. */
export function ReportSection() {
  const { plan, me } = useWorkspace();
  const access = afterActionAccess(plan, me);
  const { data, loading, error } = useQuery(ReportSectionDocument, { variables: { id: plan.id } });
  const refreshMeta = useRefreshPlanMeta(plan.id);
  const [draftMutation] = useMutation(DraftAfterActionReportDocument);
  const [updateMutation] = useMutation(UpdateAfterActionReportDocument);
  const [addActionMutation] = useMutation(AddCorrectiveActionDocument);
  const [updateActionMutation] = useMutation(UpdateCorrectiveActionDocument);
  const [finalizeMutation] = useMutation(FinalizeAfterActionReportDocument);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editingSummary, setEditingSummary] = useState(false);
  const [editingAction, setEditingAction] = useState<string | 'new' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const zoneLabel = `${timeZoneName()} (${zoneAbbreviation()})`;
  const report = data?.plan?.afterActionReport ?? null;
  const final = Boolean(report?.finalizedAt) || plan.status === 'CLOSED';

  const draft = async () => {
    setBusy(true);
    setActionError(null);
    try {
      await draftMutation({
        variables: { planId: plan.id },
        update: (cache, { data: result }) => {
          const drafted = result?.draftAfterActionReport;
          if (!drafted) return;
          cache.modify({
            id: cache.identify({ __typename: 'Plan', id: plan.id }),
            fields: { afterActionReport: (_: unknown, { toReference }) => toReference({ __typename: 'AfterActionReport', id: drafted.id }) ?? null },
          });
        },
      });
      setStatus(report ? 'Report rebuilt from the submitted debriefs and recorded actuals.' : 'Report drafted from the submitted debriefs and recorded actuals.');
    } catch (err) {
      setActionError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (!data && loading) return <p role="status">Loading the report…</p>;
  if (error && !data) {
    return (
      <Alert type="error" slim role="alert">
        The report could not be loaded. {generalErrorMessage(error)}
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
            Built from {report.debriefCount} submitted debrief{report.debriefCount === 1 ? '' : 's'}.{' '}
            {report.finalizedAt ? (
              <>
                Finalized <time dateTime={report.finalizedAt}>{formatDateTime(report.finalizedAt)}</time>
                {report.finalizedBy ? ` by ${report.finalizedBy.displayName}` : ''}; the plan is closed.
              </>
            ) : (
              'Draft.'
            )}
          </p>
          {access.canEditReport && !final ? (
            <Button type="button" outline disabled={busy} onClick={() => void draft()}>
              Rebuild from debriefs
            </Button>
          ) : null}

          <h3>Summary</h3>
          {editingSummary && access.canEditReport && !final ? (
            <SummaryEditor
              report={report}
              onCancel={() => setEditingSummary(false)}
              onSave={async (summary, version) => {
                await updateMutation({ variables: { id: report.id, expectedVersion: version, summary } });
                setEditingSummary(false);
                setStatus('Summary saved.');
              }}
            />
          ) : (
            <>
              <p style={{ whiteSpace: 'pre-wrap' }}>{report.summary || <span className="text-base-dark">No summary yet.</span>}</p>
              {access.canEditReport && !final ? (
                <Button type="button" unstyled onClick={() => setEditingSummary(true)}>
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
          {report.timelineDeviations.length === 0 ? (
            <p>No timeline events.</p>
          ) : (
            <Table fullWidth compact scrollable caption={`Deviation from the plan in minutes (+ late, − early). Times in ${zoneLabel}.`}>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Start, planned / actual</th>
                  <th scope="col">Start slip (min)</th>
                  <th scope="col">End, planned / actual</th>
                  <th scope="col">End slip (min)</th>
                </tr>
              </thead>
              <tbody>
                {report.timelineDeviations.map((d) => {
                  const late = (d.startSlipMinutes ?? 0) > 0 || (d.endSlipMinutes ?? 0) > 0;
                  const cell = late ? 'bg-secondary-lighter' : undefined;
                  return (
                    <tr key={d.event.id} data-testid={late ? 'late-row' : undefined}>
                      <th scope="row" className={cell}>
                        {d.event.title}
                        {late ? <span className="usa-tag bg-secondary-dark margin-left-1">Late</span> : null}
                      </th>
                      <td className={cell}>
                        {formatDateTime(d.event.startsAt)}
                        <br />
                        {d.event.actualStartsAt ? formatDateTime(d.event.actualStartsAt) : 'Not recorded'}
                      </td>
                      <td className={`${cell ?? ''}${(d.startSlipMinutes ?? 0) > 0 ? ' text-bold' : ''}`}>{slip(d.startSlipMinutes)}</td>
                      <td className={cell}>
                        {formatDateTime(d.event.endsAt)}
                        <br />
                        {d.event.actualEndsAt ? formatDateTime(d.event.actualEndsAt) : 'Not recorded'}
                      </td>
                      <td className={`${cell ?? ''}${(d.endSlipMinutes ?? 0) > 0 ? ' text-bold' : ''}`}>{slip(d.endSlipMinutes)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}

          <h3>Incidents</h3>
          {report.incidents.length ? (
            <ul className="usa-list">
              {report.incidents.map((i, n) => (
                <li key={n}>
                  <span className="text-bold">{INCIDENT_LABELS[i.type]}</span>, <time dateTime={i.occurredAt}>{formatDateTime(i.occurredAt)}</time>: {i.description}
                  {i.reportedTo ? ` (reported to ${i.reportedTo})` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>None reported.</p>
          )}
          <div className="grid-row grid-gap">
            <div className="tablet:grid-col-6 grid-col-12">
              <h3>Strengths</h3>
              {report.strengths.length ? (
                <ul className="usa-list">
                  {report.strengths.map((s, n) => (
                    <li key={n}>{s}</li>
                  ))}
                </ul>
              ) : (
                <p>None.</p>
              )}
            </div>
            <div className="tablet:grid-col-6 grid-col-12">
              <h3>Improvements</h3>
              {report.improvements.length ? (
                <ul className="usa-list">
                  {report.improvements.map((s, n) => (
                    <li key={n}>{s}</li>
                  ))}
                </ul>
              ) : (
                <p>None.</p>
              )}
            </div>
          </div>

          <h3 id="corrective-actions-heading">Corrective actions</h3>
          {report.correctiveActions.length === 0 ? <p>None yet.</p> : null}
          <ul className="usa-list usa-list--unstyled" aria-labelledby="corrective-actions-heading">
            {report.correctiveActions.map((action) => (
              <li key={action.id} className="border-bottom-1px border-base-lighter padding-y-1">
                {editingAction === action.id ? (
                  <CorrectiveActionForm
                    idPrefix={`action-${action.id}`}
                    agencies={plan.agencies}
                    action={action}
                    onCancel={() => setEditingAction(null)}
                    onSave={async (values, expectedVersion) => {
                      await updateActionMutation({
                        variables: {
                          id: action.id,
                          expectedVersion: expectedVersion ?? action.version,
                          patch: { title: values.title, ownerAgencyId: values.ownerAgencyId, dueDate: values.dueDateIso, status: values.status, notes: values.notes },
                        },
                      });
                      setEditingAction(null);
                      setStatus(`Saved: corrective action "${values.title}".`);
                    }}
                  />
                ) : (
                  <div className="display-flex flex-wrap flex-justify">
                    <div>
                      <span className="text-bold">{action.title}</span>
                      <div className="font-body-xs">
                        Owner {action.ownerAgency.shortName} · due {formatCalendarDate(action.dueDate)} · <ActionStatusTags action={action} />
                      </div>
                      {action.notes ? <div className="font-body-xs text-base-dark">{action.notes}</div> : null}
                    </div>
                    {mayUpdateAction(me, action.ownerAgency.id, plan.leadAgency.id) ? (
                      <Button type="button" unstyled aria-label={`Edit corrective action ${action.title}`} onClick={() => setEditingAction(action.id)}>
                        Edit
                      </Button>
                    ) : null}
                  </div>
                )}
              </li>
            ))}
          </ul>
          {access.canEditReport && !final ? (
            editingAction === 'new' ? (
              <CorrectiveActionForm
                idPrefix="action-new"
                agencies={plan.agencies}
                onCancel={() => setEditingAction(null)}
                onSave={async (values) => {
                  await addActionMutation({
                    variables: { reportId: report.id, input: { title: values.title, ownerAgencyId: values.ownerAgencyId, dueDate: values.dueDateIso, notes: values.notes } },
                    update: (cache, { data: result }) => {
                      const added = result?.addCorrectiveAction;
                      if (!added) return;
                      cache.modify({
                        id: cache.identify({ __typename: 'AfterActionReport', id: report.id }),
                        fields: {
                          correctiveActions: (existing: readonly Reference[] = [], { toReference }) => {
                            const ref = toReference({ __typename: 'CorrectiveAction', id: added.id });
                            return !ref || existing.some((r) => r.__ref === ref.__ref) ? existing : [...existing, ref];
                          },
                        },
                      });
                    },
                  });
                  setEditingAction(null);
                  setStatus(`Added corrective action "${values.title}".`);
                }}
              />
            ) : (
              <Button type="button" outline onClick={() => setEditingAction('new')}>
                Add a corrective action
              </Button>
            )
          ) : null}

          {access.canEditReport && !final ? (
            <div className="margin-top-4">
              <FinalizeReport
                report={report}
                onFinalize={async (version) => {
                  await finalizeMutation({ variables: { id: report.id, expectedVersion: version } });
                  refreshMeta();
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

