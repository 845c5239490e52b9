import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Form, FormGroup, Label } from '@trussworks/react-uswds';
import { checkText, checkTitle, collectViolations, LIMITS } from '@jointops/domain';
import { ConflictNotice, ErrorSummary, TextField } from '@jointops/ui';
import { ObjectiveFieldsFragmentDoc, type ObjectiveFieldsFragment, type Priority } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { writeConflictCurrent } from '../plans/plan-cache';
import { useEntityForm } from '../plans/useEntityForm';
import { PRIORITIES, PRIORITY_LABELS } from './priority';
import { useObjectiveMutations } from './useObjectiveMutations';
import { useSnapshot } from '../plans/useSnapshot';

const FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'description', label: 'Description' },
  { key: 'successCriteria', label: 'Success criteria' },
  { key: 'priority', label: 'Priority' },
];

export interface ObjectiveFormProps {
  planId: string;
  /** The objective to edit; absent to add one. */
  objective?: ObjectiveFieldsFragment;
  onDone: (message?: string) => void;
}

/** Adds an objective, or edits one (with `expectedVersion`, keeping the input on CONFLICT). */
export function ObjectiveForm({ planId, objective, onDone }: ObjectiveFormProps) {
  const opened = useSnapshot(objective);
  const client = useApolloClient();
  const prefix = objective ? `objective-${objective.id}-edit` : 'objective-new';
  const [ids] = useState(() => ({ title: `${prefix}-title`, description: `${prefix}-description`, successCriteria: `${prefix}-criteria`, priority: `${prefix}-priority` }));
  const form = useEntityForm(ids);
  const { addObjective, updateObjective } = useObjectiveMutations(planId);
  const [values, setValues] = useState({
    title: objective?.title ?? '',
    description: objective?.description ?? '',
    successCriteria: objective?.successCriteria ?? '',
    priority: (objective?.priority ?? 'MEDIUM') as Priority,
  });
  const set = (key: keyof typeof values) => (value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    form.clearError(key);
  };

  const payload = () => ({ ...values, title: values.title.trim() });
  const save = async (expectedVersion?: number) => {
    const ok = await form.run(() => (objective ? updateObjective(objective.id, expectedVersion ?? (opened ?? objective).version, payload()) : addObjective(payload())));
    if (!ok) return;
    if (objective) onDone('Objective saved.');
    else {
      setValues({ title: '', description: '', successCriteria: '', priority: 'MEDIUM' });
      onDone('Objective added.');
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.saving) return;
    const path = objective ? 'patch' : 'input';
    const violations = collectViolations(
      checkTitle(`${path}.title`, values.title),
      checkText(`${path}.description`, values.description, LIMITS.textMax),
      checkText(`${path}.successCriteria`, values.successCriteria, LIMITS.textMax),
    );
    if (form.check(violations)) void save();
  };

  const conflict = form.conflict;
  return (
    <Form onSubmit={onSubmit} noValidate aria-label={objective ? `Edit objective ${objective.title}` : 'Add an objective'} className="maxw-full">
      <ErrorSummary errors={form.summary} headingLevel="h3" />
      {form.formError ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">{form.formError}</p>
        </Alert>
      ) : null}
      {conflict && objective ? (
        <ConflictNotice
          fields={FIELDS}
          mine={values}
          theirs={conflict.current}
          busy={form.saving}
          onKeepTheirs={() => {
            writeConflictCurrent(client.cache, { typename: 'Objective', id: objective.id, fragment: ObjectiveFieldsFragmentDoc, current: conflict.current, currentVersion: conflict.currentVersion });
            form.dismissConflict();
            onDone('Kept their version.');
          }}
          onApplyMine={() => void save(conflict.currentVersion)}
        />
      ) : null}
      <TextField id={ids.title} label="Title" required value={values.title} onChange={set('title')} error={form.errors.title} />
      <TextField id={ids.description} label="Description" multiline value={values.description} onChange={set('description')} error={form.errors.description} />
      <TextField
        id={ids.successCriteria}
        label="Success criteria"
        multiline
        value={values.successCriteria}
        onChange={set('successCriteria')}
        error={form.errors.successCriteria}
        hint="How anyone will tell afterwards whether it was met. Required before review."
      />
      <FormGroup>
        <Label htmlFor={ids.priority}>Priority</Label>
        <select id={ids.priority} className="usa-select" value={values.priority} onChange={(e) => set('priority')(e.target.value)}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
      </FormGroup>
      <div className="margin-top-3">
        <Button type="submit" disabled={form.saving}>
          {form.saving ? 'Saving…' : objective ? 'Save objective' : 'Add objective'}
        </Button>
        {objective ? (
          <Button type="button" unstyled onClick={() => onDone()} disabled={form.saving}>
            Cancel
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
