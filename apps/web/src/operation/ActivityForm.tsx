import { Button, Form } from '@trussworks/react-uswds';
import { ErrorSummary, TextField } from '@jointops/ui';
import { useState, type FormEvent } from 'react';
import { messageOf } from '../checklist/server-errors';
import { toLocalInput } from '../timeline/time';
import { validateActivity, type ActivityErrors } from './activity-validation';

export interface ActivityFormProps {
  /** Sends the entry; `at` null means "now" on the server. */
  onLog: (text: string, at: string | null) => Promise<void>;
  zoneLabel: string;
}

/** "Add entry": what happened, and when (defaults to now; never in the future). */
export function ActivityForm({ onLog, zoneLabel }: ActivityFormProps) {
  const [text, setText] = useState('');
  const [at, setAt] = useState(() => toLocalInput(new Date().toISOString()));
  const [errors, setErrors] = useState<ActivityErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateActivity({ text, at }, Date.now());
    setErrors(checked.errors);
    setServerError(null);
    if (Object.keys(checked.errors).length) return;
    setBusy(true);
    try {
      await onLog(text.trim(), checked.at);
      setText('');
      setAt(toLocalInput(new Date().toISOString()));
    } catch (error) {
      setServerError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const summary = Object.entries(errors).map(([field, message]) => ({ fieldId: `activity-${field}`, message: message! }));
  return (
    <Form onSubmit={(e) => void submit(e)} aria-label="Add an activity log entry" className="maxw-full" large>
      <h3 className="margin-bottom-1">Add entry</h3>
      {summary.length ? <ErrorSummary errors={summary} headingLevel="h4" /> : null}
      {serverError ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{serverError}</p>
          </div>
        </div>
      ) : null}
      <TextField id="activity-text" label="What happened" multiline value={text} onChange={setText} error={errors.text ?? null} required disabled={busy} />
      <TextField
        id="activity-at"
        label="When"
        type="datetime-local"
        value={at}
        onChange={setAt}
        error={errors.at ?? null}
        hint={`Your time zone, ${zoneLabel}. Defaults to now; it cannot be in the future.`}
      />
      <Button type="submit" disabled={busy} className="margin-top-2">
        {busy ? 'Adding…' : 'Add entry'}
      </Button>
    </Form>
  );
}
