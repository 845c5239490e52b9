import { Alert, Button, Checkbox, Fieldset, Select, Textarea, TextInput } from '@trussworks/react-uswds';
import { ConflictNotice, ErrorSummary } from '@jointops/ui';
import { conflictOf, type Phase, type TimelineEventFieldsFragment, type TimelineSectionPlanFragment } from '@jointops/web-data';
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { fieldErrorsOf, messageOf } from '../checklist/server-errors';
import { EventField } from './EventFields';
import { conflictFields, describeCurrent, describeValues } from './event-conflict';
import { initialValues, toInput, toPatch } from './event-form-values';
import { PHASE_LABELS, PHASES } from './timeline-phases';
import { timeZoneName } from './time';
import { validateEvent, type EventField as Field, type EventFormValues } from './timeline-validation';
import type { useTimelineMutations } from './useTimelineMutations';
import { useSnapshot } from '../plans/useSnapshot';

const FIELDS: readonly Field[] = ['title', 'phase', 'startsAt', 'endsAt', 'agencyId', 'dependsOnIds', 'notes'];

export interface TimelineEventFormProps {
  plan: TimelineSectionPlanFragment;
  event?: TimelineEventFieldsFragment;
  actions: ReturnType<typeof useTimelineMutations>;
  onDone: (message: string, id: string | null) => void;
  onCancel: () => void;
}

/** Add or edit a timeline event, checked inline before anything is sent. */
export function TimelineEventForm({ plan, event, actions, onDone, onCancel }: TimelineEventFormProps) {
  const opened = useSnapshot(event);
  const [values, setValues] = useState<EventFormValues>(() => initialValues(event));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ currentVersion: number; current: Record<string, unknown> } | null>(null);
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const prefix = event ? `timeline-edit-${event.id}` : 'timeline-new';
  const id = (field: Field) => `${prefix}-${field}`;
  const context = { events: plan.timeline, editingId: event?.id ?? null, windowStart: plan.startsAt, windowEnd: plan.endsAt };
  const { warnings } = validateEvent(values, context);
  const others = plan.timeline.filter((e) => e.id !== event?.id);
  const zone = timeZoneName();

  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (errors[key]) setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async (expectedVersion: number | null) => {
    const found = validateEvent(values, context).errors;
    setErrors(found);
    setFormError(null);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      focusField(first);
      return;
    }
    if (event && Object.keys(toPatch(values, opened ?? event)).length === 0) {
      onDone('No changes to save.', event.id);
      return;
    }
    setSaving(true);
    try {
      if (event) await actions.update(event.id, expectedVersion ?? (opened ?? event).version, toPatch(values, opened ?? event));
      const added = event ? null : await actions.add(toInput(values));
      onDone(event ? 'Saved: timeline event updated.' : 'Saved: timeline event added.', event?.id ?? added?.id ?? null);
    } catch (error) {
      const conflictInfo = conflictOf(error);
      const fields = fieldErrorsOf(error);
      const named = fields ? FIELDS.filter((f) => fields[f]) : [];
      if (conflictInfo) setConflict({ currentVersion: conflictInfo.currentVersion, current: conflictInfo.current });
      else if (fields && named.length > 0) {
        setErrors(Object.fromEntries(named.map((f) => [f, fields[f]])));
        focusField(named[0]!);
      } else setFormError(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const focusField = (field: Field) => {
    const target = field === 'dependsOnIds' ? document.querySelector<HTMLElement>(`#${id(field)} input`) : document.getElementById(id(field));
    target?.focus();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(event ? (conflict?.currentVersion ?? (opened ?? event).version) : null);
  };

  const summary = FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: f === 'dependsOnIds' ? `${id(f)}-first` : id(f), message: errors[f]! }));

  return (
    <form className="usa-form maxw-tablet margin-y-2" onSubmit={onSubmit} noValidate aria-label={event ? `Edit ${event.title}` : 'Add a timeline event'}>
      <ErrorSummary errors={summary} headingLevel="h4" />
      {formError ? (
        <p className="usa-error-message" role="alert">
          {formError}
        </p>
      ) : null}
      <EventField id={id('title')} label="Title" error={errors.title}>
        {(describedBy, invalid) => (
          <TextInput id={id('title')} name="title" type="text" inputRef={titleRef} value={values.title} validationStatus={invalid ? 'error' : undefined} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(e) => set('title', e.target.value)} />
        )}
      </EventField>
      <EventField id={id('phase')} label="Phase" error={errors.phase}>
        {(describedBy) => (
          <Select id={id('phase')} name="phase" value={values.phase} aria-describedby={describedBy} onChange={(e) => set('phase', e.target.value as Phase)}>
            {PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {PHASE_LABELS[phase]}
              </option>
            ))}
          </Select>
        )}
      </EventField>
      {(['startsAt', 'endsAt'] as const).map((field) => (
        <EventField key={field} id={id(field)} label={field === 'startsAt' ? 'Start' : 'End'} hint={`Your time zone: ${zone}.`} error={errors[field]}>
          {(describedBy, invalid) => (
            <input id={id(field)} name={field} type="datetime-local" className={`usa-input${invalid ? ' usa-input--error' : ''}`} value={values[field]} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(e) => set(field, e.target.value)} />
          )}
        </EventField>
      ))}
      <EventField id={id('agencyId')} label="Agency (optional)" error={errors.agencyId}>
        {(describedBy) => (
          <Select id={id('agencyId')} name="agencyId" value={values.agencyId} aria-describedby={describedBy} onChange={(e) => set('agencyId', e.target.value)}>
            <option value="">No particular agency</option>
            {plan.agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name} ({agency.shortName})
              </option>
            ))}
          </Select>
        )}
      </EventField>
      <Fieldset legend="Depends on" id={id('dependsOnIds')} aria-describedby={errors.dependsOnIds ? `${id('dependsOnIds')}-error` : undefined} className={errors.dependsOnIds ? 'usa-form-group--error margin-top-3' : 'margin-top-3'}>
        <span className="usa-hint">It starts once these have finished.</span>
        {errors.dependsOnIds ? (
          <span id={`${id('dependsOnIds')}-error`} className="usa-error-message">
            {errors.dependsOnIds}
          </span>
        ) : null}
        {others.length === 0 ? <p className="margin-y-1">No other events yet.</p> : null}
        {others.map((other, index) => (
          <Checkbox
            key={other.id}
            id={index === 0 ? `${id('dependsOnIds')}-first` : `${prefix}-dep-${other.id}`}
            name="dependsOnIds"
            label={other.title}
            checked={values.dependsOnIds.includes(other.id)}
            onChange={(e) => set('dependsOnIds', e.target.checked ? [...values.dependsOnIds, other.id] : values.dependsOnIds.filter((d) => d !== other.id))}
          />
        ))}
      </Fieldset>
      <EventField id={id('notes')} label="Notes (optional)" error={errors.notes}>
        {(describedBy, invalid) => <Textarea id={id('notes')} name="notes" value={values.notes} error={invalid} aria-invalid={invalid || undefined} aria-describedby={describedBy} onChange={(e) => set('notes', e.target.value)} />}
      </EventField>
      <div aria-live="polite">
        {warnings.length > 0 ? (
          <Alert type="warning" slim className="margin-top-3">
            <span className="text-bold">This can be saved, but it will block review: </span>
            {warnings.join(' ')}
          </Alert>
        ) : null}
      </div>
      {conflict && event ? (
        <ConflictNotice
          fields={conflictFields}
          mine={describeValues(values, plan)}
          theirs={describeCurrent(conflict.current, plan)}
          onKeepTheirs={() => {
            actions.keepTheirs(event.id, conflict.currentVersion, conflict.current);
            onCancel();
          }}
          onApplyMine={() => void submit(conflict.currentVersion)}
        />
      ) : null}
      <div className="margin-top-3">
        <Button type="submit" disabled={saving}>
          {event ? 'Save event' : 'Add event'}
        </Button>
        <Button type="button" unstyled className="margin-left-2" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
