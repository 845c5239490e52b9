import { Button, Form } from '@trussworks/react-uswds';
import { complaintSchema, COMPLAINT_LIMITS, COMPLAINT_MESSAGES, fromZonedInput, TASK_FORCE_TIME_ZONE, type ComplaintCategory, type PublicLanguage } from '@jointops/domain';
import { ErrorAlert, ErrorSummary } from '@jointops/ui';
import { findGraphQLError, inputErrorsOf, isUnreachableError, type ComplaintInput } from '@jointops/web-data';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, type Path } from 'react-hook-form';
import { fieldKeyOf } from '../shared/errors';
import { FormIdsContext, FormSelectField, FormTextField } from '../shared/form-fields';
import { usePublicLanguage, useText } from '../shared/public-language';
import { useSchemaForm } from '../shared/useSchemaForm';
import { zoneClockNow } from '../shared/plan-time';
import { COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_WORDS } from './complaint-labels';
import { COMPLAINT_FORM_TEXT, type ComplaintFormText } from './complaint-form-text';

export type ComplaintValues = {
  category: string;
  /** A `datetime-local` value, on the visitor's clock. */
  occurredAt: string;
  location: string;
  description: string;
  contact: string;
  agencyId: string;
};

/** Field → its control's id, in the order the error summary lists them (stable selectors for tests). */
export const COMPLAINT_FIELD_IDS: Record<keyof ComplaintValues, string> = {
  category: 'complaint-category',
  occurredAt: 'complaint-occurred-at',
  location: 'complaint-location',
  description: 'complaint-description',
  contact: 'complaint-contact',
  agencyId: 'complaint-agency',
};
const KEYS = Object.keys(COMPLAINT_FIELD_IDS) as Array<keyof ComplaintValues>;
const EMPTY: ComplaintValues = { category: '', occurredAt: '', location: '', description: '', contact: '', agencyId: '' };

/**
 * The form's values as fileComplaint's input: the time typed, read on North Carolina's clocks
 * (TASK_FORCE_TIME_ZONE, whatever the device's zone), as an instant; texts trimmed, empty optional
 * answers left out, and the language the form was filled in (oversight answers in it).
 */
export function complaintInputOf(values: ComplaintValues, language: PublicLanguage): ComplaintInput {
  return {
    language,
    category: values.category as ComplaintCategory,
    occurredAt: fromZonedInput(values.occurredAt, TASK_FORCE_TIME_ZONE) ?? values.occurredAt,
    location: values.location.trim(),
    description: values.description.trim(),
    contact: values.contact.trim() || null,
    agencyId: values.agencyId || null,
  };
}

/** A refusal the form shows: field messages in the page's language, or one sentence. */
function refusalOf(error: unknown, language: PublicLanguage, text: ComplaintFormText): { fields: Partial<Record<keyof ComplaintValues, string>>; general: string | null } {
  const limited = findGraphQLError(error, 'RATE_LIMITED');
  if (limited) {
    const seconds = Number(limited.extensions?.['retryAfterSeconds']);
    return { fields: {}, general: text.rateLimited(Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 3600) / 60))) };
  }
  const fields: Partial<Record<keyof ComplaintValues, string>> = {};
  const messages = COMPLAINT_MESSAGES[language];
  // The server answers in English; the form says it in the page's language.
  const own: Partial<Record<keyof ComplaintValues, string>> = { occurredAt: messages.occurredAtFuture, agencyId: messages.unknownAgency };
  for (const { field } of inputErrorsOf(error)) {
    const key = fieldKeyOf(field ?? '') as keyof ComplaintValues;
    if (KEYS.includes(key)) fields[key] ??= own[key] ?? text.checkField;
  }
  if (Object.keys(fields).length > 0) return { fields, general: null };
  return { fields, general: isUnreachableError(error) ? text.unreachable : text.failed };
}

export interface ComplaintFormProps {
  agencies: ReadonlyArray<{ id: string; name: string; shortName: string }>;
  /** Sends the complaint; throws what the server answered. */
  onFile: (input: ComplaintInput) => Promise<void>;
}

/**
 * The public complaint form, checked with the domain's complaintSchema (the API's own) in the
 * page's language; a change of language while errors show says them again in the new one.
 */
export function ComplaintForm({ agencies, onFile }: ComplaintFormProps) {
  const language = usePublicLanguage();
  const text = useText(COMPLAINT_FORM_TEXT);
  // The time typed is on North Carolina's clocks: "in the future" is judged on the same clocks.
  const form = useSchemaForm<ComplaintValues>(() => complaintSchema({ language, now: zoneClockNow(TASK_FORCE_TIME_ZONE) }), EMPTY);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const generalRef = useRef<HTMLDivElement>(null);
  const { errors } = form.formState;
  const hasErrors = Object.keys(errors).length > 0;

  useEffect(() => {
    if (hasErrors) form.check();
    // Only when the language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  const focusFirst = (inError: (key: keyof ComplaintValues) => boolean) => {
    const first = KEYS.find(inError);
    if (first) document.getElementById(COMPLAINT_FIELD_IDS[first])?.focus();
    return Boolean(first);
  };

  const submit = async () => {
    if (busy) return;
    setGeneral(null);
    if (!form.check()) {
      focusFirst((key) => Boolean(form.getFieldState(key).error));
      return;
    }
    setBusy(true);
    try {
      await onFile(complaintInputOf(form.getValues(), language));
    } catch (error) {
      const refusal = refusalOf(error, language, text);
      for (const [key, message] of Object.entries(refusal.fields)) form.setError(key as Path<ComplaintValues>, { type: 'server', message });
      setGeneral(refusal.general);
      if (!focusFirst((key) => Boolean(refusal.fields[key]))) setTimeout(() => generalRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  const summary = KEYS.flatMap((key) => {
    const message = errors[key]?.message;
    return typeof message === 'string' ? [{ fieldId: COMPLAINT_FIELD_IDS[key], message }] : [];
  });

  return (
    <FormProvider {...form}>
      <FormIdsContext.Provider value={COMPLAINT_FIELD_IDS}>
        <Form
          large
          noValidate
          aria-label={text.formLabel}
          className="maxw-full"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <ErrorSummary errors={summary} heading={text.problem} />
          <div ref={generalRef} tabIndex={-1}>
            <ErrorAlert message={general} />
          </div>
          <p className="usa-hint margin-top-0">{text.optionalNote}</p>
          <FormSelectField
            name="category"
            label={text.category}
            placeholder={text.select}
            options={COMPLAINT_CATEGORIES.map((category) => ({ value: category, label: COMPLAINT_CATEGORY_WORDS[language][category] }))}
          />
          <FormTextField name="occurredAt" label={text.occurredAt} hint={text.occurredAtHint} type="datetime-local" />
          <FormTextField name="location" label={text.location} hint={text.locationHint} />
          <FormTextField name="description" label={text.description} hint={text.descriptionHint} multiline count={{ max: COMPLAINT_LIMITS.description, words: text.count }} />
          <FormTextField name="contact" label={text.contact} hint={text.contactHint} />
          <FormSelectField
            name="agencyId"
            label={text.agency}
            hint={text.agencyHint}
            placeholder={text.agencyUnknown}
            options={agencies.map((agency) => ({ value: agency.id, label: `${agency.name} (${agency.shortName})` }))}
          />
          <Button type="submit" className="margin-top-3" disabled={busy} aria-disabled={busy || undefined}>
            {busy ? text.sending : text.submit}
          </Button>
        </Form>
      </FormIdsContext.Provider>
    </FormProvider>
  );
}
