import { checklistItemEditSchema, isRequirementChange, requirementLabel } from '@jointops/domain';
import type { ChecklistCategory, ChecklistItemFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { FormCheckbox, FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useLiveItem } from '../shared/useLiveItem';
import { useSchemaForm } from '../shared/useSchemaForm';
import { useSnapshot } from '../plans/useSnapshot';
import { CATEGORIES, CATEGORY_LABELS } from './checklist-labels';

export interface ChecklistItemValues {
  category: ChecklistCategory;
  text: string;
  required: boolean;
  citation: string;
}
type FormValues = ChecklistItemValues & { reason: string };

export interface ChecklistItemFormProps {
  /** The item being edited; absent when adding. */
  item?: ChecklistItemFieldsFragment;
  idPrefix: string;
  /**
   * The item is required (and the user may change it, as an agency lead): changing its text,
   * category or citation needs a reason, which is sent with the save.
   */
  askReason?: boolean;
  /** Adding, for a user who may not change or remove a required item once it exists (a planner): the form says so. */
  requiredIsFinal?: boolean;
  onSave: (values: ChecklistItemValues, expectedVersion: number | null, reason?: string) => Promise<unknown>;
  onKeepTheirs?: (currentVersion: number, current: Record<string, unknown>) => void;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const CATEGORY_OPTIONS = CATEGORIES.map((category) => ({ value: category, label: CATEGORY_LABELS[category] }));
const CONFLICT_FIELDS = [
  { key: 'category', label: 'Category' },
  { key: 'text', label: 'Requirement' },
  { key: 'required', label: 'Required' },
  { key: 'citation', label: 'Citation' },
];

const show = (values: Partial<ChecklistItemValues>) => ({
  category: values.category ? (CATEGORY_LABELS[values.category] ?? values.category) : '',
  text: values.text,
  required: values.required == null ? '' : requirementLabel(values.required),
  citation: values.citation,
});

/** Add a custom checklist item or edit one: category, text, required, citation (and, for a required item, why). */
export function ChecklistItemForm({ item, idPrefix, askReason = false, requiredIsFinal = false, onSave, onKeepTheirs, onDone, onCancel }: ChecklistItemFormProps) {
  const opened = useSnapshot(item);
  const [ids] = useState(() => Object.fromEntries(['category', 'text', 'required', 'citation', 'reason'].map((key) => [key, `${idPrefix}-${key}`])));
  // The same rule as the API (libs/domain): only a real change of the requirement needs a reason.
  const current = askReason ? item : undefined;
  const form = useSchemaForm<FormValues>(checklistItemEditSchema(current), {
    category: item?.category ?? 'OTHER',
    text: item?.text ?? '',
    required: item?.required ?? true,
    citation: item?.citation ?? '',
    reason: '',
  });
  // "Take theirs" keeps any reason typed so far: it explains this user's change, not theirs.
  const live = useLiveItem(item, opened, item ? `checklist:${item.id}` : null, (saved) => ({ category: saved.category, text: saved.text, required: saved.required, citation: saved.citation ?? '', reason: form.getValues('reason') }));
  const submitLabel = item ? 'Save item' : 'Add item';

  const save = async ({ reason, ...values }: FormValues, expectedVersion: number | undefined) => {
    const needsReason = current != null && isRequirementChange(current, values);
    const version = item ? (expectedVersion ?? (opened ?? item).version) : null;
    await onSave({ ...values, text: values.text.trim(), citation: values.citation.trim() }, version, needsReason ? reason.trim() : undefined);
    onDone(item ? 'Saved: checklist item updated.' : 'Saved: checklist item added.');
  };

  return (
    <PlanItemForm
      form={form}
      ids={ids}
      label={item ? 'Edit checklist item' : 'Add a checklist item'}
      submitLabel={submitLabel}
      busyLabel={submitLabel}
      onSave={save}
      onCancel={onCancel}
      conflict={
        item && onKeepTheirs
          ? { fields: CONFLICT_FIELDS, mine: show, theirs: (theirs) => show(theirs as Partial<ChecklistItemValues>), keepTheirs: ({ currentVersion, current: latest }) => onKeepTheirs(currentVersion, latest) }
          : undefined
      }
      onKeptTheirs={onCancel}
      live={live}
      headingLevel="h4"
      className="maxw-tablet margin-top-2"
      autoFocus="text"
    >
      <FormSelectField name="category" label="Category" options={CATEGORY_OPTIONS} />
      <FormTextField name="text" label="Requirement" multiline />
      <FormCheckbox
        name="required"
        label="Required before review"
        className="margin-top-2"
        hint={!item && requiredIsFinal ? 'Once added, a required item can be changed or removed only by an agency lead. Untick this to keep it yours to edit.' : undefined}
      />
      <FormTextField
        name="citation"
        label={
          <>
            Citation<span className="usa-hint"> (optional)</span>
          </>
        }
        hint="Statute, policy or agreement section."
      />
      {askReason ? (
        <FormTextField
          name="reason"
          label="Reason for the change"
          multiline
          hint="This item is required. Changing its requirement, category or citation needs a reason; the agency leads who sign the plan see it."
        />
      ) : null}
    </PlanItemForm>
  );
}
