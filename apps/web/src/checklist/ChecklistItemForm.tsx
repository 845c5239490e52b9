import { Button, Checkbox, ErrorMessage, FormGroup, Label, Select, Textarea, TextInput } from '@trussworks/react-uswds';
import { ConflictNotice, ErrorSummary } from '@jointops/ui';
import { checkChangeReason, checkRequiredText, checkText, collectViolations, isRequirementChange, LIMITS, requirementLabel } from '@jointops/domain';
import { conflictOf, type ChecklistCategory, type ChecklistItemFieldsFragment } from '@jointops/web-data';
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { CATEGORIES, CATEGORY_LABELS } from './checklist-labels';
import { fieldErrorsOf, messageOf } from './server-errors';
import { useSnapshot } from '../plans/useSnapshot';

type Field = 'category' | 'text' | 'citation' | 'reason';
const FIELDS: readonly Field[] = ['category', 'text', 'citation', 'reason'];
export interface ChecklistItemValues {
  category: ChecklistCategory;
  text: string;
  required: boolean;
  citation: string;
}
type Values = ChecklistItemValues;

export interface ChecklistItemFormProps {
  /** The item being edited; absent when adding. */
  item?: ChecklistItemFieldsFragment;
  idPrefix: string;
  /**
   * The item is required (and the user may change it, as an agency lead): changing its text,
   * category or citation needs a reason, which is sent with the save.
   */
  askReason?: boolean;
  onSave: (values: Values, expectedVersion: number | null, reason?: string) => Promise<unknown>;
  onKeepTheirs?: (currentVersion: number, current: Record<string, unknown>) => void;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const show = (values: Partial<Values>) => ({
  category: values.category ? CATEGORY_LABELS[values.category] ?? values.category : '',
  text: values.text,
  required: values.required == null ? '' : requirementLabel(values.required),
  citation: values.citation,
});

/** Add a custom checklist item or edit one: category, text, required, citation (and, for a required item, why). */
export function ChecklistItemForm({ item, idPrefix, askReason = false, onSave, onKeepTheirs, onDone, onCancel }: ChecklistItemFormProps) {
  const opened = useSnapshot(item);
  const [values, setValues] = useState<Values>({
    category: item?.category ?? 'OTHER',
    text: item?.text ?? '',
    required: item?.required ?? true,
    citation: item?.citation ?? '',
  });
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ currentVersion: number; current: Record<string, unknown> } | null>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  const id = (field: Field) => `${idPrefix}-${field}`;

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (key in errors) setErrors((current) => ({ ...current, [key]: undefined }));
  };

  // The same rule as the API (libs/domain): only a real change of the requirement needs a reason.
  const needsReason = askReason && item != null && isRequirementChange(item, values);

  const submit = async (expectedVersion: number | null) => {
    const violations = collectViolations(
      checkRequiredText('text', values.text, LIMITS.textMax),
      checkText('citation', values.citation, LIMITS.textMax),
      needsReason ? checkChangeReason('reason', reason) : null,
    );
    const found: Partial<Record<Field, string>> = {};
    for (const v of violations) found[v.field as Field] = v.message;
    setErrors(found);
    setFormError(null);
    if (violations.length > 0) {
      document.getElementById(id(violations[0]!.field as Field))?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSave({ ...values, text: values.text.trim(), citation: values.citation.trim() }, expectedVersion, needsReason ? reason.trim() : undefined);
      onDone(item ? 'Saved: checklist item updated.' : 'Saved: checklist item added.');
    } catch (error) {
      const conflictInfo = conflictOf(error);
      const fields = fieldErrorsOf(error);
      if (conflictInfo) setConflict({ currentVersion: conflictInfo.currentVersion, current: conflictInfo.current });
      else if (fields && Object.keys(fields).some((key) => (FIELDS as readonly string[]).includes(key))) setErrors(fields);
      else setFormError(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(item ? (conflict?.currentVersion ?? (opened ?? item).version) : null);
  };

  const summary = FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: id(f), message: errors[f]! }));
  const describedBy = (field: Field) => (errors[field] ? `${id(field)}-error` : undefined);

  return (
    <form className="usa-form maxw-tablet margin-top-2" onSubmit={onSubmit} noValidate aria-label={item ? 'Edit checklist item' : 'Add a checklist item'}>
      <ErrorSummary errors={summary} headingLevel="h4" />
      {formError ? (
        <p className="usa-error-message" role="alert">
          {formError}
        </p>
      ) : null}
      <FormGroup error={Boolean(errors.category)}>
        <Label htmlFor={id('category')}>Category</Label>
        {errors.category ? <ErrorMessage id={`${id('category')}-error`}>{errors.category}</ErrorMessage> : null}
        <Select id={id('category')} name="category" value={values.category} aria-describedby={describedBy('category')} onChange={(e) => set('category', e.target.value as ChecklistCategory)}>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </Select>
      </FormGroup>
      <FormGroup error={Boolean(errors.text)}>
        <Label htmlFor={id('text')} error={Boolean(errors.text)}>
          Requirement
        </Label>
        {errors.text ? <ErrorMessage id={`${id('text')}-error`}>{errors.text}</ErrorMessage> : null}
        <Textarea
          id={id('text')}
          name="text"
          inputRef={textRef}
          value={values.text}
          error={Boolean(errors.text)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy('text')}
          onChange={(e) => set('text', e.target.value)}
        />
      </FormGroup>
      <Checkbox id={`${idPrefix}-required`} name="required" label="Required before review" checked={values.required} onChange={(e) => set('required', e.target.checked)} className="margin-top-2" />
      <FormGroup error={Boolean(errors.citation)}>
        <Label htmlFor={id('citation')} error={Boolean(errors.citation)} hint=" (optional)">
          Citation
        </Label>
        <span id={`${id('citation')}-hint`} className="usa-hint">
          Statute, policy or agreement section.
        </span>
        {errors.citation ? <ErrorMessage id={`${id('citation')}-error`}>{errors.citation}</ErrorMessage> : null}
        <TextInput
          id={id('citation')}
          name="citation"
          type="text"
          value={values.citation}
          validationStatus={errors.citation ? 'error' : undefined}
          aria-invalid={errors.citation ? true : undefined}
          aria-describedby={[`${id('citation')}-hint`, describedBy('citation')].filter(Boolean).join(' ')}
          onChange={(e) => set('citation', e.target.value)}
        />
      </FormGroup>
      {askReason ? (
        <FormGroup error={Boolean(errors.reason)}>
          <Label htmlFor={id('reason')} error={Boolean(errors.reason)}>
            Reason for the change
          </Label>
          <span id={`${id('reason')}-hint`} className="usa-hint">
            This item is required. Changing its requirement, category or citation needs a reason; the agency leads who sign the plan see it.
          </span>
          {errors.reason ? <ErrorMessage id={`${id('reason')}-error`}>{errors.reason}</ErrorMessage> : null}
          <Textarea
            id={id('reason')}
            name="reason"
            value={reason}
            maxLength={LIMITS.textMax}
            error={Boolean(errors.reason)}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={[`${id('reason')}-hint`, describedBy('reason')].filter(Boolean).join(' ')}
            onChange={(e) => {
              setReason(e.target.value);
              if (errors.reason) setErrors((current) => ({ ...current, reason: undefined }));
            }}
          />
        </FormGroup>
      ) : null}
      {conflict && onKeepTheirs ? (
        <ConflictNotice
          fields={[
            { key: 'category', label: 'Category' },
            { key: 'text', label: 'Requirement' },
            { key: 'required', label: 'Required' },
            { key: 'citation', label: 'Citation' },
          ]}
          mine={show(values)}
          theirs={show(conflict.current as Partial<Values>)}
          onKeepTheirs={() => {
            onKeepTheirs(conflict.currentVersion, conflict.current);
            onCancel();
          }}
          onApplyMine={() => void submit(conflict.currentVersion)}
        />
      ) : null}
      <div className="margin-top-3">
        <Button type="submit" disabled={saving}>
          {item ? 'Save item' : 'Add item'}
        </Button>
        <Button type="button" unstyled className="margin-left-2" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
