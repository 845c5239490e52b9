import { taskForceDayEnd, taskForceDayOf, agreementEditSchema, type OperationType } from '@jointops/domain';
import type { AgreementFieldsFragment, AgreementPatch } from '@jointops/web-data';
import { FormCheckboxGroup, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { agreementErrorMessage, OPERATION_TYPE_LABELS, OPERATION_TYPES } from './agreement-model';

export type AgreementEditValues = {
  title: string;
  scope: string[];
  dataSharingTerms: string;
  reportingRequirements: string;
  /** `<input type="date">`: the last day in force. */
  expiresOn: string;
  reason: string;
};

const IDS = {
  title: 'agreement-edit-title',
  scope: 'agreement-edit-scope',
  dataSharingTerms: 'agreement-edit-data-sharing',
  reportingRequirements: 'agreement-edit-reporting',
  expiresOn: 'agreement-edit-expires-on',
  reason: 'agreement-edit-reason',
};

/**
 * The edit as updateAgreement's patch. The expiry is sent only when its day changed: an expiry left
 * empty, or on the day it already ends, stays the instant it is (the server keeps what a patch leaves
 * out), so editing another field never moves an expiry recorded at another time of that day.
 */
export function agreementPatchOf(values: AgreementEditValues, current: Pick<AgreementFieldsFragment, 'expiresOn'>): AgreementPatch {
  const dayChanged = values.expiresOn !== '' && values.expiresOn !== taskForceDayOf(current.expiresOn);
  return {
    title: values.title.trim(),
    scope: values.scope as OperationType[],
    dataSharingTerms: values.dataSharingTerms.trim(),
    reportingRequirements: values.reportingRequirements.trim(),
    expiresOn: dayChanged ? (taskForceDayEnd(values.expiresOn) ?? values.expiresOn) : null,
  };
}

/** Whether the form holds the agreement's terms as they are (a reason alone changes nothing). */
export function termsUnchanged(values: AgreementEditValues, agreement: AgreementFieldsFragment): boolean {
  const patch = agreementPatchOf(values, agreement);
  return (
    patch.title === agreement.title &&
    patch.dataSharingTerms === agreement.dataSharingTerms &&
    patch.reportingRequirements === agreement.reportingRequirements &&
    patch.expiresOn === null &&
    (values.expiresOn !== '' || agreement.expiresOn === null) &&
    (patch.scope ?? []).length === agreement.scope.length &&
    (patch.scope ?? []).every((type) => agreement.scope.includes(type))
  );
}

export interface AgreementEditFormProps {
  agreement: AgreementFieldsFragment;
  onSave: (patch: AgreementPatch, reason: string, expectedVersion: number) => Promise<void>;
  onCancel: () => void;
  /** Save was pressed with the terms as they are: nothing is sent. */
  onUnchanged: () => void;
}

/** ADMIN: change an agreement's terms, with the reason the history keeps. */
export function AgreementEditForm({ agreement, onSave, onCancel, onUnchanged }: AgreementEditFormProps) {
  const form = useSchemaForm<AgreementEditValues>(() => agreementEditSchema(taskForceDayOf(agreement.effectiveFrom)), {
    title: agreement.title,
    scope: [...agreement.scope],
    dataSharingTerms: agreement.dataSharingTerms,
    reportingRequirements: agreement.reportingRequirements,
    expiresOn: taskForceDayOf(agreement.expiresOn),
    reason: '',
  });
  return (
    <PlanItemForm
      form={form}
      ids={IDS}
      label={`Edit agreement ${agreement.title}`}
      autoFocus="title"
      className="maxw-full padding-2 bg-base-lightest margin-y-2"
      submitLabel="Save changes"
      describeError={agreementErrorMessage}
      onSave={async (values) => (termsUnchanged(values, agreement) ? onUnchanged() : onSave(agreementPatchOf(values, agreement), values.reason.trim(), agreement.version))}
      onCancel={onCancel}
      onUnchanged={onUnchanged}
    >
      <FormTextField name="title" label="Title" required />
      <FormCheckboxGroup name="scope" legend="Scope: operation types it allows" required options={OPERATION_TYPES.map((type) => ({ value: type, label: OPERATION_TYPE_LABELS[type] }))} />
      <FormTextField name="dataSharingTerms" label="Data-sharing terms" multiline required />
      <FormTextField name="reportingRequirements" label="Reporting requirements" multiline required />
      <FormTextField name="expiresOn" label="Expires on" hint="The last day it is in force." type="date" />
      <FormTextField name="reason" label="Reason for the change" hint="Kept in the agreement's history, which oversight reads." multiline required />
    </PlanItemForm>
  );
}
