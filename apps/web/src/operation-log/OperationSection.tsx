import type { ApolloCache, Reference } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { EmptyState } from '@jointops/ui';
import { OperationSectionDocument, type ActivityEntryFieldsFragment } from '@jointops/web-data';
import { lazy, Suspense, useCallback } from 'react';
import { errorMessage } from '../shared/errors';
import { focusWhenShown } from '../shared/focus';
import { useWorkspace } from '../plans/workspace-context';
import { usePlanTime } from '../shared/plan-time';
import { PHONE_MEDIA_QUERY, useMediaQuery } from '../shared/useMediaQuery';
import '../timeline/timeline.css';
import { ActivityForm } from './ActivityForm';
import { ActualsTable } from './ActualsTable';
import { assignedTo, YourAssignment } from './YourAssignment';
import { afterActionAccess, showsOperation } from '../shared/after-action-access';
import { QueuePanel } from '../offline/QueuePanel';
import { useOfflineQueue } from '../offline/useOfflineQueue';
import { useOfflineWrites } from '../offline/useOfflineWrites';
import type { SendOutcome } from '../offline/store/types';

// The Gantt library stays out of the first-load bundle.
const TimelineGantt = lazy(() => import('../timeline/TimelineGantt').then((m) => ({ default: m.TimelineGantt })));

/** An entry written on this device that has not reached the server yet. */
export interface PendingEntry {
  key: string;
  at: string;
  text: string;
  author: string;
}

/** Adds a logged entry to the plan's cached log, in time order, once. */
export function addEntryToCache(cache: ApolloCache, planId: string, entry: ActivityEntryFieldsFragment): void {
  cache.modify({
    id: cache.identify({ __typename: 'Plan', id: planId }),
    fields: {
      activityLog: (existing: readonly Reference[] = [], { toReference, readField }) => {
        const ref = toReference({ __typename: 'ActivityEntry', id: entry.id });
        if (!ref || existing.some((r) => r.__ref === ref.__ref)) return existing;
        return [...existing, ref].sort((a, b) => Date.parse(readField<string>('at', a) ?? '') - Date.parse(readField<string>('at', b) ?? ''));
      },
    },
  });
}

/** The element of a logged entry (its id) or of one waiting on this device (its client key). */
export const entryElementId = (key: string) => `activity-entry-${key}`;

/** After an add, focus moves to the new entry (logged, or listed as waiting to send), not back to <body>. */
export function focusNewEntry(outcome: SendOutcome<{ logActivity: ActivityEntryFieldsFragment }>): void {
  void focusWhenShown(entryElementId(outcome.status === 'sent' ? outcome.result.logActivity.id : outcome.write.clientKey));
}

/** The activity log (ICS 214 style), oldest first; entries still waiting on this device come last, marked. */
export function ActivityLog({ entries, pending = [] }: { entries: readonly ActivityEntryFieldsFragment[]; pending?: readonly PendingEntry[] }) {
  const time = usePlanTime();
  if (entries.length === 0 && pending.length === 0) {
    return (
      <EmptyState heading="Nothing logged yet" headingLevel="h3">
        <p>Entries appear here for everyone as they are logged.</p>
      </EmptyState>
    );
  }
  return (
    <ol className="usa-list usa-list--unstyled jointops-activity-log" aria-label="Activity log, oldest first">
      {entries.map((entry) => (
        <li key={entry.id} id={entryElementId(entry.id)} className="border-bottom-1px border-base-lighter padding-y-1">
          <div className="font-body-2xs text-base-dark">
            <time dateTime={entry.at}>{time.format(entry.at)}</time> · {entry.author.displayName} · <abbr title={entry.agency.name}>{entry.agency.shortName}</abbr>
          </div>
          <div className="jo-user-text">{entry.text}</div>
        </li>
      ))}
      {pending.map((entry) => (
        <li key={entry.key} id={entryElementId(entry.key)} className="border-bottom-1px border-base-lighter padding-y-1" data-testid="pending-entry">
          <div className="font-body-2xs text-base-dark">
            <time dateTime={entry.at}>{time.format(entry.at)}</time> · {entry.author} · <span className="usa-tag bg-gold text-ink">Waiting to send</span>
          </div>
          <div className="jo-user-text">{entry.text}</div>
        </li>
      ))}
    </ol>
  );
}

/** `/plans/:id/operation`: the officer's assignment and where it is, the live activity log and the timeline's actuals, while the plan runs and after. */
export function OperationSection() {
  const { plan, me } = useWorkspace();
  const access = afterActionAccess(plan, me);
  const { data, error } = useQuery(OperationSectionDocument, { variables: { id: plan.id } });
  const client = useApolloClient();
  const writes = useOfflineWrites(plan.id);
  const queue = useOfflineQueue(plan.id, me.id);
  const time = usePlanTime();
  // A phone has no room for the chart's time axis: the table below, stacked, lists the same times.
  const phone = useMediaQuery(PHONE_MEDIA_QUERY);
  const zoneLabel = time.name;
  const entries = data?.plan?.activityLog ?? [];
  const timeline = data?.plan?.timeline ?? null;
  const myRoles = assignedTo(data?.plan?.roles ?? [], me.id);

  const log = useCallback(
    async (text: string, at: string | null) => {
      const outcome = await writes.logActivity(text, at);
      if (outcome.status === 'sent') addEntryToCache(client.cache, plan.id, outcome.result.logActivity);
      focusNewEntry(outcome);
    },
    [writes, client, plan.id],
  );

  const record = useCallback(
    async (event: { id: string; title: string }, expectedVersion: number, actualStartsAt: string | null, actualEndsAt: string | null) => {
      await writes.recordActuals(event, expectedVersion, actualStartsAt, actualEndsAt);
    },
    [writes],
  );
  const pending = pendingEntries(queue, 'You');

  if (!showsOperation(plan.status)) {
    return (
      <section aria-labelledby="operation-heading">
        <h2 id="operation-heading" className="margin-top-0">
          Operation
        </h2>
        <p>The activity log and actual times open once the plan is active.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby="operation-heading">
      <h2 id="operation-heading" className="margin-top-0">
        Operation
      </h2>
      <p className="margin-top-0">Times are shown in the plan&apos;s time zone, {zoneLabel}.</p>

      <YourAssignment roles={myRoles} />
      <QueuePanel writes={queue} />
      <h3 id="activity-log-heading">Activity log</h3>
      <p className="margin-top-0 font-body-xs text-base-dark">ICS 214 style: oldest first, newest at the bottom. Entries cannot be changed once logged.</p>
      {error && !data ? (
        <Alert type="error" slim role="alert">
          The activity log could not be loaded. {errorMessage(error)}
        </Alert>
      ) : (
        <div aria-live="polite" aria-relevant="additions">
          <ActivityLog entries={entries} pending={pending} />
        </div>
      )}
      {access.canLogActivity ? (
        <ActivityForm onLog={log} zoneLabel={zoneLabel} />
      ) : (
        <p className="font-body-xs text-base-dark" data-testid="activity-closed">
          {plan.status === 'ACTIVE' ? 'Only members of participating agencies log activity.' : 'The activity log is closed: entries are logged only while the plan is active.'}
        </p>
      )}

      <h3 id="actuals-heading">Planned and actual times</h3>
      {timeline === null ? (
        error ? null : (
          <p role="status" aria-live="polite">
            Loading the timeline…
          </p>
        )
      ) : timeline.length === 0 ? (
        <p>The plan has no timeline events.</p>
      ) : (
        <>
          {phone ? null : (
            <figure className="margin-0 margin-bottom-2">
              <Suspense fallback={<p role="status">Loading the chart…</p>}>
                <TimelineGantt events={timeline} windowStart={plan.startsAt} windowEnd={plan.endsAt} zone={time.zone} />
              </Suspense>
              <figcaption className="font-body-2xs text-base-dark margin-top-05">
                <span className="jointops-gantt-legend__swatch jointops-gantt-legend__swatch--planned" aria-hidden="true" />
                Planned
                <span className="jointops-gantt-legend__swatch jointops-gantt-legend__swatch--actual margin-left-2" aria-hidden="true" />
                Actual, striped, in a row marked “(actual)” under its event once recorded. The table below lists the same times.
              </figcaption>
            </figure>
          )}
          <ActualsTable events={timeline} zoneLabel={zoneLabel} canRecord={access.canRecordActuals} onRecord={record} />
          {!access.canRecordActuals && access.member ? <p className="font-body-xs text-base-dark">Actuals are recorded while the plan is active or completed.</p> : null}
        </>
      )}
    </section>
  );
}

/** The queued activity entries not refused by the server, as the log shows them. */
export function pendingEntries(queue: ReturnType<typeof useOfflineQueue>, author: string): PendingEntry[] {
  return queue.flatMap((write) => (write.kind === 'logActivity' && write.state !== 'refused' ? [{ key: write.clientKey, at: write.variables.at, text: write.variables.text, author }] : []));
}
