import { Alert } from '@trussworks/react-uswds';
import type { TimelineEventFieldsFragment, TimelineSectionPlanFragment } from '@jointops/web-data';
import { useState } from 'react';
import { useSnapshot } from '../plans/useSnapshot';
import { agencyOptions, FormCheckboxGroup, FormSelectField, FormTextField } from '../shared/form-fields';
import { usePlanTime } from '../shared/plan-time';
import { placeOptions } from '../shared/place-ref';
import { NOTHING_CHANGED_MESSAGE, PlanItemForm } from '../shared/PlanItemForm';
import { useLiveItem } from '../shared/useLiveItem';
import { useSchemaForm } from '../shared/useSchemaForm';
import { conflictFields, describeCurrent, describeValues } from './event-conflict';
import { initialValues, toInput, toPatch } from './event-form-values';
import { PHASE_LABELS, PHASES } from './timeline-phases';
import { eventFormSchema, eventWarnings, type EventFormValues } from './timeline-validation';
import type { useTimelineMutations } from './useTimelineMutations';

const PHASE_OPTIONS = PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] }));

export interface TimelineEventFormProps {
  plan: TimelineSectionPlanFragment;
  event?: TimelineEventFieldsFragment;
  actions: ReturnType<typeof useTimelineMutations>;
  onDone: (message: string, id: string | null) => void;
  onCancel: () => void;
}

/** Add or edit a timeline event, checked inline before anything is sent. */
export function TimelineEventForm({ plan, event, actions, onDone, onCancel }: TimelineEventFormProps) {
  const { zone, name } = usePlanTime();
  const opened = useSnapshot(event);
  const live = useLiveItem(event, opened, event ? `timeline:${event.id}` : null, (current) => initialValues(zone, current));
  const prefix = event ? `timeline-edit-${event.id}` : 'timeline-new';
  const id = (field: keyof EventFormValues) => `${prefix}-${field}`;
  const [ids] = useState(() => ({
    title: id('title'),
    phase: id('phase'),
    startsAt: id('startsAt'),
    endsAt: id('endsAt'),
    agencyId: id('agencyId'),
    placeId: id('placeId'),
    // The error summary and the focus go to the first box.
    dependsOnIds: `${id('dependsOnIds')}-first`,
    notes: id('notes'),
  }));
  const context = { events: plan.timeline, editingId: event?.id ?? null, windowStart: plan.startsAt, windowEnd: plan.endsAt, zone };
  const form = useSchemaForm<EventFormValues>(eventFormSchema(context), initialValues(zone, event));
  const warnings = eventWarnings(form.watch(), context);
  const others = plan.timeline.filter((e) => e.id !== event?.id);

  const onSave = async (values: EventFormValues, expectedVersion: number | undefined) => {
    if (!event) {
      const added = await actions.add(toInput(values, zone));
      return onDone('Saved: timeline event added.', added?.id ?? null);
    }
    const patch = toPatch(values, opened ?? event, zone);
    if (Object.keys(patch).length === 0) return onDone(NOTHING_CHANGED_MESSAGE, event.id);
    await actions.update(event.id, expectedVersion ?? (opened ?? event).version, patch);
    onDone('Saved: timeline event updated.', event.id);
  };

  return (
    <PlanItemForm
      form={form}
      ids={ids}
      label={event ? `Edit ${event.title}` : 'Add a timeline event'}
      className="maxw-tablet margin-y-2"
      headingLevel="h4"
      autoFocus="title"
      submitLabel={event ? 'Save event' : 'Add event'}
      onSave={onSave}
      onCancel={onCancel}
      // Nothing changed: nothing is sent, and no sign-off is put in question first.
      onUnchanged={event ? () => onDone(NOTHING_CHANGED_MESSAGE, event.id) : undefined}
      conflict={
        event
          ? {
              fields: conflictFields,
              mine: (values) => describeValues(values, plan, zone),
              theirs: (current) => describeCurrent(current, plan, zone),
              keepTheirs: ({ currentVersion, current }) => actions.keepTheirs(event.id, currentVersion, current),
            }
          : undefined
      }
      onKeptTheirs={onCancel}
      live={live}
    >
      <FormTextField name="title" label="Title" />
      <FormSelectField name="phase" label="Phase" options={PHASE_OPTIONS} />
      <FormTextField name="startsAt" label="Start" type="datetime-local" hint={`In the plan's time zone, ${name}.`} />
      <FormTextField name="endsAt" label="End" type="datetime-local" hint={`In the plan's time zone, ${name}.`} />
      <FormSelectField name="agencyId" label="Agency (optional)" placeholder="No particular agency" options={agencyOptions(plan.agencies)} />
      <FormSelectField name="placeId" label="Place (optional)" placeholder="— None —" options={placeOptions(plan.places)} hint={plan.places.length === 0 ? 'The plan has no places yet: add them in Places.' : undefined} />
      <FormCheckboxGroup
        name="dependsOnIds"
        id={id('dependsOnIds')}
        legend="Depends on"
        hint="It starts once these have finished."
        options={others.map((other) => ({ value: other.id, label: other.title }))}
        optionId={(dependency, index) => (index === 0 ? `${id('dependsOnIds')}-first` : `${prefix}-dep-${dependency}`)}
        empty={<p className="margin-y-1">No other events yet.</p>}
        filter={{ label: 'Find an event by title', noun: ['event', 'events'] }}
      />
      <FormTextField name="notes" label="Notes (optional)" multiline />
      <div aria-live="polite">
        {warnings.length > 0 ? (
          <Alert type="warning" slim className="margin-top-3">
            <span className="text-bold">This can be saved, but it will block review: </span>
            {warnings.join(' ')}
          </Alert>
        ) : null}
      </div>
    </PlanItemForm>
  );
}
