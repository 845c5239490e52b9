import { Button, Fieldset, Radio, StepIndicator, StepIndicatorStep } from '@trussworks/react-uswds';
import { LiveStatus } from '@jointops/ui';
import type { DebriefFieldsFragment, DebriefInput } from '@jointops/web-data';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { errorMessage } from '../shared/errors';
import { FormSelectField, FormTextField } from '../shared/form-fields';
import { usePlanTime } from '../shared/plan-time';
import { DebriefView } from './DebriefView';
import {
  debriefSteps,
  INCIDENT_LABELS,
  INCIDENT_TYPES,
  incidentErrors,
  inputOf,
  missingOutcomes,
  newIncident,
  OUTCOME_LABELS,
  OUTCOMES,
  stepLabel,
  valuesOf,
  type DebriefObjective,
  type DebriefValues,
} from './debrief-model';
import { ListEditor } from './ListEditor';

export interface DebriefWizardProps {
  objectives: readonly DebriefObjective[];
  /** The caller's saved draft, if any, as it was when the wizard opened. */
  draft: DebriefFieldsFragment | null;
  /** saveDebrief: expectedVersion undefined for the first save. */
  onSave: (input: DebriefInput, expectedVersion: number | undefined) => Promise<DebriefFieldsFragment>;
  onSubmit: (id: string, expectedVersion: number) => Promise<DebriefFieldsFragment>;
}

const INCIDENT_OPTIONS = INCIDENT_TYPES.map((t) => ({ value: t, label: INCIDENT_LABELS[t] }));
const LIST_STEPS = {
  strengths: { heading: 'Strengths', lead: 'What worked and should be kept.', noun: 'strength' },
  improvements: { heading: 'Improvements', lead: 'What should change next time.', noun: 'improvement' },
} as const;

/**
 * The guided debrief: one step per objective (outcome and notes), then incidents, strengths,
 * improvements, narrative, and review. Every step change saves the draft.
 */
export function DebriefWizard({ objectives, draft, onSave, onSubmit }: DebriefWizardProps) {
  const steps = useMemo(() => debriefSteps(objectives), [objectives]);
  const time = usePlanTime();
  const form = useForm<DebriefValues>({ defaultValues: valuesOf(draft, objectives, time.zone) });
  const values = form.watch();
  const [index, setIndex] = useState(0);
  // The id and version we last saved (or the draft's, as the wizard opened it).
  const saved = useRef<{ id: string; version: number } | null>(draft ? { id: draft.id, version: draft.version } : null);
  const lastSent = useRef<string | null>(draft ? JSON.stringify(inputOf(valuesOf(draft, [], time.zone), objectives, time.zone)) : null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState<DebriefFieldsFragment | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = steps[index]!;
  const missing = missingOutcomes(values, objectives);

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  /** Saves when anything changed since the last save. Returns false when the save failed. */
  const save = async (): Promise<boolean> => {
    const input = inputOf(values, objectives, time.zone);
    const json = JSON.stringify(input);
    if (json === lastSent.current) return true;
    try {
      const result = await onSave(input, saved.current?.version);
      saved.current = { id: result.id, version: result.version };
      lastSent.current = json;
      setSavedAt(new Date().toISOString());
      return true;
    } catch (err) {
      setError(`Your draft was not saved. ${errorMessage(err)}`);
      return false;
    }
  };

  const goTo = async (next: number) => {
    setError(null);
    if (step.kind === 'incidents' && next > index) {
      const errors = Object.entries(incidentErrors(values.incidents, time.zone));
      form.clearErrors();
      for (const [path, message] of errors) form.setError(path as Path<DebriefValues>, { type: 'schema', message });
      if (errors.length) return;
    }
    setBusy(true);
    const ok = await save();
    setBusy(false);
    if (!ok) return;
    moved.current = true;
    setIndex(next);
  };

  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      if (!(await save()) || !saved.current) return;
      const result = await onSubmit(saved.current.id, saved.current.version);
      setSubmitted(result);
    } catch (err) {
      setError(`Not submitted. ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  if (submitted) {
    return (
      <div>
        <div className="usa-alert usa-alert--success" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">Debrief submitted. It can no longer be changed.</p>
          </div>
        </div>
        <DebriefView debrief={submitted} />
      </div>
    );
  }

  const set = <K extends keyof DebriefValues>(key: K, value: DebriefValues[K]) => form.setValue(key as Path<DebriefValues>, value as never);

  return (
    <FormProvider {...form}>
      <div className="jointops-debrief">
        <StepIndicator headingLevel="h3" counters="small" headingProps={{ ref: headingRef, tabIndex: -1 } as never} className="margin-bottom-3">
          {steps.map((s, i) => (
            <StepIndicatorStep key={i} label={stepLabel(s)} status={i < index ? 'complete' : i === index ? 'current' : 'incomplete'} />
          ))}
        </StepIndicator>
        <LiveStatus message={savedAt ? `Draft saved at ${time.format(savedAt)}.` : null} />
        {error ? (
          <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{error}</p>
            </div>
          </div>
        ) : null}

        {step.kind === 'objective' ? (
          <div>
            <h4 className="font-heading-lg margin-bottom-1">{step.objective.title}</h4>
            {step.objective.successCriteria ? (
              <p className="margin-top-0">
                <span className="text-bold">Success criteria:</span> {step.objective.successCriteria}
              </p>
            ) : null}
            <Fieldset legend="Outcome" legendStyle="large">
              {OUTCOMES.map((outcome) => (
                <Radio
                  key={outcome}
                  tile
                  id={`outcome-${step.objective.id}-${outcome}`}
                  name={`outcome-${step.objective.id}`}
                  label={OUTCOME_LABELS[outcome]}
                  value={outcome}
                  checked={values.outcomes[step.objective.id]?.outcome === outcome}
                  onChange={() => set('outcomes', { ...values.outcomes, [step.objective.id]: { notes: values.outcomes[step.objective.id]?.notes ?? '', outcome } })}
                />
              ))}
            </Fieldset>
            <FormTextField key={step.objective.id} name={`outcomes.${step.objective.id}.notes`} id={`outcome-notes-${step.objective.id}`} label="Notes" multiline />
          </div>
        ) : null}

        {step.kind === 'incidents' ? (
          <div>
            <h4 className="font-heading-lg margin-bottom-1">Incidents</h4>
            <p className="margin-top-0">Use of force, injuries, complaints, damage, data handling or safety issues. Operational facts only; no personal details about members of the public.</p>
            {values.incidents.length === 0 ? <p className="text-base-dark">No incidents recorded.</p> : null}
            {values.incidents.map((incident, n) => (
              <Fieldset key={incident.key} legend={`Incident ${n + 1}`} className="border-1px border-base-lighter padding-2 margin-bottom-2">
                <FormSelectField name={`incidents.${n}.type`} id={`${incident.key}-type`} label="Type" placeholder="- Select -" options={INCIDENT_OPTIONS} />
                <FormTextField name={`incidents.${n}.occurredAt`} id={`${incident.key}-occurredAt`} label="When" type="datetime-local" />
                <FormTextField name={`incidents.${n}.description`} id={`${incident.key}-description`} label="Description" multiline />
                <FormTextField name={`incidents.${n}.reportedTo`} id={`${incident.key}-reportedTo`} label="Reported to" hint="Supervisor, internal affairs, oversight body…" />
                <Button type="button" unstyled className="text-secondary-dark padding-y-1" onClick={() => set('incidents', values.incidents.filter((i) => i.key !== incident.key))}>
                  Remove incident {n + 1}
                </Button>
              </Fieldset>
            ))}
            <Button type="button" outline onClick={() => set('incidents', [...values.incidents, newIncident()])}>
              Add an incident
            </Button>
          </div>
        ) : null}

        {step.kind === 'strengths' || step.kind === 'improvements' ? (
          <div>
            <h4 className="font-heading-lg margin-bottom-1">{LIST_STEPS[step.kind].heading}</h4>
            <p className="margin-top-0">{LIST_STEPS[step.kind].lead}</p>
            <ListEditor key={step.kind} id={LIST_STEPS[step.kind].noun} noun={LIST_STEPS[step.kind].noun} items={values[step.kind]} onChange={(items) => set(step.kind, items)} />
          </div>
        ) : null}

        {step.kind === 'narrative' ? (
          <div>
            <h4 className="font-heading-lg margin-bottom-1">Narrative</h4>
            <FormTextField name="narrative" id="debrief-narrative" label="In your own words" multiline />
          </div>
        ) : null}

        {step.kind === 'review' ? (
          <div>
            <h4 className="font-heading-lg margin-bottom-1">Review and submit</h4>
            <p className="margin-top-0">Once submitted, your debrief cannot be changed.</p>
            <ReviewList values={values} objectives={objectives} onEdit={(i) => void goTo(i)} />
            {missing.length ? (
              <div className="usa-alert usa-alert--warning usa-alert--slim" data-testid="missing-outcomes">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">Choose an outcome for every objective before submitting. Missing: {missing.map((o) => o.title).join(', ')}.</p>
                </div>
              </div>
            ) : null}
          </div>
        ) : null}

        <div className="margin-top-3 display-flex flex-wrap jointops-debrief__nav">
          {index > 0 ? (
            <Button type="button" outline size="big" disabled={busy} onClick={() => void goTo(index - 1)}>
              Back
            </Button>
          ) : null}
          {step.kind !== 'review' ? (
            <Button type="button" size="big" disabled={busy} onClick={() => void goTo(index + 1)}>
              {busy ? 'Saving…' : 'Save and continue'}
            </Button>
          ) : (
            <Button type="button" size="big" disabled={busy || missing.length > 0} onClick={() => void submit()}>
              {busy ? 'Submitting…' : 'Submit debrief'}
            </Button>
          )}
        </div>
      </div>
    </FormProvider>
  );
}

function ReviewList({ values, objectives, onEdit }: { values: DebriefValues; objectives: readonly DebriefObjective[]; onEdit: (step: number) => void }) {
  const time = usePlanTime();
  const input = inputOf(values, objectives, time.zone);
  const base = objectives.length;
  return (
    <dl className="jointops-review">
      {objectives.map((o, i) => {
        const chosen = values.outcomes[o.id];
        return (
          <div key={o.id} className="margin-bottom-2">
            <dt className="text-bold">{o.title}</dt>
            <dd className="margin-left-0">
              {chosen?.outcome ? OUTCOME_LABELS[chosen.outcome] : <span className="text-secondary-dark">No outcome yet</span>}
              {chosen?.notes ? ` — ${chosen.notes}` : ''}{' '}
              <Button type="button" unstyled onClick={() => onEdit(i)} aria-label={`Change the outcome of ${o.title}`}>
                Change
              </Button>
            </dd>
          </div>
        );
      })}
      {(
        [
          ['Incidents', input.incidents?.map((i) => `${INCIDENT_LABELS[i.type]}, ${time.format(i.occurredAt)}: ${i.description}`) ?? [], base],
          ['Strengths', input.strengths ?? [], base + 1],
          ['Improvements', input.improvements ?? [], base + 2],
          ['Narrative', input.narrative ? [input.narrative] : [], base + 3],
        ] as const
      ).map(([label, items, stepIndex]) => (
        <div key={label} className="margin-bottom-2">
          <dt className="text-bold">
            {label}{' '}
            <Button type="button" unstyled className="text-normal" onClick={() => onEdit(stepIndex)} aria-label={`Change ${label.toLowerCase()}`}>
              Change
            </Button>
          </dt>
          <dd className="margin-left-0">{items.length ? items.map((item, i) => <div key={i}>{item}</div>) : <span className="text-base-dark">None</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
