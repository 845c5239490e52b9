import { Button, Fieldset, Radio, StepIndicator, StepIndicatorStep } from '@trussworks/react-uswds';
import { ErrorSummary, LiveStatus } from '@jointops/ui';
import { incidentTimeBounds, type OperationWindow } from '@jointops/domain';
import { conflictOf, type DebriefFieldsFragment, type DebriefInput } from '@jointops/web-data';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { errorMessage } from '../shared/errors';
import { focusWhenShown } from '../shared/focus';
import { FormTextField } from '../shared/form-fields';
import { usePlanTime } from '../shared/plan-time';
import { DebriefReviewList } from './DebriefReviewList';
import { DebriefSaveError } from './DebriefSaveError';
import { DebriefView } from './DebriefView';
import {
  debriefSteps,
  incidentFieldId,
  inputOf,
  LIST_NOUNS,
  missingOutcomes,
  newIncident,
  OUTCOME_LABELS,
  OUTCOMES,
  resumeStep,
  stepErrors,
  stepLabel,
  valuesOf,
  type DebriefObjective,
  type DebriefValues,
  type StepError,
} from './debrief-model';
import { IncidentFields } from './IncidentFields';
import { ListEditor } from './ListEditor';
import './debrief.css';

export interface DebriefWizardProps {
  objectives: readonly DebriefObjective[];
  /** The plan's operation window and when it ran: incidents fall within them, 12 hours either side. */
  window?: OperationWindow | null;
  /** The caller's saved draft, if any, as it was when the wizard opened. */
  draft: DebriefFieldsFragment | null;
  /** saveDebrief: expectedVersion undefined for the first save. */
  onSave: (input: DebriefInput, expectedVersion: number | undefined) => Promise<DebriefFieldsFragment>;
  onSubmit: (id: string, expectedVersion: number) => Promise<DebriefFieldsFragment>;
}

const ADD_INCIDENT_ID = 'add-incident';

const LIST_STEPS = {
  strengths: { heading: 'Strengths', lead: 'What worked and should be kept.', noun: LIST_NOUNS.strengths },
  improvements: { heading: 'Improvements', lead: 'What should change next time.', noun: LIST_NOUNS.improvements },
} as const;

/**
 * The guided debrief: one step per objective (outcome and notes), then incidents, strengths,
 * improvements, narrative, and review. Leaving a step checks it (the shared debrief schemas) and
 * saves the draft with the furthest step reached, where a resumed draft opens again.
 */
export function DebriefWizard({ objectives, window, draft, onSave, onSubmit }: DebriefWizardProps) {
  const steps = useMemo(() => debriefSteps(objectives), [objectives]);
  const time = usePlanTime();
  const form = useForm<DebriefValues>({ defaultValues: valuesOf(draft, objectives, time.zone) });
  const values = form.watch();
  const [index, setIndex] = useState(() => resumeStep(draft, steps.length));
  // The furthest step reached, saved with the draft.
  const furthest = useRef(resumeStep(draft, steps.length));
  // The id and version we last saved (or the draft's, as the wizard opened it).
  const saved = useRef<{ id: string; version: number } | null>(draft ? { id: draft.id, version: draft.version } : null);
  const lastSent = useRef<string | null>(draft ? JSON.stringify({ ...inputOf(valuesOf(draft, [], time.zone), objectives, time.zone), lastStep: furthest.current }) : null);
  const [summary, setSummary] = useState<StepError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The version of this draft saved elsewhere (the author's other device or tab) when a save met it.
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [submitted, setSubmitted] = useState<DebriefFieldsFragment | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = steps[index]!;
  const missing = missingOutcomes(values, objectives);

  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [index]);

  /**
   * Saves when anything (or the furthest step) changed since the last save, over `over` (a version
   * saved elsewhere that the author chose to replace) or the version last saved here. Returns false
   * when the save failed.
   */
  const save = async (over?: number): Promise<boolean> => {
    const input = { ...inputOf(values, objectives, time.zone), lastStep: furthest.current };
    const json = JSON.stringify(input);
    if (json === lastSent.current && over === undefined) return true;
    try {
      const result = await onSave(input, over ?? saved.current?.version);
      saved.current = { id: result.id, version: result.version };
      lastSent.current = json;
      setSavedAt(new Date().toISOString());
      setConflictVersion(null);
      return true;
    } catch (err) {
      // A draft is its author's alone: a newer version was saved from their other device or tab.
      const conflict = conflictOf(err);
      if (conflict && Number.isFinite(conflict.currentVersion)) {
        setConflictVersion(conflict.currentVersion);
        setError('Your draft was not saved: it was saved from another device or tab since this page opened. Keep this page’s version to replace that one, or reload the page to see it (what you typed here is then lost).');
      } else {
        setError(`Your draft was not saved. ${errorMessage(err)}`);
      }
      return false;
    }
  };

  const keepThisVersion = async () => {
    if (conflictVersion === null) return;
    setBusy(true);
    const ok = await save(conflictVersion);
    setBusy(false);
    if (ok) setError(null);
  };

  const goTo = async (next: number) => {
    setError(null);
    const errors = stepErrors(step, values, { zone: time.zone, window, forward: next > index });
    form.clearErrors();
    for (const e of errors) form.setError(e.path as Path<DebriefValues>, { type: 'schema', message: e.message });
    setSummary(errors);
    if (errors.length) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const before = furthest.current;
    furthest.current = Math.max(before, next);
    setBusy(true);
    const ok = await save();
    setBusy(false);
    if (!ok) {
      furthest.current = before;
      return;
    }
    moved.current = true;
    setIndex(next);
  };
  // Errors the person has not fixed yet (a field's change clears its error). Reading
  // formState.errors on every render subscribes this component to them.
  const { formState } = form;
  void formState.errors;
  const openErrors = summary.filter((e) => form.getFieldState(e.path as Path<DebriefValues>, formState).error);
  const errorAt = (path: string) => openErrors.find((e) => e.path === path)?.message ?? null;

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

  const bounds = incidentTimeBounds(window);
  // Never past now: a later time is refused as in the future.
  const future = bounds !== null && bounds.latest > Date.now();
  const incidentHint = bounds
    ? `Within 12 hours of the operation (its window, or when it ran)${future ? ', and not in the future' : ''}: from ${time.format(new Date(bounds.earliest).toISOString())} to ${future ? 'now' : time.format(new Date(bounds.latest).toISOString())}.`
    : undefined;
  const set = <K extends keyof DebriefValues>(key: K, value: DebriefValues[K]) => form.setValue(key as Path<DebriefValues>, value as never);
  // Like strengths and improvements: focus goes to the new incident's first field, and after a removal to "Add an incident".
  const addIncident = () => {
    const added = newIncident();
    set('incidents', [...values.incidents, added]);
    void focusWhenShown(incidentFieldId(added.key, 'type'));
  };
  const removeIncident = (key: string) => {
    set('incidents', values.incidents.filter((i) => i.key !== key));
    void focusWhenShown(ADD_INCIDENT_ID);
  };

  return (
    <FormProvider {...form}>
      <div className="jointops-debrief">
        <StepIndicator headingLevel="h3" counters="small" headingProps={{ ref: headingRef, tabIndex: -1 } as never} className="margin-bottom-3">
          {steps.map((s, i) => (
            <StepIndicatorStep key={i} label={stepLabel(s)} status={i < index ? 'complete' : i === index ? 'current' : 'incomplete'} />
          ))}
        </StepIndicator>
        <LiveStatus message={savedAt ? `Draft saved at ${time.format(savedAt)}.` : null} />
        <div ref={summaryRef} tabIndex={-1} className="outline-0">
          <ErrorSummary errors={openErrors} headingLevel="h4" />
        </div>
        {error ? <DebriefSaveError message={error} conflict={conflictVersion !== null} busy={busy} onKeepThisVersion={() => void keepThisVersion()} /> : null}

        {step.kind === 'objective' ? (
          <div>
            <h4 className="font-heading-lg margin-bottom-1">{step.objective.title}</h4>
            {step.objective.successCriteria ? (
              <p className="margin-top-0">
                <span className="text-bold">Success criteria:</span> {step.objective.successCriteria}
              </p>
            ) : null}
            <Fieldset legend="Outcome" className={errorAt(`outcomes.${step.objective.id}.outcome`) ? 'usa-form-group--error' : undefined}>
              {errorAt(`outcomes.${step.objective.id}.outcome`) ? (
                <span className="usa-error-message" id={`outcome-${step.objective.id}-error`}>
                  {errorAt(`outcomes.${step.objective.id}.outcome`)}
                </span>
              ) : null}
              {OUTCOMES.map((outcome) => (
                <Radio
                  key={outcome}
                  tile
                  id={`outcome-${step.objective.id}-${outcome}`}
                  name={`outcome-${step.objective.id}`}
                  label={OUTCOME_LABELS[outcome]}
                  value={outcome}
                  checked={values.outcomes[step.objective.id]?.outcome === outcome}
                  aria-describedby={errorAt(`outcomes.${step.objective.id}.outcome`) ? `outcome-${step.objective.id}-error` : undefined}
                  onChange={() => {
                    set('outcomes', { ...values.outcomes, [step.objective.id]: { notes: values.outcomes[step.objective.id]?.notes ?? '', outcome } });
                    form.clearErrors(`outcomes.${step.objective.id}.outcome` as Path<DebriefValues>);
                  }}
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
              <IncidentFields key={incident.key} incident={incident} index={n} timeHint={incidentHint} onRemove={() => removeIncident(incident.key)} />
            ))}
            <Button type="button" outline id={ADD_INCIDENT_ID} onClick={addIncident}>
              Add an incident
            </Button>
          </div>
        ) : null}

        {step.kind === 'strengths' || step.kind === 'improvements' ? (
          <div>
            <h4 className="font-heading-lg margin-bottom-1">{LIST_STEPS[step.kind].heading}</h4>
            <p className="margin-top-0">{LIST_STEPS[step.kind].lead}</p>
            <ListEditor
              key={step.kind}
              id={LIST_STEPS[step.kind].noun}
              noun={LIST_STEPS[step.kind].noun}
              items={values[step.kind]}
              errors={Object.fromEntries(values[step.kind].map((_, i) => [i, errorAt(`${step.kind}.${i}`)]))}
              onChange={(items) => {
                set(step.kind, items);
                form.clearErrors(step.kind as Path<DebriefValues>);
              }}
            />
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
            <DebriefReviewList values={values} objectives={objectives} onEdit={(i) => void goTo(i)} />
            {missing.length ? (
              <div className="usa-alert usa-alert--warning usa-alert--slim" data-testid="missing-outcomes">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">Choose an outcome for every objective before submitting. Missing: {missing.map((o) => o.title).join(', ')}.</p>
                </div>
              </div>
            ) : null}
          </div>
        ) : null}

        <div className="margin-top-3 jointops-debrief__nav">
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
