import { Button } from '@trussworks/react-uswds';
import type { AfterActionReportFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { ActionStatusTags } from '../corrective-actions/ActionStatusTags';
import { mayUpdateAction } from '../corrective-actions/corrective-action-model';
import { CorrectiveActionForm } from '../corrective-actions/CorrectiveActionForm';
import type { WorkspaceMe, WorkspacePlan } from '../plans/workspace-types';
import { focusWhenShown } from '../shared/focus';
import { formatCalendarDate } from '../timeline/time';
import type { ReportMutations } from './useReportMutations';

type Report = AfterActionReportFieldsFragment;

export interface ReportCorrectiveActionsProps {
  report: Report;
  plan: WorkspacePlan;
  me: WorkspaceMe;
  /** Lead-agency editors may add actions while the report is a draft. */
  canAdd: boolean;
  mutations: Pick<ReportMutations, 'addAction' | 'updateAction'>;
  onStatus: (message: string) => void;
}

const ADD_ACTION_ID = 'add-corrective-action';
const actionItemId = (id: string) => `corrective-action-${id}`;
const editActionId = (id: string) => `edit-corrective-action-${id}`;

/** The report's corrective actions: each with owner, due date and status; edit and add where allowed. */
export function ReportCorrectiveActions({ report, plan, me, canAdd, mutations, onStatus }: ReportCorrectiveActionsProps) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  /** Closes the form; focus goes to `focusId` (the saved action, or the button that opened the form), not back to <body>. */
  const close = (focusId: string) => {
    setEditing(null);
    void focusWhenShown(focusId);
  };
  return (
    <>
      <h3 id="corrective-actions-heading">Corrective actions</h3>
      {report.correctiveActions.length === 0 ? <p>None yet.</p> : null}
      <ul className="usa-list usa-list--unstyled" aria-labelledby="corrective-actions-heading">
        {report.correctiveActions.map((action) => (
          <li key={action.id} id={actionItemId(action.id)} className="border-bottom-1px border-base-lighter padding-y-1">
            {editing === action.id ? (
              <CorrectiveActionForm
                idPrefix={`action-${action.id}`}
                agencies={plan.agencies}
                action={action}
                onCancel={() => close(editActionId(action.id))}
                onSave={async (values, expectedVersion) => {
                  await mutations.updateAction(action.id, expectedVersion ?? action.version, {
                    title: values.title,
                    ownerAgencyId: values.ownerAgencyId,
                    dueDate: values.dueDateIso,
                    status: values.status,
                    notes: values.notes,
                  });
                  close(actionItemId(action.id));
                  onStatus(`Saved: corrective action "${values.title}".`);
                }}
              />
            ) : (
              <div className="display-flex flex-wrap flex-justify">
                <div className="jo-user-text">
                  <span className="text-bold">{action.title}</span>
                  <div className="font-body-xs">
                    Owner {action.ownerAgency.shortName} · due {formatCalendarDate(action.dueDate)} · <ActionStatusTags action={action} />
                  </div>
                  {action.notes ? <div className="font-body-xs text-base-dark">{action.notes}</div> : null}
                </div>
                {mayUpdateAction(me, action.ownerAgency.id, plan.leadAgency.id) ? (
                  <Button type="button" unstyled id={editActionId(action.id)} aria-label={`Edit corrective action ${action.title}`} onClick={() => setEditing(action.id)}>
                    Edit
                  </Button>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ul>
      {canAdd ? (
        editing === 'new' ? (
          <CorrectiveActionForm
            idPrefix="action-new"
            agencies={plan.agencies}
            onCancel={() => close(ADD_ACTION_ID)}
            onSave={async (values) => {
              const id = await mutations.addAction(report.id, { title: values.title, ownerAgencyId: values.ownerAgencyId, dueDate: values.dueDateIso, notes: values.notes });
              // After an add, focus moves to the new item.
              close(id ? actionItemId(id) : ADD_ACTION_ID);
              onStatus(`Added corrective action "${values.title}".`);
            }}
          />
        ) : (
          <Button type="button" outline id={ADD_ACTION_ID} onClick={() => setEditing('new')}>
            Add a corrective action
          </Button>
        )
      ) : null}
    </>
  );
}
