import { Button } from '@trussworks/react-uswds';
import { DataTable } from '@jointops/ui';
import { actualsSchema, slipInWords, slipMinutes } from '@jointops/domain';
import type { TimelineEventFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { useSnapshot } from '../plans/useSnapshot';
import { focusWhenShown } from '../shared/focus';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { usePlanTime, zoneClockNow } from '../shared/plan-time';
import { fromLocalInput, toLocalInput } from '../timeline/time';

type Event = TimelineEventFieldsFragment;

export interface ActualsTableProps {
  events: readonly Event[];
  zoneLabel: string;
  canRecord: boolean;
  onRecord: (event: Event, expectedVersion: number, actualStartsAt: string | null, actualEndsAt: string | null) => Promise<void>;
}


type ActualsValues = {
  /** datetime-local values; empty: not recorded. */
  actualStartsAt: string;
  actualEndsAt: string;
};

function ActualsForm({ event, onRecord, onClose }: { event: Event; onRecord: ActualsTableProps['onRecord']; onClose: (saved: boolean) => void }) {
  // The version the user started from: a change by someone else in between answers CONFLICT.
  const snapshot = useSnapshot(event);
  const [ids] = useState(() => ({ actualStartsAt: `actual-start-${event.id}`, actualEndsAt: `actual-end-${event.id}` }));
  const time = usePlanTime();
  const { zone } = time;
  const form = useSchemaForm<ActualsValues>(() => actualsSchema(zoneClockNow(zone)), { actualStartsAt: toLocalInput(snapshot.actualStartsAt, zone), actualEndsAt: toLocalInput(snapshot.actualEndsAt, zone) });
  const iso = (local: string) => (local ? fromLocalInput(local, zone) : null);
  return (
    <PlanItemForm
      form={form}
      ids={ids}
      label={`Actuals for ${event.title}`}
      className="maxw-full padding-2 bg-base-lightest"
      headingLevel="h4"
      autoFocus="actualStartsAt"
      submitLabel="Save actuals"
      onSave={async (values) => {
        await onRecord(snapshot, snapshot.version, iso(values.actualStartsAt), iso(values.actualEndsAt));
        onClose(true);
      }}
      onCancel={() => onClose(false)}
    >
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6 grid-col-12">
          <FormTextField name="actualStartsAt" label="Actual start" type="datetime-local" hint={`Planned ${time.format(event.startsAt)}`} />
        </div>
        <div className="tablet:grid-col-6 grid-col-12">
          <FormTextField name="actualEndsAt" label="Actual end" type="datetime-local" hint={`Planned ${time.format(event.endsAt)}`} />
        </div>
      </div>
    </PlanItemForm>
  );
}

/** Planned against actual for each timeline event, with "Record actual start/end" while allowed. */
export function ActualsTable({ events, zoneLabel, canRecord, onRecord }: ActualsTableProps) {
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const time = usePlanTime();
  return (
    <>
      <p className="usa-sr-only" role="status" aria-live="polite">
        {status}
      </p>
      <DataTable
        fullWidth
        scrollable
        // On a phone each event stacks, its fields named: nothing to scroll sideways.
        stackedStyle="headers"
        caption={`Planned and actual times of each timeline event. Times in ${zoneLabel}.`}
        columns={['Event', 'Planned', 'Actual start', 'Actual end']}
        actionsColumn={canRecord}
      >
        {events.map((event) => {
          const startSlip = slipMinutes(event.startsAt, event.actualStartsAt);
          const endSlip = slipMinutes(event.endsAt, event.actualEndsAt);
          return (
            <tr key={event.id} id={`actuals-${event.id}`}>
              <th scope="row">{event.title}</th>
              <td data-label="Planned">
                <time dateTime={event.startsAt}>{time.format(event.startsAt)}</time> to
                <br />
                <time dateTime={event.endsAt}>{time.format(event.endsAt)}</time>
              </td>
              <td data-label="Actual start">
                {event.actualStartsAt ? (
                  <>
                    <time dateTime={event.actualStartsAt}>{time.format(event.actualStartsAt)}</time>
                    <span className="display-block font-body-3xs">{slipInWords(startSlip)}</span>
                  </>
                ) : (
                  'Not recorded'
                )}
              </td>
              <td data-label="Actual end">
                {event.actualEndsAt ? (
                  <>
                    <time dateTime={event.actualEndsAt}>{time.format(event.actualEndsAt)}</time>
                    <span className="display-block font-body-3xs">{slipInWords(endSlip)}</span>
                  </>
                ) : (
                  'Not recorded'
                )}
              </td>
              {canRecord ? (
                <td>
                  <Button type="button" unstyled id={`record-actuals-${event.id}`} aria-expanded={open === event.id} aria-label={`Record actual start/end of ${event.title}`} onClick={() => setOpen(open === event.id ? null : event.id)}>
                    Record actual start/end
                  </Button>
                </td>
              ) : null}
            </tr>
          );
        })}
      </DataTable>
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
                  // Focus goes back to the event's button, in its row with the new times (the status says it saved), not to <body>.
                  void focusWhenShown(`record-actuals-${event.id}`);
                }}
              />
            ) : null;
          })()
        : null}
    </>
  );
}
