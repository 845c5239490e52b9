import { COMPLAINT_LIMITS, COMPLAINT_TRANSITIONS, complaintHandlingSchema, type ComplaintStatus } from '@jointops/domain';
import type { ComplaintPatch } from '@jointops/web-data';
import { hasErrorCode } from '@jointops/web-data';
import { useEffect, useRef } from 'react';
import { errorMessage } from '../shared/errors';
import { FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { COMPLAINT_STATUS_WORDS, complaintLanguageName } from './complaint-labels';

export type HandlingValues = { status: string; planId: string; agencyId: string; outcome: string };

export const HANDLING_FIELD_IDS: Record<keyof HandlingValues, string> = {
  status: 'complaint-handling-status',
  planId: 'complaint-handling-operation',
  agencyId: 'complaint-handling-agency',
  outcome: 'complaint-handling-outcome',
};

type Option = { value: string; label: string };

export interface ComplaintHandlingFormProps {
  complaint: { status: ComplaintStatus; outcome: string | null; language?: string | null; plan: { id: string; title: string } | null; agency: { id: string; name: string; shortName: string } | null };
  operations: readonly Option[];
  agencies: readonly Option[];
  /** Sends the patch; throws what the server answered. Not called when nothing changed. */
  onSave: (patch: ComplaintPatch) => Promise<void>;
  /** Save was pressed with every field as it was: nothing is sent. */
  onUnchanged: () => void;
  /** A field was changed (news of the last save is then out of date). */
  onEdit?: () => void;
}

/** The outcome field's hint: who reads it, and in which language they filed when it was not English. */
export function outcomeHint(language: string | null | undefined): string {
  const filedIn = language && language !== 'en' ? ` They filed in ${complaintLanguageName(language)}: write it in ${complaintLanguageName(language)}.` : '';
  return `Required to close. The complainant reads it with their tracking code once the complaint is closed; write it for them.${filedIn} At most ${COMPLAINT_LIMITS.outcome.toLocaleString('en-US')} characters.`;
}

/** Whether `values` are what the complaint already holds (the outcome as the server keeps it, trimmed). */
export function unchanged(values: HandlingValues, initial: HandlingValues): boolean {
  return values.status === initial.status && values.planId === initial.planId && values.agencyId === initial.agencyId && values.outcome.trim() === initial.outcome.trim();
}

/** The sentence for a refusal that names no field of the form. */
function handlingErrorMessage(error: unknown): string {
  if (hasErrorCode(error, 'CONFLICT')) return 'Someone else changed this complaint while you were editing. Reload the page to see their changes, then save yours again.';
  if (hasErrorCode(error, 'INVALID_STATE')) return 'The complaint can no longer move to that status. Reload the page to see where it stands.';
  return errorMessage(error);
}

/** Options with `current` among them, even when the list does not hold it (an older operation). */
function including(options: readonly Option[], current: Option | null): Option[] {
  return current && !options.some((option) => option.value === current.value) ? [current, ...options] : [...options];
}

/**
 * OVERSIGHT handles a complaint: its status (only the moves the rules allow), the operation and
 * agency it is about, and the outcome, required to close, which the complainant reads by code.
 * Save with every field as it was sends nothing and says so (`onUnchanged`).
 */
export function ComplaintHandlingForm({ complaint, operations, agencies, onSave, onUnchanged, onEdit }: ComplaintHandlingFormProps) {
  const initial: HandlingValues = { status: complaint.status, planId: complaint.plan?.id ?? '', agencyId: complaint.agency?.id ?? '', outcome: complaint.outcome ?? '' };
  const form = useSchemaForm<HandlingValues>(complaintHandlingSchema(complaint.status), initial);
  const edited = useRef(onEdit);
  edited.current = onEdit;
  const { watch } = form;
  useEffect(() => {
    const subscription = watch(() => edited.current?.());
    return () => subscription.unsubscribe();
  }, [watch]);
  const statuses = [complaint.status, ...COMPLAINT_TRANSITIONS[complaint.status]];
  return (
    <PlanItemForm
      form={form}
      ids={HANDLING_FIELD_IDS}
      label="Handle this complaint"
      headingLevel="h3"
      submitLabel="Save"
      describeError={handlingErrorMessage}
      onSave={async (values) => {
        if (unchanged(values, initial)) return onUnchanged();
        await onSave({ status: values.status as ComplaintStatus, planId: values.planId, agencyId: values.agencyId, outcome: values.outcome });
      }}
    >
      <FormSelectField name="status" label="Status" hint="A closed complaint stays closed." options={statuses.map((status) => ({ value: status, label: COMPLAINT_STATUS_WORDS.en[status] }))} />
      <FormSelectField name="planId" label="Operation" hint="The operation the complaint is about: it then counts in that operation's after-action view." placeholder="- None -" options={including(operations, complaint.plan ? { value: complaint.plan.id, label: complaint.plan.title } : null)} />
      <FormSelectField name="agencyId" label="Agency" placeholder="- None -" options={including(agencies, complaint.agency ? { value: complaint.agency.id, label: `${complaint.agency.name} (${complaint.agency.shortName})` } : null)} />
      <FormTextField name="outcome" label="Outcome" hint={outcomeHint(complaint.language)} multiline />
    </PlanItemForm>
  );
}
