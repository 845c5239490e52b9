import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { TextField } from '@jointops/ui';
import { ActivatePlanDocument, CancelPlanDocument, CompletePlanDocument, SubmitPlanForReviewDocument, type PlanStatus } from '@jointops/web-data';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../shared/errors';
import { focusWhenShown } from '../shared/focus';
import { useSignature } from '../shared/signature/useSignature';
import { lifecycleOptions, type LifecycleOption } from './permissions';
import type { WorkspaceMe, WorkspacePlan } from './workspace-types';

type Action = LifecycleOption['action'];

const LABELS: Record<Action, string> = {
  submit: 'Submit for review',
  activate: 'Activate',
  complete: 'Complete operation',
  cancel: 'Cancel plan',
};

const QUESTIONS: Record<Exclude<Action, 'submit'>, string> = {
  activate: 'Activate the plan? Its content is frozen while the operation runs.',
  complete: 'Mark the operation complete? The activity log closes; debriefs are still taken until the report is final.',
  cancel: 'Cancel the plan? A cancelled plan is read-only for good.',
};

const DONE_ID = 'lifecycle-done';

/** Where each step takes the plan: its outcome is shown until the plan moves on from there. */
const AFTER: Record<Action, PlanStatus> = { submit: 'IN_REVIEW', activate: 'ACTIVE', complete: 'COMPLETED', cancel: 'CANCELLED' };

const DONE: Record<Action, string> = {
  submit: 'Submitted for review: every participating agency’s lead can now approve.',
  activate: 'The plan is active.',
  complete: 'The operation is complete: the activity log is closed, and the debriefs still owed are due.',
  cancel: 'The plan is cancelled.',
};

/**
 * The lifecycle buttons this user may press (see lifecycleOptions): submit, activate, complete,
 * cancel. Disabled buttons say why; activate, complete and cancel ask first, cancel with a reason.
 */
export function LifecycleActions({ plan, me }: { plan: WorkspacePlan; me: WorkspaceMe }) {
  // The server's count: the header does not load the content the rules read (the overview does).
  const blockerCount = plan.readiness.blockerCount;
  const options = lifecycleOptions(plan, me, blockerCount);
  const [confirming, setConfirming] = useState<Exclude<Action, 'submit'> | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The step just taken, and the status it was taken from. */
  const [done, setDone] = useState<{ action: Action; from: PlanStatus } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const [submit, submitState] = useMutation(SubmitPlanForReviewDocument);
  const [activate, activateState] = useMutation(ActivatePlanDocument);
  const [complete, completeState] = useMutation(CompletePlanDocument);
  const [cancel, cancelState] = useMutation(CancelPlanDocument);
  const busy = submitState.loading || activateState.loading || completeState.loading || cancelState.loading;
  // Activating is a signature: outside the window the dialog asks for the password, then activates.
  const { sign, dialog } = useSignature();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  // "Submitted for review" is news until the plan moves on (approved, activated, closed…): then it goes.
  useEffect(() => {
    if (done && plan.status !== done.from && plan.status !== AFTER[done.action]) setDone(null);
  }, [done, plan.status]);

  // After the last allowed step (e.g. a planner's submit) the buttons go, the outcome stays.
  if (options.length === 0 && !done && !error) return null;

  const run = async (action: Action) => {
    const from = plan.status;
    setError(null);
    setDone(null);
    const variables = { planId: plan.id };
    try {
      if (action === 'submit') await submit({ variables });
      else if (action === 'activate') {
        if (!(await sign(() => activate({ variables }))).signed) return;
      }
      else if (action === 'complete') await complete({ variables });
      else {
        if (!reason.trim()) {
          setReasonError('Give the reason for cancelling.');
          return;
        }
        await cancel({ variables: { ...variables, reason: reason.trim() } });
      }
      setConfirming(null);
      setReason('');
      setReasonError(null);
      setDone({ action, from });
      // The confirmation (and often the button) is gone: focus goes to what happened, not to <body>.
      void focusWhenShown(DONE_ID);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <div className="margin-y-2" data-testid="lifecycle-actions">
      <div className="display-flex flex-wrap flex-align-center" role="group" aria-label="Plan lifecycle">
        {options.map((option) => {
          const reasonId = `lifecycle-${option.action}-reason`;
          const disabled = busy || option.disabledReason !== null;
          return (
            <span key={option.action} className="display-inline-flex flex-align-center margin-right-2 margin-bottom-1">
              <Button
                type="button"
                outline={option.action === 'cancel'}
                disabled={disabled}
                aria-describedby={option.disabledReason ? reasonId : undefined}
                onClick={() => (option.action === 'submit' ? void run('submit') : setConfirming(option.action as Exclude<Action, 'submit'>))}
              >
                {LABELS[option.action]}
              </Button>
              {option.disabledReason ? (
                <span id={reasonId} className="font-body-2xs text-base-dark" data-testid={`${option.action}-disabled-reason`}>
                  {option.action === 'submit' ? (
                    <Link to={`/plans/${plan.id}/overview#readiness-heading`} className="usa-link">
                      {option.disabledReason}
                    </Link>
                  ) : (
                    option.disabledReason
                  )}
                </span>
              ) : null}
            </span>
          );
        })}
      </div>

      {confirming ? (
        <div role="group" aria-label={`Confirm: ${LABELS[confirming]}`} className="bg-base-lightest border-1px border-base-lighter radius-md padding-2 margin-top-1 maxw-tablet">
          <p className="margin-top-0">{QUESTIONS[confirming]}</p>
          {confirming === 'cancel' ? (
            <TextField id="cancel-reason" label="Reason for cancelling" required multiline value={reason} onChange={setReason} error={reasonError} />
          ) : null}
          <div className="margin-top-2">
            <button type="button" ref={confirmRef} className={`usa-button ${confirming === 'cancel' ? 'usa-button--secondary' : ''}`} disabled={busy} onClick={() => void run(confirming)}>
              Yes, {LABELS[confirming].toLowerCase()}
            </button>
            <Button type="button" unstyled disabled={busy} onClick={() => setConfirming(null)}>
              Go back
            </Button>
          </div>
        </div>
      ) : null}

      <div aria-live="polite">
        {done ? (
          <Alert type="success" slim className="margin-top-1" id={DONE_ID}>
            <p className="usa-alert__text">{DONE[done.action]}</p>
          </Alert>
        ) : null}
      </div>
      {error ? (
        <Alert type="error" slim role="alert" className="margin-top-1">
          <p className="usa-alert__text">{error}</p>
        </Alert>
      ) : null}
      {dialog}
    </div>
  );
}
