import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { isActionOverdue } from '@jointops/domain';
import { DataTable, EmptyState, LiveStatus, PageHeading } from '@jointops/ui';
import { AllAgenciesDocument, CorrectiveActionsPageDocument, UpdateCorrectiveActionDocument, type ActionStatus, type CorrectiveActionsPageQuery } from '@jointops/web-data';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../shared/errors';
import { focusOn } from '../shared/focus';
import { useMe } from '../plans/useMe';
import { formatCalendarDate } from '../timeline/time';
import { ActionStatusTags, ActionTiming } from './ActionStatusTags';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, actionErrorMessage, mayUpdateAction } from './corrective-action-model';

type Action = CorrectiveActionsPageQuery['correctiveActions'][number];

/**
 * The status of one action, changed in place: choosing a status (by mouse, or with the arrow keys,
 * which change a closed select one step at a time) only picks it; Save sends it.
 */
function StatusChanger({ action, onError, onSaved }: { action: Action; onError: (message: string | null) => void; onSaved: (message: string, actionId: string) => void }) {
  const [mutate, { loading }] = useMutation(UpdateCorrectiveActionDocument);
  const [chosen, setChosen] = useState<ActionStatus | null>(null);
  const pending = chosen !== null && chosen !== action.status ? chosen : null;
  // Saved: the Save button goes, so focus returns to the status it saved, once the select is enabled again.
  const selectRef = useRef<HTMLSelectElement>(null);
  const [justSaved, setJustSaved] = useState(false);
  useEffect(() => {
    if (!justSaved || loading || !selectRef.current) return;
    focusOn(selectRef.current);
    setJustSaved(false);
  }, [justSaved, loading]);
  const save = (status: ActionStatus) => {
    onError(null);
    // The version shown in the row when the user chose.
    mutate({ variables: { id: action.id, expectedVersion: action.version, patch: { status } } })
      .then(() => {
        setChosen(null);
        setJustSaved(true);
        onSaved(`"${action.title}" is now ${ACTION_STATUS_LABELS[status]}.`, action.id);
      })
      .catch((err) => onError(`"${action.title}": ${actionErrorMessage(err)}`));
  };
  return (
    <>
      <select
        ref={selectRef}
        className="usa-select margin-top-0 width-auto"
        aria-label={`Status of ${action.title}`}
        value={pending ?? action.status}
        disabled={loading}
        onChange={(e) => setChosen(e.target.value as ActionStatus)}
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ACTION_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      {pending ? (
        <Button type="button" className="margin-left-1 margin-top-0" disabled={loading} onClick={() => save(pending)} aria-label={`Save the status of ${action.title}`}>
          {loading ? 'Saving…' : 'Save'}
        </Button>
      ) : null}
    </>
  );
}

/** `/corrective-actions`: corrective actions across every operation the caller may see, with filters and inline status. */
export function CorrectiveActionsPage({ now }: { now?: number } = {}) {
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agency') || null;
  const statusParam = params.get('status');
  const status = ACTION_STATUSES.includes(statusParam as ActionStatus) ? (statusParam as ActionStatus) : null;
  const overdueOnly = params.get('overdue') === '1';
  const { me } = useMe();
  const agencies = useQuery(AllAgenciesDocument);
  const { data, loading, error } = useQuery(CorrectiveActionsPageDocument, { variables: { agencyId, status } });
  const [message, setMessage] = useState('');
  const [rowError, setRowError] = useState<string | null>(null);
  const at = now ?? Date.now();
  const all = data?.correctiveActions ?? [];
  const actions = overdueOnly ? all.filter((a) => isActionOverdue(a, at)) : all;
  const overdueCount = all.filter((a) => isActionOverdue(a, at)).length;
  const mayChange = (action: Action) => (me ? mayUpdateAction({ roles: me.roles, agencyId: me.agency.id }, action.ownerAgency.id, action.plan.leadAgency.id) : false);
  // A saved status that takes its row out of the filtered list ("Done" under "Overdue only"): focus
  // would fall to the page, so it goes to the message saying what was saved.
  const [saved, setSaved] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const savedLeft = saved !== null && !actions.some((action) => action.id === saved);
  useEffect(() => {
    if (!savedLeft || !statusRef.current) return;
    focusOn(statusRef.current);
    setSaved(null);
  }, [savedLeft]);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <title>Corrective actions · JointOps</title>
      <PageHeading lead="What the after-action reports asked each agency to fix, across every operation you can see.">Corrective actions</PageHeading>
      <form className="usa-form maxw-full display-flex flex-wrap flex-align-end margin-bottom-2" role="search" aria-label="Filter corrective actions" onSubmit={(e) => e.preventDefault()}>
        <div className="usa-form-group margin-right-2 margin-top-0">
          <label className="usa-label" htmlFor="ca-agency">
            Owner agency
          </label>
          <select id="ca-agency" className="usa-select" value={agencyId ?? ''} onChange={(e) => setParam('agency', e.target.value || null)}>
            <option value="">All agencies</option>
            {(agencies.data?.agencies ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName} — {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="usa-form-group margin-right-2 margin-top-0">
          <label className="usa-label" htmlFor="ca-status">
            Status
          </label>
          <select id="ca-status" className="usa-select" value={status ?? ''} onChange={(e) => setParam('status', e.target.value || null)}>
            <option value="">Any status</option>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="usa-checkbox margin-top-2 margin-bottom-1 bg-transparent">
          <input id="ca-overdue" className="usa-checkbox__input" type="checkbox" checked={overdueOnly} onChange={(e) => setParam('overdue', e.target.checked ? '1' : null)} />
          <label className="usa-checkbox__label" htmlFor="ca-overdue">
            Overdue only
          </label>
        </div>
      </form>
      <div ref={statusRef}>
        <LiveStatus message={message} />
      </div>
      {rowError ? (
        <Alert type="error" slim role="alert">
          {rowError}
        </Alert>
      ) : null}
      {error && !data ? (
        <Alert type="error" slim role="alert">
          Corrective actions could not be loaded. {errorMessage(error)}
        </Alert>
      ) : !data && loading ? (
        <p role="status">Loading corrective actions…</p>
      ) : actions.length === 0 ? (
        <EmptyState heading="No corrective actions match" headingLevel="h2">
          <p>Corrective actions are added to after-action reports once an operation is completed.</p>
        </EmptyState>
      ) : (
        <>
          {!me || actions.some(mayChange) ? null : (
            <p className="font-body-xs text-base-dark" data-testid="read-only-note">
              You can read these actions. Planners and agency leads of an action&rsquo;s owner agency, or of the operation&rsquo;s lead agency, update its status.
            </p>
          )}
          <DataTable
            fullWidth
            stackedStyle="headers"
            caption={`${actions.length} corrective action${actions.length === 1 ? '' : 's'}${overdueCount ? `, ${overdueCount} overdue` : ''}.`}
            columns={['Corrective action', 'Operation', 'Owner agency', 'Due', 'Status']}
          >
            {actions.map((action) => {
              const canChange = mayChange(action);
              return (
                <tr key={action.id} data-testid="action-row">
                  <th scope="row" data-label="Corrective action" className="jo-user-text">
                    {action.title}
                    {action.notes ? <div className="font-body-2xs text-normal text-base-dark">{action.notes}</div> : null}
                  </th>
                  <td data-label="Operation">
                    <Link to={`/plans/${action.plan.id}/report`}>{action.plan.title}</Link>
                  </td>
                  <td data-label="Owner agency">
                    <abbr title={action.ownerAgency.name}>{action.ownerAgency.shortName}</abbr>
                  </td>
                  <td data-label="Due" className="text-no-wrap">
                    <time dateTime={action.dueDate}>{formatCalendarDate(action.dueDate)}</time>
                  </td>
                  <td data-label="Status">
                    {canChange ? (
                      <div className="display-flex flex-align-center flex-wrap">
                        <StatusChanger
                          action={action}
                          onError={setRowError}
                          onSaved={(text, id) => {
                            setMessage(text);
                            setSaved(id);
                          }}
                        />
                        <ActionTiming action={action} now={at} />
                      </div>
                    ) : (
                      <ActionStatusTags action={action} now={at} />
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </>
      )}
    </>
  );
}
