import { resourceSchema } from '@jointops/domain';
import { ResourceFieldsFragmentDoc, type ResourceFieldsFragment } from '@jointops/web-data';
import type { WorkspacePlan } from '../plans/workspace-types';
import { agencyOptions, FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { usePlanItemEditor } from '../shared/usePlanItemEditor';
import { useResourceMutations } from './useResourceMutations';

type ResourceValues = {
  agencyId: string;
  kind: string;
  /** As typed in the number input. */
  quantity: string;
  notes: string;
};

const FIELDS = [
  { key: 'kind', label: 'Kind' },
  { key: 'quantity', label: 'Quantity' },
  { key: 'notes', label: 'Notes' },
];

const valuesOf = (resource?: ResourceFieldsFragment): ResourceValues => ({
  agencyId: resource?.agency.id ?? '',
  kind: resource?.kind ?? '',
  quantity: resource ? String(resource.quantity) : '1',
  notes: resource?.notes ?? '',
});
const patch = (values: ResourceValues) => ({ kind: values.kind.trim(), quantity: Number(values.quantity), notes: values.notes });

export interface ResourceFormProps {
  plan: WorkspacePlan;
  resource?: ResourceFieldsFragment;
  onDone: (message?: string) => void;
}

/** Adds a resource commitment for an agency, or edits one (kind, quantity, notes). */
export function ResourceForm({ plan, resource, onDone }: ResourceFormProps) {
  const { addResource, updateResource } = useResourceMutations(plan.id);
  const editor = usePlanItemEditor({
    noun: 'resource',
    entity: resource,
    nameOf: (r) => r.kind,
    idPrefix: 'resource',
    idSuffixes: { agencyId: 'agency', kind: 'kind', quantity: 'quantity', notes: 'notes' },
    schema: resourceSchema,
    valuesOf,
    add: (values) => addResource({ agencyId: values.agencyId, ...patch(values) }),
    update: (id, version, values) => updateResource(id, version, patch(values)),
    // The agency stays chosen for the next commitment.
    afterAdd: (added) => ({ ...valuesOf(), agencyId: added.agencyId }),
    onDone,
    conflict: { fields: FIELDS, typename: 'ResourceCommitment', fragment: ResourceFieldsFragmentDoc },
  });
  return (
    <PlanItemForm {...editor}>
      {!resource ? <FormSelectField name="agencyId" label="Agency" required placeholder="- Select -" options={agencyOptions(plan.agencies)} /> : null}
      <FormTextField name="kind" label="Kind" required hint="e.g. Officers, Vehicles, K9 units, Interpreters" />
      <FormTextField name="quantity" label="Quantity" type="number" min={0} required />
      <FormTextField name="notes" label="Notes" multiline />
    </PlanItemForm>
  );
}
