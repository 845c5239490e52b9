import { objectiveSchema } from '@jointops/domain';
import { ObjectiveFieldsFragmentDoc, type ObjectiveFieldsFragment, type Priority } from '@jointops/web-data';
import { FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { usePlanItemEditor } from '../shared/usePlanItemEditor';
import { PRIORITIES, PRIORITY_LABELS } from './priority';
import { useObjectiveMutations } from './useObjectiveMutations';

const FIELDS = [{ key: 'title', label: 'Title' }, { key: 'description', label: 'Description' }, { key: 'successCriteria', label: 'Success criteria' }, { key: 'priority', label: 'Priority' }];
const PRIORITY_OPTIONS = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

const valuesOf = (o?: ObjectiveFieldsFragment) => ({ title: o?.title ?? '', description: o?.description ?? '', successCriteria: o?.successCriteria ?? '', priority: (o?.priority ?? 'MEDIUM') as Priority });
const payload = (values: ReturnType<typeof valuesOf>) => ({ ...values, title: values.title.trim() });

const FORM = { noun: 'objective', idPrefix: 'objective', idSuffixes: { successCriteria: 'criteria' }, schema: objectiveSchema, valuesOf, nameOf: (o: ObjectiveFieldsFragment) => o.title };
/** The priority in words ("High"), not its enum value, in the conflict and newer-version tables. */
const shown = (values: Record<string, unknown>) => ({ ...values, priority: PRIORITY_LABELS[values['priority'] as Priority] ?? values['priority'] });
const CONFLICT = { fields: FIELDS, mine: shown, theirs: shown, typename: 'Objective', fragment: ObjectiveFieldsFragmentDoc };

export interface ObjectiveFormProps {
  planId: string;
  /** The objective to edit; absent to add one. */
  objective?: ObjectiveFieldsFragment;
  onDone: (message?: string) => void;
}

/** Adds an objective, or edits one (with `expectedVersion`, keeping the input on CONFLICT). */
export function ObjectiveForm({ planId, objective, onDone }: ObjectiveFormProps) {
  const { addObjective, updateObjective } = useObjectiveMutations(planId);
  const editor = usePlanItemEditor({ ...FORM, entity: objective, onDone, conflict: CONFLICT, add: (v) => addObjective(payload(v)), update: (id, version, v) => updateObjective(id, version, payload(v)) });
  return (
    <PlanItemForm {...editor}>
      <FormTextField name="title" label="Title" required />
      <FormTextField name="description" label="Description" multiline />
      <FormTextField name="successCriteria" label="Success criteria" multiline hint="How anyone will tell afterwards whether it was met. Required before review." />
      <FormSelectField name="priority" label="Priority" options={PRIORITY_OPTIONS} />
    </PlanItemForm>
  );
}
