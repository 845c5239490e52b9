import { objectiveSchema } from '@jointops/domain';
import { ObjectiveFieldsFragmentDoc, type ObjectiveFieldsFragment, type Priority } from '@jointops/web-data';
import { FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { usePlanItemEditor } from '../shared/usePlanItemEditor';
import { PRIORITIES, PRIORITY_LABELS } from './priority';
import { useObjectiveMutations } from './useObjectiveMutations';

type ObjectiveValues = {
  title: string;
  description: string;
  successCriteria: string;
  priority: Priority;
};

const FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'description', label: 'Description' },
  { key: 'successCriteria', label: 'Success criteria' },
  { key: 'priority', label: 'Priority' },
];
const PRIORITY_OPTIONS = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

const valuesOf = (objective?: ObjectiveFieldsFragment): ObjectiveValues => ({
  title: objective?.title ?? '',
  description: objective?.description ?? '',
  successCriteria: objective?.successCriteria ?? '',
  priority: objective?.priority ?? 'MEDIUM',
});
const payload = (values: ObjectiveValues) => ({ ...values, title: values.title.trim() });

export interface ObjectiveFormProps {
  planId: string;
  /** The objective to edit; absent to add one. */
  objective?: ObjectiveFieldsFragment;
  onDone: (message?: string) => void;
}

/** Adds an objective, or edits one (with `expectedVersion`, keeping the input on CONFLICT). */
export function ObjectiveForm({ planId, objective, onDone }: ObjectiveFormProps) {
  const { addObjective, updateObjective } = useObjectiveMutations(planId);
  const editor = usePlanItemEditor({
    noun: 'objective',
    entity: objective,
    nameOf: (o) => o.title,
    idPrefix: 'objective',
    idSuffixes: { title: 'title', description: 'description', successCriteria: 'criteria', priority: 'priority' },
    schema: objectiveSchema,
    valuesOf,
    add: (values) => addObjective(payload(values)),
    update: (id, version, values) => updateObjective(id, version, payload(values)),
    onDone,
    conflict: { fields: FIELDS, typename: 'Objective', fragment: ObjectiveFieldsFragmentDoc },
  });
  return (
    <PlanItemForm {...editor}>
      <FormTextField name="title" label="Title" required />
      <FormTextField name="description" label="Description" multiline />
      <FormTextField name="successCriteria" label="Success criteria" multiline hint="How anyone will tell afterwards whether it was met. Required before review." />
      <FormSelectField name="priority" label="Priority" options={PRIORITY_OPTIONS} />
    </PlanItemForm>
  );
}
