import { agreementReasonSchema } from '@jointops/domain';
import { ConfirmDialog } from '@jointops/ui';
import { useState } from 'react';
import { FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { agreementErrorMessage } from './agreement-model';

export interface TerminateAgreementFormProps {
  title: string;
  onTerminate: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/** ADMIN: end an agreement for good, with the reason; asks once more before it does. */
export function TerminateAgreementForm({ title, onTerminate, onCancel }: TerminateAgreementFormProps) {
  const form = useSchemaForm<{ reason: string }>(agreementReasonSchema, { reason: '' });
  const [asking, setAsking] = useState<{ reason: string; resolve: (go: boolean) => void } | null>(null);
  return (
    <>
      <PlanItemForm
        form={form}
        ids={{ reason: 'agreement-terminate-reason' }}
        label={`Terminate agreement ${title}`}
        autoFocus="reason"
        className="maxw-full padding-2 bg-base-lightest margin-y-2"
        submitLabel="Terminate agreement"
        // While the question is open nothing is being terminated yet.
        busyLabel={asking ? 'Terminate agreement' : 'Terminating…'}
        secondary
        describeError={agreementErrorMessage}
        onSave={async (values) => {
          const go = await new Promise<boolean>((resolve) => setAsking({ reason: values.reason, resolve }));
          setAsking(null);
          if (go) await onTerminate(values.reason.trim());
        }}
        onCancel={onCancel}
      >
        <FormTextField name="reason" label="Reason for terminating" hint="Kept in the agreement's history, which oversight reads." multiline required />
      </PlanItemForm>
      {asking ? (
        <ConfirmDialog heading={`Terminate ${title}?`} cancelLabel="Keep the agreement" confirmLabel="Yes, terminate it" onCancel={() => asking.resolve(false)} onConfirm={() => asking.resolve(true)}>
          <p>Terminating is final: the agreement stops being in force now and can no longer change.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
