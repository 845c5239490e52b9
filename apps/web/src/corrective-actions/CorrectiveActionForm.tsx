import { Button } from '@trussworks/react-uswds';
import { TextField } from '@jointops/ui';
import type { ActionStatus, CorrectiveActionFieldsFragment } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { useSnapshot } from '../plans/useSnapshot';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, actionErrorMessage, dateInputToIso, isoToDateInput } from './corrective-action-model';

export interface CorrectiveActionValues {
  title: string;
  ownerAgencyId: string;
  dueDate: string;
  status: ActionStatus;
  notes: string;
}

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
  const [values, setValues] = useState<CorrectiveActionValues>(() => ({
    title: snapshot?.title ?? '',
    ownerAgencyId: snapshot?.ownerAgency.id ?? '',
    dueDate: isoToDateInput(snapshot?.dueDate),
    status: snapshot?.status ?? 'OPEN',
    notes: snapshot?.notes ?? '',
  }));
  const [errors, setErrors] = useState<Partial<Record<keyof CorrectiveActionValues, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof CorrectiveActionValues>(key: K, value: CorrectiveActionValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!values.title.trim()) next.title = 'Enter a title.';
    if (!values.ownerAgencyId) next.ownerAgencyId = 'Choose the agency that owns it.';
    const dueDateIso = dateInputToIso(values.dueDate);
    if (!dueDateIso) next.dueDate = 'Enter a due date.';
    setErrors(next);
    setServerError(null);
    if (Object.keys(next).length || !dueDateIso) return;
    setBusy(true);
    try {
      await onSave({ ...values, title: values.title.trim(), notes: values.notes.trim(), dueDateIso }, snapshot ? snapshot.version : null);
    } catch (error) {
      setServerError(actionErrorMessage(error));
      setBusy(false);
    }
  };

  return (
    <form className="usa-form maxw-full padding-2 bg-base-lightest margin-y-1" onSubmit={(e) => void submit(e)} aria-label={action ? `Edit corrective action ${action.title}` : 'Add a corrective action'}>
      {serverError ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{serverError}</p>
          </div>
        </div>
      ) : null}
      <TextField id={`${idPrefix}-title`} label="Title" value={values.title} onChange={(v) => set('title', v)} error={errors.title ?? null} required />
      <div className="grid-row grid-gap">
        <div className={`usa-form-group tablet:grid-col-6 grid-col-12${errors.ownerAgencyId ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={`${idPrefix}-owner`}>
            Owner agency
          </label>
          {errors.ownerAgencyId ? <span className="usa-error-message">{errors.ownerAgencyId}</span> : null}
          <select id={`${idPrefix}-owner`} className="usa-select" value={values.ownerAgencyId} onChange={(e) => set('ownerAgencyId', e.target.value)}>
            <option value="">- Select -</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName} — {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className={`usa-form-group tablet:grid-col-6 grid-col-12${errors.dueDate ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={`${idPrefix}-due`}>
            Due date
          </label>
          {errors.dueDate ? <span className="usa-error-message">{errors.dueDate}</span> : null}
          <input id={`${idPrefix}-due`} type="date" className="usa-input" value={values.dueDate} onChange={(e) => set('dueDate', e.target.value)} />
        </div>
      </div>
      {action ? (
        <div className="usa-form-group">
          <label className="usa-label" htmlFor={`${idPrefix}-status`}>
            Status
          </label>
          <select id={`${idPrefix}-status`} className="usa-select" value={values.status} onChange={(e) => set('status', e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <TextField id={`${idPrefix}-notes`} label="Notes" multiline value={values.notes} onChange={(v) => set('notes', v)} />
      <div className="margin-top-2">
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : action ? 'Save corrective action' : 'Add corrective action'}
        </Button>
        <Button type="button" unstyled onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
