import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { DataTable, PageHeading } from '@jointops/ui';
import { VerifyPlanLogDocument } from '@jointops/web-data';
import { Link, useParams } from 'react-router';
import { errorMessage as generalErrorMessage } from '../shared/errors';
import { DEFAULT_TIME_ZONE } from '@jointops/domain';
import { PlanTimeZoneProvider, usePlanTime } from '../shared/plan-time';
import { PlanStatusTag } from '../plans/PlanStatusTag';
import { AccessLogPanel } from './AccessLogPanel';
import { useEventLog, type LogEvent } from './useEventLog';
import { VerifyLogResult } from './VerifyLogResult';

const short = (value: string, length = 8) => value.slice(0, length);

/** `/oversight/plans/:id`: the plan's event log, its verification, and the access log. */
export function OversightPlanPage() {
  const { id = '' } = useParams();
  const log = useEventLog(id);

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

      <VerifyLogPanel planId={id} />
      <EventLogPanel log={log} />
      <AccessLogPanel planId={id} />
    </PlanTimeZoneProvider>
  );
}

function VerifyLogPanel({ planId }: { planId: string }) {
  const [verify, { data, loading, error }] = useLazyQuery(VerifyPlanLogDocument, { fetchPolicy: 'network-only' });
  return (
    <section aria-labelledby="verify-heading" className="margin-y-3">
      <h2 id="verify-heading">Verify the log</h2>
      <p className="margin-top-0">Recomputes the hash chain from the first event: any change to a stored event breaks it.</p>
      <Button type="button" onClick={() => void verify({ variables: { planId } }).catch(() => undefined)} disabled={loading}>
        {loading ? 'Verifying…' : 'Verify log'}
      </Button>
      <div className="margin-top-2" aria-live="polite">
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

function EventLogPanel({ log }: { log: ReturnType<typeof useEventLog> }) {
  return (
    <section aria-labelledby="events-heading" className="margin-y-3">
      <h2 id="events-heading">Event log</h2>
      {log.error && log.events.length === 0 ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">The event log could not be loaded. {generalErrorMessage(log.error)}</p>
        </Alert>
      ) : null}
      {log.events.length > 0 ? <EventLogTable events={log.events} /> : log.loading ? <p role="status">Loading the event log…</p> : null}
      <p className="font-body-2xs" role="status" aria-live="polite">
        {log.plan ? `Showing ${log.events.length} of ${log.plan.lastSeq} events.` : ''}
      </p>
      {log.hasMore ? (
        <Button type="button" outline onClick={log.loadMore} disabled={log.loading}>
          {log.loading ? 'Loading…' : 'Load more'}
        </Button>
      ) : null}
    </section>
  );
}

export function EventLogTable({ events }: { events: readonly LogEvent[] }) {
  const time = usePlanTime();
  return (
    <div className="usa-table-container--scrollable" tabIndex={0}>
      <DataTable
        fullWidth
        compact
        striped
        className="font-body-2xs"
        caption="Event log, oldest first"
        captionClassName="usa-sr-only"
        columns={['Seq', 'Time', 'Actor', 'Type', 'Entity', 'Revision', 'Hash']}
      >
        {events.map((event) => (
          <tr key={event.seq}>
            <th scope="row">{event.seq}</th>
            <td>
              <time dateTime={event.at}>{time.format(event.at)}</time>
            </td>
            <td>
              {event.actor.displayName} ({event.actor.agency.shortName})
            </td>
            <td>
              <code>{event.type}</code>
            </td>
            <td>
              {event.entityType} <code title={event.entityId}>{short(event.entityId)}</code>
            </td>
            <td>{event.revision}</td>
            <td>
              <code title={event.hash}>{short(event.hash, 12)}</code>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
