import { Button, ErrorMessage, Fieldset, FormGroup, Label, Radio, Textarea } from '@trussworks/react-uswds';
import { checkRequiredText, LIMITS } from '@jointops/domain';
import { conflictOf, type ChecklistItemFieldsFragment, type ChecklistStatus } from '@jointops/web-data';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ConflictNotice } from '@jointops/ui';
import { STATUS_LABELS } from './checklist-labels';
import { fieldErrorsOf, messageOf } from './server-errors';
import { useSnapshot } from '../plans/useSnapshot';

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

/** Resolve one checklist item: SATISFIED with evidence, or NOT_APPLICABLE with a justification. */
export function ResolveForm({ item, isLead, onResolve, onKeepTheirs, onDone, onCancel }: ResolveFormProps) {
  const opened = useSnapshot(item);
  const base = `resolve-${item.id}`;
  const naLocked = item.required && !isLead;
  const [status, setStatus] = useState<Resolution>(item.status === 'NOT_APPLICABLE' && !naLocked ? 'NOT_APPLICABLE' : 'SATISFIED');
  const [note, setNote] = useState(item.status === 'OPEN' ? '' : item.note);
  const [noteError, setNoteError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ currentVersion: number; current: Record<string, unknown> } | null>(null);
  const [saving, setSaving] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);

  const noteLabel = status === 'SATISFIED' ? 'Evidence' : 'Justification';

  const submit = async (expectedVersion: number) => {
    const violation = checkRequiredText('note', note, LIMITS.textMax);
    if (violation) {
      setNoteError(violation.message.replace(/^Note/, noteLabel));
      noteRef.current?.focus();
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      await onResolve(expectedVersion, status, note.trim());
      setConflict(null);
      onDone(`Saved: marked ${STATUS_LABELS[status].toLowerCase()}.`);
    } catch (error) {
      const found = conflictOf(error);
      if (found) setConflict({ currentVersion: found.currentVersion, current: found.current });
      else {
        const fields = fieldErrorsOf(error);
        if (fields?.['note']) setNoteError(fields['note']);
        else setFormError(fields?.['status'] ?? messageOf(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(conflict?.currentVersion ?? (opened ?? item).version);
  };

  return (
    <form className="usa-form maxw-none margin-top-2" onSubmit={onSubmit} noValidate aria-label={`Resolve: ${item.text}`}>
      {formError ? (
        <p className="usa-error-message" role="alert">
          {formError}
        </p>
      ) : null}
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
      <FormGroup error={Boolean(noteError)}>
        <Label htmlFor={`${base}-note`} error={Boolean(noteError)}>
          {noteLabel}
        </Label>
        <span id={`${base}-note-hint`} className="usa-hint">
          {status === 'SATISFIED' ? 'What shows this requirement is met.' : 'Why this item does not apply to this operation.'} Required.
        </span>
        {noteError ? <ErrorMessage id={`${base}-note-error`}>{noteError}</ErrorMessage> : null}
        <Textarea
          id={`${base}-note`}
          name="note"
          inputRef={noteRef}
          value={note}
          maxLength={LIMITS.textMax}
          error={Boolean(noteError)}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${base}-note-hint ${base}-note-error` : `${base}-note-hint`}
          onChange={(e) => {
            setNote(e.target.value);
            setNoteError(null);
          }}
        />
      </FormGroup>
      {conflict ? (
        <ConflictNotice
          fields={[
            { key: 'status', label: 'Status' },
            { key: 'note', label: 'Evidence or justification' },
          ]}
          mine={{ status: STATUS_LABELS[status], note }}
          theirs={{ status: STATUS_LABELS[conflict.current['status'] as ChecklistStatus] ?? conflict.current['status'], note: conflict.current['note'] }}
          onKeepTheirs={() => {
            onKeepTheirs(conflict.currentVersion, conflict.current);
            onCancel();
          }}
          onApplyMine={() => void submit(conflict.currentVersion)}
        />
      ) : null}
      <div className="margin-top-2">
        <Button type="submit" disabled={saving}>
          Save resolution
        </Button>
        <Button type="button" unstyled className="margin-left-2" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
