import { taskForceDayEnd, taskForceDayStart, agreementSchema, type AgreementKind, type OperationType } from '@jointops/domain';
import type { AgreementInput } from '@jointops/web-data';
import type { ReactNode } from 'react';
import { FormCheckboxGroup, FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { AGREEMENT_KIND_LABELS, AGREEMENT_KINDS, agreementErrorMessage, OPERATION_TYPE_LABELS, OPERATION_TYPES } from './agreement-model';

export type AgreementValues = {
  title: string;
  kind: string;
  agencyIds: string[];
  scope: string[];
  dataSharingTerms: string;
  reportingRequirements: string;
  /** `<input type="date">` values. */
  effectiveFrom: string;
  expiresOn: string;
};

const IDS = {
  title: 'agreement-title',
  kind: 'agreement-kind',
  agencyIds: 'agreement-parties',
  scope: 'agreement-scope',
  dataSharingTerms: 'agreement-data-sharing',
  reportingRequirements: 'agreement-reporting',
  effectiveFrom: 'agreement-effective-from',
  expiresOn: 'agreement-expires-on',
};
const EMPTY: AgreementValues = { title: '', kind: '', agencyIds: [], scope: [], dataSharingTerms: '', reportingRequirements: '', effectiveFrom: '', expiresOn: '' };

/** The form's values as createAgreement's input: days as instants (the expiry is the last instant of its day), texts trimmed. */
export function agreementInputOf(values: AgreementValues): AgreementInput {
  return {
    title: values.title.trim(),
    kind: values.kind as AgreementKind,
    agencyIds: values.agencyIds,
    scope: values.scope as OperationType[],
    dataSharingTerms: values.dataSharingTerms.trim(),
    reportingRequirements: values.reportingRequirements.trim(),
    effectiveFrom: taskForceDayStart(values.effectiveFrom) ?? values.effectiveFrom,
    expiresOn: values.expiresOn ? (taskForceDayEnd(values.expiresOn) ?? values.expiresOn) : null,
  };
}

export interface AgreementFormProps {
  agencies: ReadonlyArray<{ id: string; shortName: string; name: string }>;
  onCreate: (input: AgreementInput) => Promise<void>;
  cancel?: ReactNode;
}

/** ADMIN: a new agreement, checked with the domain's agreementSchema (the API's own). */
export function AgreementForm({ agencies, onCreate, cancel }: AgreementFormProps) {
  const form = useSchemaForm<AgreementValues>(agreementSchema, EMPTY);
  return (
    <PlanItemForm form={form} ids={IDS} label="New agreement" large submitLabel="Create agreement" busyLabel="Creating…" describeError={agreementErrorMessage} onSave={(values) => onCreate(agreementInputOf(values))} cancel={cancel}>
      <FormTextField name="title" label="Title" required />
      <FormSelectField name="kind" label="Kind" required placeholder="- Select -" options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: AGREEMENT_KIND_LABELS[kind] }))} />
      <FormCheckboxGroup name="agencyIds" legend="Parties" required hint="At least two agencies." options={agencies.map((a) => ({ value: a.id, label: `${a.name} (${a.shortName})` }))} />
      <FormCheckboxGroup name="scope" legend="Scope: operation types it allows" required options={OPERATION_TYPES.map((type) => ({ value: type, label: OPERATION_TYPE_LABELS[type] }))} />
      <FormTextField name="dataSharingTerms" label="Data-sharing terms" hint="What data may be shared, with whom, and how it is protected." multiline required />
      <FormTextField name="reportingRequirements" label="Reporting requirements" hint="What each party must report, to whom, and when." multiline required />
      <div className="grid-row grid-gap">
        <div className="tablet:grid-col-6 grid-col-12">
          <FormTextField name="effectiveFrom" label="Effective from" type="date" required />
        </div>
        <div className="tablet:grid-col-6 grid-col-12">
          <FormTextField name="expiresOn" label="Expires on" hint="The last day it is in force. Leave empty for open-ended." type="date" />
        </div>
      </div>
    </PlanItemForm>
  );
}
