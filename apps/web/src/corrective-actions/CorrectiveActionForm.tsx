import { correctiveActionSchema } from '@jointops/domain';
import type { ActionStatus, CorrectiveActionFieldsFragment } from '@jointops/web-data';
import { useState } from 'react';
import { useSnapshot } from '../plans/useSnapshot';
import { FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, actionErrorMessage, dateInputToIso, isoToDateInput } from './corrective-action-model';

export type CorrectiveActionValues = {
  title: string;
  ownerAgencyId: string;
  /** `<input type="date">` value. */
  dueDate: string;
  status: ActionStatus;
  notes: string;
};

const STATUS_OPTIONS = ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }));

export interface CorrectiveActionFormProps {
  idPrefix: string;
  agencies: ReadonlyArray<{ id: string; shortName: string; name: string }>;
  /** Editing this action; adding a new one without. */
  action?: CorrectiveActionFieldsFragment;
  /** Receives the version the form opened with when editing. */
  onSave: (values: CorrectiveActionValues & { dueDateIso: string }, expectedVersion: number | null) => Promise<void>;
  onCancel: () => void;
}

/** Title, owner agency, due date, status (when editing) and notes of a corrective action. */
export function CorrectiveActionForm({ idPrefix, agencies, action, onSave, onCancel }: CorrectiveActionFormProps) {
  const snapshot = useSnapshot(action ?? null);
  const [ids] = useState(() => ({ title: `${idPrefix}-title`, ownerAgencyId: `${idPrefix}-owner`, dueDate: `${idPrefix}-due`, status: `${idPrefix}-status`, notes: `${idPrefix}-notes` }));
  const form = useSchemaForm<CorrectiveActionValues>(correctiveActionSchema, {
    title: snapshot?.title ?? '',
    ownerAgencyId: snapshot?.ownerAgency.id ?? '',
    dueDate: isoToDateInput(snapshot?.dueDate),
    status: snapshot?.status ?? 'OPEN',
    notes: snapshot?.notes ?? '',
  });
  return (
    <PlanItemForm
      form={form}
      ids={ids}
      label={action ? `Edit corrective action ${action.title}` : 'Add a corrective action'}
      className="maxw-full padding-2 bg-base-lightest margin-y-1"
      headingLevel="h4"
      autoFocus="title"
      submitLabel={action ? 'Save corrective action' : 'Add corrective action'}
      describeError={actionErrorMessage}
      onSave={(values) => onSave({ ...values, title: values.title.trim(), notes: values.notes.trim(), dueDateIso: dateInputToIso(values.dueDate) ?? '' }, snapshot ? snapshot.version : null)}
      onCancel={onCancel}
    >
      <FormTextField name="title" label="Title" required />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6 grid-col-12">
          <FormSelectField name="ownerAgencyId" label="Owner agency" required placeholder="- Select -" options={agencies.map((a) => ({ value: a.id, label: `${a.shortName} — ${a.name}` }))} />
        </div>
        <div className="tablet:grid-col-6 grid-col-12">
          <FormTextField name="dueDate" label="Due date" type="date" required />
        </div>
      </div>
      {action ? <FormSelectField name="status" label="Status" options={STATUS_OPTIONS} /> : null}
      <FormTextField name="notes" label="Notes" multiline />
    </PlanItemForm>
  );
}
