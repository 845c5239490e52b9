import { Fieldset, Radio } from '@trussworks/react-uswds';
import { checklistResolutionSchema } from '@jointops/domain';
import type { ChecklistItemFieldsFragment, ChecklistStatus } from '@jointops/web-data';
import { graphQLErrorsOf } from '@jointops/web-data';
import { useState } from 'react';
import { errorMessage } from '../shared/errors';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { STATUS_LABELS } from './checklist-labels';
import { NA_LEAD_ONLY } from './ResolveForm';
import { BULK_RESOLVE_HEADING_ID } from './SelectionBar';

type Resolution = Exclude<ChecklistStatus, 'OPEN'>;

export interface BulkResolveFormProps {
  /** The selected items, as the list shows them (their versions are the ones resolved). */
  items: readonly ChecklistItemFieldsFragment[];
  isLead: boolean;
  onResolve: (items: readonly ChecklistItemFieldsFragment[], status: Resolution, note: string) => Promise<unknown>;
  onDone: (message: string) => void;
}

/** The refusal's sentence, naming the item it was about (`extensions.itemId`): nothing was resolved. */
function describeFor(items: readonly ChecklistItemFieldsFragment[]) {
  return (error: unknown) => {
    const itemId = graphQLErrorsOf(error).map((e) => e.extensions?.['itemId']).find((id) => typeof id === 'string');
    const item = items.find((candidate) => candidate.id === itemId);
    return item ? `Nothing was resolved. "${item.text}": ${errorMessage(error)}` : errorMessage(error);
  };
}

const plural = (count: number) => (count === 1 ? '1 item' : `${count} items`);

/**
 * Resolves the selected checklist items with one piece of evidence (or one justification): the
 * server logs each item as its own change, and refuses the lot, naming the item, if one fails.
 */
export function BulkResolveForm({ items, isLead, onResolve, onDone }: BulkResolveFormProps) {
  const naLocked = !isLead && items.some((item) => item.required);
  const [status, setStatus] = useState<Resolution>('SATISFIED');
  const noteLabel = status === 'SATISFIED' ? 'Evidence' : 'Justification';
  const form = useSchemaForm<{ note: string }>(checklistResolutionSchema(status, noteLabel), { note: '' });
  const [ids] = useState({ note: 'bulk-resolve-note' });

  const save = async ({ note }: { note: string }) => {
    await onResolve(items, status, note.trim());
    form.reset({ note: '' });
    onDone(`Saved: ${plural(items.length)} marked ${STATUS_LABELS[status].toLowerCase()}.`);
  };

  return (
    <div className="border-1px border-base-light padding-2 radius-md margin-y-2" id="bulk-resolve">
      <h3 className="margin-top-0" id={BULK_RESOLVE_HEADING_ID} tabIndex={-1}>
        Resolve {plural(items.length)} together
      </h3>
      <ul className="font-body-xs margin-top-0">
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
      <PlanItemForm form={form} ids={ids} label={`Resolve ${plural(items.length)} together`} submitLabel={`Resolve ${plural(items.length)}`} busyLabel="Resolving…" onSave={save} describeError={describeFor(items)} className="maxw-none" noSummary>
        <Fieldset legend="Resolution">
          <Radio id="bulk-resolve-satisfied" name="bulk-resolve-status" label="Satisfied" value="SATISFIED" checked={status === 'SATISFIED'} onChange={() => setStatus('SATISFIED')} />
          <Radio
            id="bulk-resolve-na"
            name="bulk-resolve-status"
            label="Not applicable"
            value="NOT_APPLICABLE"
            checked={status === 'NOT_APPLICABLE'}
            disabled={naLocked}
            aria-describedby={naLocked ? 'bulk-resolve-na-hint' : undefined}
            onChange={() => setStatus('NOT_APPLICABLE')}
          />
          {naLocked ? (
            <p id="bulk-resolve-na-hint" className="usa-hint margin-top-05">
              {NA_LEAD_ONLY} A required item is selected.
            </p>
          ) : null}
        </Fieldset>
        <FormTextField name="note" label={noteLabel} multiline hint={`${status === 'SATISFIED' ? 'What shows these requirements are met.' : 'Why these items do not apply to this operation.'} Required; each item is logged with it.`} />
      </PlanItemForm>
    </div>
  );
}
