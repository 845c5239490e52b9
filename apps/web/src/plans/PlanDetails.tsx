import { enumLabel, OPERATION_TYPE_LABELS, timeZoneLabel } from '@jointops/domain';
import { Button } from '@trussworks/react-uswds';
import { LiveStatus } from '@jointops/ui';
import { useState } from 'react';
import { focusWhenShown } from '../shared/focus';
import { formatWindow } from './plan-format';
import { PlanDetailsForm } from './PlanDetailsForm';
import type { WorkspacePlan } from './workspace-types';

/** Title, summary and window, with an edit form for those who may edit. */
export function PlanDetails({ plan, canEdit }: { plan: WorkspacePlan; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section aria-labelledby="plan-details-heading">
      <h2 id="plan-details-heading">Details</h2>
      <LiveStatus message={status} />
      {editing && canEdit ? (
        <PlanDetailsForm
          plan={plan}
          onDone={(message) => {
            setEditing(false);
            setStatus(message ?? null);
            // Saved or cancelled: back to the Edit details button, not to the page's start.
            void focusWhenShown('plan-details-edit');
          }}
        />
      ) : (
        <>
          <dl className="jo-details">
            <dt className="text-bold">Summary</dt>
            <dd className="margin-left-0 margin-bottom-2 text-pre-wrap">{plan.summary || <span className="text-base">No summary yet.</span>}</dd>
            <dt className="text-bold">Window</dt>
            <dd className="margin-left-0 margin-bottom-2">{formatWindow(plan.startsAt, plan.endsAt, plan.timeZone)}</dd>
            <dt className="text-bold">Operation type</dt>
            <dd className="margin-left-0 margin-bottom-2">{plan.operationType ? enumLabel(OPERATION_TYPE_LABELS, plan.operationType) : <span className="text-base">Not chosen yet: the plan cannot go to review without one.</span>}</dd>
            <dt className="text-bold">Time zone</dt>
            <dd className="margin-left-0 margin-bottom-2">{timeZoneLabel(plan.timeZone)}: every time of this plan is shown and printed in it.</dd>
          </dl>
          {canEdit ? (
            <Button
              id="plan-details-edit"
              type="button"
              outline
              onClick={() => {
                setStatus(null);
                setEditing(true);
              }}
            >
              Edit details
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
