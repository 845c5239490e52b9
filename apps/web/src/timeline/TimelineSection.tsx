import { Button } from '@trussworks/react-uswds';
import { EmptyState, LiveStatus } from '@jointops/ui';
import type { TimelineEventFieldsFragment, TimelineSectionPlanFragment } from '@jointops/web-data';
import { LoadingStatus } from '@jointops/ui';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';

import { RemoveConfirm } from '../checklist/RemoveConfirm';
import { useReportFocus } from '../live/useReportFocus';
import { errorMessage } from '../shared/errors';
import { usePlanTime } from '../shared/plan-time';
import { usePlacesById } from '../shared/place-ref';
import { PHONE_MEDIA_QUERY, useMediaQuery } from '../shared/useMediaQuery';
import { TimelineCards } from './TimelineCards';
import { useOfferUndo } from '../shared/undo';
import { TimelineGantt } from './TimelineGantt';
import { TimelineTable } from './TimelineTable';
import { timelineFlags } from './timeline-flags';
import { useTimelineMutations } from './useTimelineMutations';
import './timeline.css';
import { useSignOffGuard } from '../shared/sign-off-guard';
import { focusFirstShown, focusWhenShown } from '../shared/focus';

// A long timeline renders only the rows in view: the lists scroll to `focusId` first, then it is focused.
const focusLater = (id: string) => void focusWhenShown(id);

export interface TimelineSectionProps {
  plan: TimelineSectionPlanFragment;
  canEdit: boolean;
  me: { id: string; roles: string[]; agencyId: string };
}

// The form (with react-hook-form and the zod schemas) loads when the timeline is open, after it is
// drawn: the chart and table do not wait for it.
const loadEventForm = () => import('./TimelineEventForm');
const TimelineEventForm = lazy(() => loadEventForm().then((m) => ({ default: m.TimelineEventForm })));

type Editing = { kind: 'add' } | { kind: 'edit'; event: TimelineEventFieldsFragment } | null;


/** The plan's timeline: a Gantt chart and an accessible table side by side (on phones, one card per event), with add, edit and remove. */
export function TimelineSection({ plan, canEdit }: TimelineSectionProps) {
  const actions = useTimelineMutations(plan);
  const offerUndo = useOfferUndo();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<TimelineEventFieldsFragment | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const flagged = useMemo(() => timelineFlags(plan), [plan]);
  const time = usePlanTime();
  const phone = useMediaQuery(PHONE_MEDIA_QUERY);
  // Each time carries its own abbreviation (EDT in June, EST in January): the caption names the zone.
  const zoneLabel = time.name;
  const events = plan.timeline;
  const places = usePlacesById(plan.places);
  useReportFocus(editing?.kind === 'edit' ? `timeline:${editing.event.id}` : null);
  const signOffs = useSignOffGuard();
  useEffect(() => {
    if (!canEdit) return;
    const timer = setTimeout(() => void loadEventForm().catch(() => undefined), 0);
    return () => clearTimeout(timer);
  }, [canEdit]);

  const done = (message: string, id: string | null) => {
    const edited = editing?.kind === 'edit';
    setEditing(null);
    setStatus(message);
    setFocusId(id);
    // An edit that ends goes back to the event's Edit button (its row if that is not drawn); a new
    // event takes focus on its row.
    if (id && edited) void focusFirstShown([`timeline-${id}-edit`, `timeline-${id}`]);
    else focusLater(id ? `timeline-${id}` : 'timeline-add');
  };

  const remove = async (event: TimelineEventFieldsFragment) => {
    if (!(await signOffs.confirm())) return;
    setBusy(true);
    setRemoveError(null);
    try {
      await actions.remove(event.id, event.version);
      setRemoving(null);
      setStatus(`Saved: "${event.title}" removed.`);
      headingRef.current?.focus();
      const { title, phase, startsAt, endsAt, notes } = event;
      const dependentIds = events.filter((other) => other.dependsOnIds.includes(event.id)).map((other) => other.id);
      offerUndo({
        message: `Removed timeline event "${title}".`,
        undo: () =>
          actions.restore({ title, phase, startsAt, endsAt, notes, agencyId: event.agency?.id ?? null, ...(event.place ? { placeId: event.place.id } : {}), dependsOnIds: event.dependsOnIds, dependentIds }),
        elementId: (id) => `timeline-${id}`,
        fallbackFocusId: 'timeline-heading',
        onRestored: () => setStatus(''),
      });
    } catch (error) {
      setRemoveError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" ref={headingRef} tabIndex={-1} className="margin-top-0">
        Timeline
      </h2>
      <p className="margin-top-0">
        Times are shown in the plan&apos;s time zone, {zoneLabel}.{' '}
        {plan.startsAt && plan.endsAt ? (
          <>
            Plan window: <time dateTime={plan.startsAt}>{time.format(plan.startsAt)}</time> to <time dateTime={plan.endsAt}>{time.format(plan.endsAt)}</time>.
          </>
        ) : (
          'The plan has no start and end set yet.'
        )}
      </p>
      <LiveStatus message={status} />
      {canEdit && !editing ? (
        <Button type="button" id="timeline-add" className="margin-bottom-2" onClick={() => setEditing({ kind: 'add' })}>
          Add an event
        </Button>
      ) : null}
      {canEdit && editing ? (
        <Suspense fallback={<LoadingStatus>Loading the form…</LoadingStatus>}>
          <TimelineEventForm
            key={editing.kind === 'edit' ? editing.event.id : 'new'}
            plan={plan}
            event={editing.kind === 'edit' ? editing.event : undefined}
            actions={actions}
            onDone={done}
            onCancel={() => done('', editing.kind === 'edit' ? editing.event.id : null)}
          />
        </Suspense>
      ) : null}
      {canEdit && removing ? (
        <RemoveConfirm what={`"${removing.title}"`} busy={busy} error={removeError} onConfirm={() => void remove(removing)} onCancel={() => (setRemoving(null), focusLater(`timeline-${removing.id}`))} />
      ) : null}
      {events.length === 0 ? (
        <EmptyState heading="No timeline events yet" headingLevel="h3">
          <p>Events from preparation to debrief, with who does what and what waits for what.</p>
        </EmptyState>
      ) : phone ? (
        <TimelineCards
          planId={plan.id}
          events={events}
          places={places}
          zoneLabel={zoneLabel}
          canEdit={canEdit}
          flagged={flagged}
          onEdit={(event) => (setRemoving(null), setEditing({ kind: 'edit', event }))}
          onRemove={(event) => (setEditing(null), setRemoveError(null), setRemoving(event))}
          focusId={focusId}
        />
      ) : (
        <div className="jointops-timeline-views">
          <div className="jointops-timeline-views__grid">
            <div>
              <figure className="margin-0">
                <TimelineGantt events={events} places={places} windowStart={plan.startsAt} windowEnd={plan.endsAt} zone={time.zone} />
                <figcaption className="font-body-2xs text-base-dark margin-top-05">
                  Gantt chart of the same events, grouped by phase; arrows show what waits for what
                  {plan.startsAt && plan.endsAt ? ', and shading marks time outside the plan window' : ''}.
                  {events.some((e) => e.actualStartsAt) ? ' Striped orange rows marked “(actual)” show the recorded actual times.' : ''} The table lists them in full.
                </figcaption>
              </figure>
            </div>
            <div>
              <TimelineTable
                planId={plan.id}
                events={events}
                places={places}
                zoneLabel={zoneLabel}
                canEdit={canEdit}
                flagged={flagged}
                onEdit={(event) => (setRemoving(null), setEditing({ kind: 'edit', event }))}
                onRemove={(event) => (setEditing(null), setRemoveError(null), setRemoving(event))}
                focusId={focusId}
              />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
