import { Button, Table } from '@trussworks/react-uswds';
import { TextField } from '@jointops/ui';
import type { TimelineEventFieldsFragment } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../checklist/server-errors';
import { conflictMessage } from './conflict';
import { useSnapshot } from '../plans/useSnapshot';
import { formatDateTime, fromLocalInput, toLocalInput } from '../timeline/time';

type Event = TimelineEventFieldsFragment;

export interface ActualsTableProps {
  events: readonly Event[];
  zoneLabel: string;
  canRecord: boolean;
  onRecord: (event: Event, expectedVersion: number, actualStartsAt: string | null, actualEndsAt: string | null) => Promise<void>;
}

/** Minutes between planned and actual; positive is late. */
export function slipMinutes(planned: string, actual: string | null | undefined): number | null {
  if (!actual) return null;
  return Math.round((Date.parse(actual) - Date.parse(planned)) / 60_000);
}

export function formatSlip(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes === 0) return 'on time';
  return minutes > 0 ? `${minutes} min late` : `${-minutes} min early`;
}

function ActualsForm({ event, onRecord, onClose }: { event: Event; onRecord: ActualsTableProps['onRecord']; onClose: (saved: boolean) => void }) {
  // The version the user started from: a change by someone else in between answers CONFLICT.
  const snapshot = useSnapshot(event);
  const [start, setStart] = useState(toLocalInput(snapshot.actualStartsAt));
  const [end, setEnd] = useState(toLocalInput(snapshot.actualEndsAt));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const startIso = start ? fromLocalInput(start) : null;
    const endIso = end ? fromLocalInput(end) : null;
    if ((start && !startIso) || (end && !endIso)) return setError('Enter valid dates and times.');
    if (startIso && endIso && Date.parse(endIso) < Date.parse(startIso)) return setError('The actual end cannot be before the actual start.');
    if (!startIso && endIso) return setError('Record the actual start as well.');
    setBusy(true);
    setError(null);
    try {
      await onRecord(snapshot, snapshot.version, startIso, endIso);
      onClose(true);
    } catch (err) {
      setError(conflictMessage(err) ?? messageOf(err));
      setBusy(false);
    }
  };

  return (
    <form className="usa-form maxw-full padding-2 bg-base-lightest" onSubmit={(e) => void submit(e)} aria-label={`Actuals for ${event.title}`}>
      {error ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{error}</p>
          </div>
        </div>
      ) : null}
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6 grid-col-12">
          <TextField id={`actual-start-${event.id}`} label="Actual start" type="datetime-local" value={start} onChange={setStart} hint={`Planned ${formatDateTime(event.startsAt)}`} />
        </div>
        <div className="tablet:grid-col-6 grid-col-12">
          <TextField id={`actual-end-${event.id}`} label="Actual end" type="datetime-local" value={end} onChange={setEnd} hint={`Planned ${formatDateTime(event.endsAt)}`} />
        </div>
      </div>
      <div className="margin-top-2">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save actuals'}
        </Button>
        <Button type="button" unstyled onClick={() => onClose(false)} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** Planned against actual for each timeline event, with "Record actual start/end" while allowed. */
export function ActualsTable({ events, zoneLabel, canRecord, onRecord }: ActualsTableProps) {
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  return (
    <>
      <p className="usa-sr-only" role="status" aria-live="polite">
        {status}
      </p>
      <Table fullWidth compact scrollable caption={`Planned and actual times of each timeline event. Times in ${zoneLabel}.`}>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual start</th>
            <th scope="col">Actual end</th>
            {canRecord ? (
              <th scope="col">
                <span className="usa-sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const startSlip = slipMinutes(event.startsAt, event.actualStartsAt);
            const endSlip = slipMinutes(event.endsAt, event.actualEndsAt);
            return (
              <tr key={event.id} id={`actuals-${event.id}`}>
                <th scope="row">{event.title}</th>
                <td>
                  <time dateTime={event.startsAt}>{formatDateTime(event.startsAt)}</time> to
                  <br />
                  <time dateTime={event.endsAt}>{formatDateTime(event.endsAt)}</time>
                </td>
                <td>
                  {event.actualStartsAt ? (
                    <>
                      <time dateTime={event.actualStartsAt}>{formatDateTime(event.actualStartsAt)}</time>
                      <span className="display-block font-body-3xs">{formatSlip(startSlip)}</span>
                    </>
                  ) : (
                    'Not recorded'
                  )}
                </td>
                <td>
                  {event.actualEndsAt ? (
                    <>
                      <time dateTime={event.actualEndsAt}>{formatDateTime(event.actualEndsAt)}</time>
                      <span className="display-block font-body-3xs">{formatSlip(endSlip)}</span>
                    </>
                  ) : (
                    'Not recorded'
                  )}
                </td>
                {canRecord ? (
                  <td>
                    <Button type="button" unstyled aria-expanded={open === event.id} aria-label={`Record actual start/end of ${event.title}`} onClick={() => setOpen(open === event.id ? null : event.id)}>
                      Record actual start/end
                    </Button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </Table>
      {canRecord && open
        ? (() => {
            const event = events.find((e) => e.id === open);
            return event ? (
              <ActualsForm
                key={event.id}
                event={event}
                onRecord={onRecord}
                onClose={(saved) => {
                  setOpen(null);
                  if (saved) setStatus(`Saved: actuals of "${event.title}".`);
                }}
              />
            ) : null;
          })()
        : null}
    </>
  );
}
