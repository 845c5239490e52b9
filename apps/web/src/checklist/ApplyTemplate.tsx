import { useQuery } from '@apollo/client/react';
import { Button, FormGroup, Label, Select } from '@trussworks/react-uswds';
import { ChecklistTemplatesDocument } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { formatCalendarDate } from '../timeline/time';
import { errorMessage } from '../shared/errors';

export interface ApplyTemplateProps {
  onApply: (templateId: string) => Promise<unknown>;
  onDone: (message: string) => void;
}

/** Pick a versioned checklist template and apply it to the plan. */
export function ApplyTemplate({ onApply, onDone }: ApplyTemplateProps) {
  const { data, loading, error } = useQuery(ChecklistTemplatesDocument);
  const templates = data?.checklistTemplates ?? [];
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);
  const templateId = chosen || templates[0]?.id || '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!templateId) return;
    setBusy(true);
    setApplyError(null);
    try {
      await onApply(templateId);
      onDone('Saved: template applied.');
    } catch (e) {
      setApplyError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (loading) return <p>Loading templates…</p>;
  if (error) return <p className="usa-error-message">The checklist templates could not be loaded.</p>;
  if (templates.length === 0) return <p>No checklist templates are available. Add items one by one instead.</p>;

  return (
    <form className="usa-form maxw-mobile-lg margin-x-auto text-left" onSubmit={(e) => void onSubmit(e)} aria-label="Apply a checklist template">
      {applyError ? (
        <p className="usa-error-message" role="alert">
          {applyError}
        </p>
      ) : null}
      <FormGroup>
        <Label htmlFor="checklist-template">Template</Label>
        <Select id="checklist-template" name="template" value={templateId} onChange={(e) => setChosen(e.target.value)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {`${t.name} (${t.jurisdiction}, version ${t.version}, effective ${formatCalendarDate(t.effectiveFrom)})`}
            </option>
          ))}
        </Select>
      </FormGroup>
      <Button type="submit" disabled={busy} className="margin-top-2">
        Apply template
      </Button>
    </form>
  );
}
