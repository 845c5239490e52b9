import { Button } from '@trussworks/react-uswds';
import { reportFinalizeSchema, violationsOf } from '@jointops/domain';
import { findGraphQLError } from '@jointops/web-data';
import { useState } from 'react';
import { errorMessage } from '../shared/errors';
import { focusWhenShown } from '../shared/focus';
import { useSignature } from '../shared/signature/useSignature';
import { debriefsOutstandingSentence } from './useDebriefsOutstanding';

const FINALIZE_ID = 'finalize-report';
const CONFIRM_ID = 'confirm-finalize-report';

/**
 * "Finalize report", asked first: finalizing closes the plan for good. Without a summary (the
 * shared rule the API applies too) it says so instead, with a way to write it.
 */
export function FinalizeReport({
  version,
  summary,
  debriefsOutstanding = null,
  onWriteSummary,
  onFinalize,
}: {
  version: number;
  summary: string;
  /** Debriefs not submitted yet (AfterActionReport.debriefsOutstanding): the question says so. */
  debriefsOutstanding?: number | null;
  onWriteSummary: () => void;
  onFinalize: (version: number) => Promise<void>;
}) {
  // The version shown when the user asked: a change since answers CONFLICT.
  const [asking, setAsking] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Finalizing is a signature: outside the window the dialog asks for the password, then finalizes.
  const { sign, dialog } = useSignature();
  // Asking moves focus to the confirming button (as "Complete operation" does); backing out, to "Finalize report".
  const ask = (next: number | null) => {
    setAsking(next);
    void focusWhenShown(next === null ? FINALIZE_ID : CONFIRM_ID);
  };
  const missing = violationsOf(reportFinalizeSchema, { summary })[0];
  if (missing) {
    return (
      <p className="text-base-dark" data-testid="finalize-needs-summary">
        {missing.message}{' '}
        <Button type="button" unstyled onClick={onWriteSummary}>
          Write the summary
        </Button>
      </p>
    );
  }
  if (asking === null) {
    return (
      <Button type="button" secondary id={FINALIZE_ID} onClick={() => ask(version)}>
        Finalize report
      </Button>
    );
  }
  const finalize = () => {
    setBusy(true);
    setError(null);
    sign(() => onFinalize(asking)).then(
      // Backed out of the password: as it was, still asking.
      (outcome) => (outcome.signed ? undefined : setBusy(false)),
      (err) => {
        setError(findGraphQLError(err, 'CONFLICT') ? 'The report changed since you opened this. Cancel and check it, then finalize again.' : errorMessage(err));
        setBusy(false);
      },
    );
  };
  return (
    <div className="usa-alert usa-alert--warning" role="group" aria-label="Confirm finalizing the report">
      <div className="usa-alert__body">
        <h4 className="usa-alert__heading">Finalize the after-action report?</h4>
        <p className="usa-alert__text">
          Finalizing closes the plan: it becomes <strong>CLOSED</strong> and read-only for everyone, and the report can no longer be edited. Corrective actions stay open for tracking on the Corrective actions page.
        </p>
        {debriefsOutstanding ? (
          <p className="usa-alert__text" data-testid="finalize-outstanding">
            <strong>{debriefsOutstandingSentence(debriefsOutstanding, { finalizing: true })}</strong>
          </p>
        ) : null}
        {error ? (
          <p className="usa-alert__text text-secondary-dark" role="alert">
            {error}
          </p>
        ) : null}
        <Button type="button" secondary id={CONFIRM_ID} disabled={busy} onClick={finalize}>
          {busy ? 'Finalizing…' : 'Yes, finalize and close the plan'}
        </Button>
        <Button type="button" unstyled disabled={busy} onClick={() => ask(null)}>
          Cancel
        </Button>
      </div>
      {dialog}
    </div>
  );
}
