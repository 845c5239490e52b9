import { Fieldset, Radio } from '@trussworks/react-uswds';
import { checklistResolutionSchema } from '@jointops/domain';
import type { ChecklistItemFieldsFragment, ChecklistStatus } from '@jointops/web-data';
import { useState } from 'react';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { useSnapshot } from '../plans/useSnapshot';
import { STATUS_LABELS } from './checklist-labels';

type Resolution = Exclude<ChecklistStatus, 'OPEN'>;

export interface ResolveFormProps {
  item: ChecklistItemFieldsFragment;
  isLead: boolean;
  onResolve: (expectedVersion: number, status: Resolution, note: string) => Promise<unknown>;
  onKeepTheirs: (currentVersion: number, current: Record<string, unknown>) => void;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export const NA_LEAD_ONLY = 'Only an agency lead may mark a required item not applicable.';

const CONFLICT_FIELDS = [
  { key: 'status', label: 'Status' },
  { key: 'note', label: 'Evidence or justification' },
];

/** Resolve one checklist item: SATISFIED with evidence, or NOT_APPLICABLE with a justification. */
export function ResolveForm({ item, isLead, onResolve, onKeepTheirs, onDone, onCancel }: ResolveFormProps) {
  const opened = useSnapshot(item);
  const base = `resolve-${item.id}`;
  const naLocked = item.required && !isLead;
  const [status, setStatus] = useState<Resolution>(item.status === 'NOT_APPLICABLE' && !naLocked ? 'NOT_APPLICABLE' : 'SATISFIED');
  const noteLabel = status === 'SATISFIED' ? 'Evidence' : 'Justification';
  const form = useSchemaForm<{ note: string }>(checklistResolutionSchema(status, noteLabel), { note: item.status === 'OPEN' ? '' : item.note });
  const [ids] = useState({ note: `${base}-note` });

  const save = async ({ note }: { note: string }, expectedVersion: number | undefined) => {
    await onResolve(expectedVersion ?? (opened ?? item).version, status, note.trim());
    onDone(`Saved: marked ${STATUS_LABELS[status].toLowerCase()}.`);
  };

  return (
    <PlanItemForm
      form={form}
      ids={ids}
      label={`Resolve: ${item.text}`}
      submitLabel="Save resolution"
      busyLabel="Save resolution"
      onSave={save}
      onCancel={onCancel}
      conflict={{
        fields: CONFLICT_FIELDS,
        mine: ({ note }) => ({ status: STATUS_LABELS[status], note }),
        theirs: (current) => ({ status: STATUS_LABELS[current['status'] as ChecklistStatus] ?? current['status'], note: current['note'] }),
        keepTheirs: ({ currentVersion, current }) => onKeepTheirs(currentVersion, current),
      }}
      onKeptTheirs={onCancel}
      className="maxw-none margin-top-2"
      autoFocus="note"
      noSummary
    >
      <Fieldset legend="Resolution">
        <Radio id={`${base}-satisfied`} name={`${base}-status`} label="Satisfied" value="SATISFIED" checked={status === 'SATISFIED'} onChange={() => setStatus('SATISFIED')} />
        <Radio
          id={`${base}-na`}
          name={`${base}-status`}
          label="Not applicable"
          value="NOT_APPLICABLE"
          checked={status === 'NOT_APPLICABLE'}
          disabled={naLocked}
          aria-describedby={naLocked ? `${base}-na-hint` : undefined}
          onChange={() => setStatus('NOT_APPLICABLE')}
        />
        {naLocked ? (
          <p id={`${base}-na-hint`} className="usa-hint margin-top-05">
            {NA_LEAD_ONLY}
          </p>
        ) : null}
      </Fieldset>
      <FormTextField name="note" label={noteLabel} multiline hint={`${status === 'SATISFIED' ? 'What shows this requirement is met.' : 'Why this item does not apply to this operation.'} Required.`} />
    </PlanItemForm>
  );
}
