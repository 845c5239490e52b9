import { Alert } from '@trussworks/react-uswds';
import { PageHeading } from '@jointops/ui';
import type { DebriefInput } from '@jointops/web-data';
import { useRef, useState } from 'react';
import { DebriefWizard } from '../debrief/DebriefWizard';
import { ActivityForm } from '../operation-log/ActivityForm';
import { ActualsTable } from '../operation-log/ActualsTable';
import { ActivityLog, focusNewEntry, pendingEntries } from '../operation-log/OperationSection';
import { AssignedPlace } from '../shared/AssignedPlace';
import { PlanTimeZoneProvider, usePlanTime } from '../shared/plan-time';
import { relativeTime } from '../shared/relative-time';
import { useOffline } from './OfflineProvider';
import { QueuePanel } from './QueuePanel';
import type { OfflineCopy } from './store/types';
import { draftWithQueued } from './queued-draft';
import { useOfflineQueueState } from './useOfflineQueue';
import { useOfflineWrites } from './useOfflineWrites';

/**
 * An ACTIVE or recently COMPLETED plan as the officer last saw it online (issue 19), for reading
 * and writing without a connection: the log, the officer's roles and their places (coordinates to
 * copy, issue 20), objectives, the timeline with its
 * actual times, the communications plan, the agreements' data-sharing terms and their debrief
 * draft. What they write waits in the queue and is sent, in order, when the connection returns.
 */
export function FieldCopyView({ copy }: { copy: OfflineCopy }) {
  return (
    <PlanTimeZoneProvider zone={copy.plan.timeZone}>
      <FieldCopyContent copy={copy} />
    </PlanTimeZoneProvider>
  );
}

function FieldCopyContent({ copy }: { copy: OfflineCopy }) {
  const { plan } = copy;
  const { identity, sender } = useOffline();
  const time = usePlanTime();
  const loadedQueue = useOfflineQueueState(plan.id);
  const queue = loadedQueue ?? [];
  const writes = useOfflineWrites(plan.id);
  const [debriefNote, setDebriefNote] = useState<string | null>(null);
  const userId = copy.userId;
  const myRoles = plan.roles.filter((role) => role.assignee?.id === userId);
  const myDebrief = plan.debriefs.find((d) => d.author.id === userId) ?? null;
  // The wizard opens once, on the draft as this device left it (the server's, with a waiting save over it).
  const openedDraft = useRef<{ draft: typeof myDebrief } | null>(null);
  if (loadedQueue && !openedDraft.current) {
    const author = { id: userId, displayName: identity?.displayName ?? '' };
    const agency = myRoles[0]?.agency ?? { id: '', shortName: '', name: '' };
    openedDraft.current = { draft: draftWithQueued(myDebrief, loadedQueue, plan.objectives, author, agency) };
  }
  const canWrite = Boolean(sender);

  return (
    <>
      <title>{`${plan.title} (offline copy) · JointOps`}</title>
      <PageHeading>{plan.title}</PageHeading>
      <p className="margin-top-0" data-testid="offline-copy-updated">
        Offline copy, last updated <time dateTime={copy.savedAt}>{relativeTime(copy.savedAt)}</time> ({time.format(copy.savedAt)}). Times are in {time.name}.
      </p>
      {!canWrite ? (
        <Alert type="warning" slim>
          <span className="usa-alert__text">Your session here has lapsed. You can read this copy; sign in again when the connection returns to write and send what waits.</span>
        </Alert>
      ) : null}
      <QueuePanel writes={queue} />

      <h2>Activity log</h2>
      <p className="margin-top-0 font-body-xs text-base-dark">Your own entries; the whole log is on the server.</p>
      <ActivityLog entries={plan.activityLog} pending={pendingEntries(queue, identity?.displayName ?? 'You')} />
      {canWrite && plan.status === 'ACTIVE' ? (
        <ActivityForm
          zoneLabel={time.name}
          onLog={async (text, at) => {
            focusNewEntry(await writes.logActivity(text, at));
          }}
        />
      ) : null}

      <h2>Your roles</h2>
      {myRoles.length === 0 ? (
        <p>No role is assigned to you in this plan.</p>
      ) : (
        <ul className="usa-list">
          {myRoles.map((role) => (
            <li key={role.id}>
              <strong>{role.title}</strong> ({role.agency.shortName}){role.responsibilities ? `: ${role.responsibilities}` : ''}
              {role.objectives.length > 0 ? <div className="font-body-xs">Objectives: {role.objectives.map((o) => o.title).join('; ')}</div> : null}
              {role.place ? <AssignedPlace place={role.place} idPrefix={`field-role-${role.id}`} /> : null}
            </li>
          ))}
        </ul>
      )}

      <h2>Objectives</h2>
      <ol className="usa-list">
        {plan.objectives.map((objective) => (
          <li key={objective.id}>
            <strong>{objective.title}</strong>
            {objective.successCriteria ? <div className="font-body-xs">Success: {objective.successCriteria}</div> : null}
          </li>
        ))}
      </ol>

      <h2>Planned and actual times</h2>
      <ActualsTable
        events={plan.timeline}
        zoneLabel={time.name}
        canRecord={canWrite}
        onRecord={async (event, expectedVersion, actualStartsAt, actualEndsAt) => {
          await writes.recordActuals(event, expectedVersion, actualStartsAt, actualEndsAt);
        }}
      />

      <h2>Communications</h2>
      <ul className="usa-list">
        {plan.comms.map((channel) => (
          <li key={channel.id}>
            <strong>{channel.name}</strong>
            {channel.agency ? ` (${channel.agency.shortName})` : ''}: {channel.details}
            {channel.purpose ? <div className="font-body-xs">{channel.purpose}</div> : null}
          </li>
        ))}
      </ul>

      <h2>Data sharing</h2>
      {plan.agreements.length === 0 ? (
        <p>No agreement covers this plan.</p>
      ) : (
        plan.agreements.map((agreement) => (
          <section key={agreement.id} aria-label={agreement.title}>
            <h3>{agreement.title}</h3>
            <p style={{ whiteSpace: 'pre-wrap' }}>{agreement.dataSharingTerms}</p>
          </section>
        ))
      )}

      <h2>Your debrief</h2>
      {myDebrief?.status === 'SUBMITTED' ? (
        <p>Your debrief is submitted.</p>
      ) : canWrite && openedDraft.current ? (
        <>
          {debriefNote ? (
            <p className="font-body-xs" role="status">
              {debriefNote}
            </p>
          ) : null}
          <DebriefWizard
            objectives={plan.objectives}
            window={plan}
            draft={openedDraft.current.draft}
            onSave={async (input: DebriefInput, expectedVersion) => {
              const { debrief, queued } = await writes.saveDebrief(input, expectedVersion, myDebrief);
              setDebriefNote(queued ? 'Your draft is kept on this device and sent when the connection returns.' : null);
              return debrief;
            }}
            onSubmit={() => Promise.reject(new Error('Submit your debrief once you are back online, from the plan itself.'))}
          />
        </>
      ) : canWrite ? null : (
        <p>Sign in again to continue your debrief.</p>
      )}
    </>
  );
}
