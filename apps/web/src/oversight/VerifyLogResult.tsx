import { Alert, AlertHeading } from '@trussworks/react-uswds';

export interface LogVerificationResult {
  ok: boolean;
  checked: number;
  firstBrokenSeq?: number | null;
}

/** The outcome of verifyPlanLog, prominently: intact (success) or where the chain breaks (error). */
export function VerifyLogResult({ result }: { result: LogVerificationResult }) {
  if (result.ok) {
    return (
      <Alert type="success" role="status" data-testid="verify-result">
        <AlertHeading level="h3">
          Log intact: {result.checked} {result.checked === 1 ? 'event' : 'events'} verified
        </AlertHeading>
        <p className="usa-alert__text">Every event’s hash matches its content and the event before it.</p>
      </Alert>
    );
  }
  const seq = result.firstBrokenSeq ?? result.checked;
  return (
    <Alert type="error" role="alert" data-testid="verify-result">
      <AlertHeading level="h3">Log broken at seq {seq}</AlertHeading>
      <p className="usa-alert__text">
        The hash of event {seq} does not match its content or the event before it. {Math.max(0, seq - 1)} earlier {seq - 1 === 1 ? 'event' : 'events'} verified intact.
      </p>
    </Alert>
  );
}
