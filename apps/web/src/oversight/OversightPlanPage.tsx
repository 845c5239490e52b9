import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import { VerifyPlanLogDocument } from '@jointops/web-data';
import { Link, useParams } from 'react-router';
import { errorMessage as generalErrorMessage } from '../shared/errors';
import { focusWhenShown } from '../shared/focus';
import { DEFAULT_TIME_ZONE } from '@jointops/domain';
import { PlanTimeZoneProvider } from '../shared/plan-time';
import { PlanStatusTag } from '../plans/PlanStatusTag';
import { PlanComplaintsPanel } from '../complaints/PlanComplaintsPanel';
import { useMe } from '../plans/useMe';
import { AccessLogPanel } from '../shared/access-log/AccessLogPanel';
import { EventLogPanel } from './EventLogPanel';
import { useEventLog } from './useEventLog';
import { VerifyLogResult } from './VerifyLogResult';

/** `/oversight/plans/:id`: the plan's event log, its verification, and the access log. */
export function OversightPlanPage() {
  const { id = '' } = useParams();
  const log = useEventLog(id);
  const { me } = useMe();

  if (log.missing) {
    return (
      <>
        <PageHeading>Plan not found</PageHeading>
        <p>
          There is no plan at this address. <Link to="/oversight" className="usa-link">Back to all plans</Link>
        </p>
      </>
    );
  }
  return (
    // The plan's times (its log, who read it) are shown in the plan's zone.
    <PlanTimeZoneProvider zone={log.plan?.timeZone ?? DEFAULT_TIME_ZONE}>
      <title>{`${log.plan?.title ?? 'Plan'} · Oversight · JointOps`}</title>
      <nav aria-label="Breadcrumbs" className="font-body-2xs margin-bottom-1">
        <Link to="/oversight" className="usa-link">
          Oversight
        </Link>
      </nav>
      <PageHeading>{log.plan?.title ?? 'Plan log'}</PageHeading>
      {log.plan ? (
        <p className="margin-top-0">
          <PlanStatusTag status={log.plan.status} />
          <span className="margin-left-2">
            Lead agency: <abbr title={log.plan.leadAgency.name}>{log.plan.leadAgency.shortName}</abbr>
          </span>
          <span className="margin-left-2">{log.plan.lastSeq} events</span>
          <Link to={`/plans/${id}`} className="usa-link margin-left-2">
            Open the plan (read-only)
          </Link>
        </p>
      ) : null}

      {me ? <PlanComplaintsPanel planId={id} roles={me.roles} /> : null}
      <VerifyLogPanel planId={id} />
      <EventLogPanel log={log} />
      <AccessLogPanel planId={id} />
    </PlanTimeZoneProvider>
  );
}

const VERIFY_RESULT_ID = 'verify-result';

function VerifyLogPanel({ planId }: { planId: string }) {
  const [verify, { data, loading, error }] = useLazyQuery(VerifyPlanLogDocument, { fetchPolicy: 'network-only' });
  return (
    <section aria-labelledby="verify-heading" className="margin-y-3">
      <h2 id="verify-heading">Verify the log</h2>
      <p className="margin-top-0">Recomputes the hash chain from the first event: any change to a stored event breaks it.</p>
      <Button
        type="button"
        onClick={() =>
          // The button is disabled while it verifies: focus then goes to the answer, not to <body>.
          void verify({ variables: { planId } })
            .catch(() => undefined)
            .finally(() => void focusWhenShown(VERIFY_RESULT_ID))
        }
        disabled={loading}
      >
        {loading ? 'Verifying…' : 'Verify log'}
      </Button>
      <div id={VERIFY_RESULT_ID} className="margin-top-2" aria-live="polite">
        {data?.verifyPlanLog && !loading ? <VerifyLogResult result={data.verifyPlanLog} /> : null}
        {error && !loading ? (
          <Alert type="error" slim role="alert">
            <p className="usa-alert__text">The log could not be verified. {generalErrorMessage(error)}</p>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
