import { OPERATION_TYPE_LABELS, OperationType } from '@jointops/domain';
import { FormSelectField } from './form-fields';

const OPTIONS = Object.values(OperationType).map((value) => ({ value, label: OPERATION_TYPE_LABELS[value] }));

/** The plan's operation type, bound to the form value `name`: agreements and training requirements are matched on it. */
export function OperationTypeField({ name }: { name: string }) {
  return (
    <FormSelectField
      name={name}
      label="Operation type"
      options={OPTIONS}
      placeholder="- Not chosen yet -"
      hint="Agreements between the agencies and the training their people need are matched on it. The plan cannot go to review without one."
    />
  );
}
