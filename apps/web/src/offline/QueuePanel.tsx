import { Alert, Button, ButtonGroup } from '@trussworks/react-uswds';
import { ConflictNotice } from '@jointops/ui';
import { useState } from 'react';
import { useOffline } from './OfflineProvider';
import type { QueuedWrite } from './store/types';

const DEBRIEF_FIELDS = [
  { key: 'narrative', label: 'Narrative' },
  { key: 'strengths', label: 'Strengths' },
  { key: 'improvements', label: 'Improvements' },
  { key: 'incidents', label: 'Incidents' },
];

/** How many writes still wait, in words ("3 entries waiting to send"). */
export function waitingText(count: number): string {
  return count === 1 ? '1 entry waiting to send' : `${count} entries waiting to send`;
}

/** The text of a queued write, as the officer would want to keep it (copied before discarding). */
export function textOf(write: QueuedWrite): string {
  switch (write.kind) {
    case 'logActivity':
      return `${write.variables.at} ${write.variables.text}`;
    case 'recordTimelineActuals':
      return `${write.summary}: started ${write.variables.actualStartsAt ?? '—'}, ended ${write.variables.actualEndsAt ?? '—'}`;
    case 'saveDebrief':
      return JSON.stringify(write.variables.input, null, 2);
  }
}

/**
 * The officer's queue for one plan: how many writes wait, and every write the server refused, with
 * its message, a way to copy its text, to try again and to discard it. Never dropped silently.
 */
export function QueuePanel({ writes }: { writes: readonly QueuedWrite[] }) {
  const waiting = writes.filter((write) => write.state !== 'refused');
  const refused = writes.filter((write) => write.state === 'refused');
  if (writes.length === 0) return null;
  return (
    <div data-testid="offline-queue" className="margin-bottom-2">
      {waiting.length > 0 ? (
        <Alert type="info" slim className="margin-top-0">
          <span className="usa-alert__text" role="status">
            {waitingText(waiting.length)}. They are kept on this device and sent in order when the connection returns.
          </span>
        </Alert>
      ) : null}
      {refused.map((write) => (
        <RefusedWrite key={write.id} write={write} />
      ))}
    </div>
  );
}

function RefusedWrite({ write }: { write: QueuedWrite }) {
  const { sender } = useOffline();
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const error = write.error;
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(textOf(write));
    setCopied(true);
  };
  const conflict = write.kind === 'saveDebrief' && error?.code === 'CONFLICT' && error.current;
  return (
    <Alert type="error" slim role="alert" className="margin-top-1">
      <div className="usa-alert__text">
        <p className="margin-top-0">
          <strong>Not sent: {write.summary}.</strong> {error?.message ?? 'The server refused it.'}
        </p>
        {conflict ? (
          <ConflictNotice
            fields={DEBRIEF_FIELDS}
            mine={write.variables.input as unknown as Record<string, unknown>}
            theirs={error.current!}
            by="Your other device"
            busy={busy || !sender}
            onKeepTheirs={() => void act(() => sender!.discard(write.id))}
            onApplyMine={() => void act(() => sender!.retry(write.id, error.currentVersion))}
          />
        ) : (
          <ButtonGroup type="default">
            <Button type="button" outline onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy text'}
            </Button>
            <Button type="button" outline disabled={busy || !sender} onClick={() => void act(() => sender!.retry(write.id))}>
              Try again
            </Button>
            <Button type="button" secondary disabled={busy || !sender} onClick={() => void act(() => sender!.discard(write.id))}>
              Discard
            </Button>
          </ButtonGroup>
        )}
      </div>
    </Alert>
  );
}
