import { changeReasonSchema } from '@jointops/domain';
import { useState } from 'react';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';

export interface RemoveRequiredConfirmProps {
  /** The item's id, for unique field ids. */
  itemId: string;
  /** Removes the item with the reason; throws what the server answered (the reason's error goes to its field). */
  onConfirm: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/**
 * Removing a required item is an agency lead's decision with a written reason (the rule lives in
 * libs/domain): the reason goes into the plan's log and the other leads read it before they sign.
 */
export function RemoveRequiredConfirm({ itemId, onConfirm, onCancel }: RemoveRequiredConfirmProps) {
  const [ids] = useState({ reason: `remove-${itemId}-reason` });
  const form = useSchemaForm<{ reason: string }>(changeReasonSchema, { reason: '' });
  return (
    <PlanItemForm
      form={form}
      ids={ids}
      label="Remove this required item"
      submitLabel="Yes, remove"
      busyLabel="Yes, remove"
      onSave={({ reason }) => onConfirm(reason.trim())}
      onCancel={onCancel}
      className="maxw-none bg-secondary-lighter padding-2 margin-top-1 radius-md"
      autoFocus="reason"
      noSummary
      secondary
    >
      <p className="margin-top-0">This item is required. Remove it from the plan? You can undo this for 10 seconds afterwards.</p>
      <FormTextField name="reason" label="Reason for removing it" multiline hint="Required. The agency leads who sign the plan see it in what changed." />
    </PlanItemForm>
  );
}
