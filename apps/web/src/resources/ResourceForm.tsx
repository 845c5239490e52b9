import { resourceSchema } from '@jointops/domain';
import { ResourceFieldsFragmentDoc, type ResourceFieldsFragment } from '@jointops/web-data';
import { agencyOptions, FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { usePlanItemEditor, type PlanPartFormProps } from '../shared/usePlanItemEditor';
import { useResourceMutations } from './useResourceMutations';

const FIELDS = [{ key: 'kind', label: 'Kind' }, { key: 'quantity', label: 'Quantity' }, { key: 'notes', label: 'Notes' }];

/** The quantity as the number input holds it: text. */
const valuesOf = (r?: ResourceFieldsFragment) => ({ agencyId: r?.agency.id ?? '', kind: r?.kind ?? '', quantity: r ? String(r.quantity) : '1', notes: r?.notes ?? '' });
const patch = (values: ReturnType<typeof valuesOf>) => ({ kind: values.kind.trim(), quantity: Number(values.quantity), notes: values.notes });

const FORM = { noun: 'resource', idPrefix: 'resource', idSuffixes: { agencyId: 'agency' }, schema: resourceSchema, valuesOf, nameOf: (r: ResourceFieldsFragment) => r.kind };
const CONFLICT = { fields: FIELDS, typename: 'ResourceCommitment', fragment: ResourceFieldsFragmentDoc };
/** The agency stays chosen for the next commitment. */
const afterAdd = (added: ReturnType<typeof valuesOf>) => ({ ...valuesOf(), agencyId: added.agencyId });

export type ResourceFormProps = PlanPartFormProps<'resource', ResourceFieldsFragment>;

/** Adds a resource commitment for an agency, or edits one (kind, quantity, notes). */
export function ResourceForm({ plan, resource, onDone }: ResourceFormProps) {
  const { addResource, updateResource } = useResourceMutations(plan.id);
  const add = (values: ReturnType<typeof valuesOf>) => addResource({ agencyId: values.agencyId, ...patch(values) });
  const editor = usePlanItemEditor({ ...FORM, entity: resource, onDone, conflict: CONFLICT, afterAdd, add, update: (id, version, v) => updateResource(id, version, patch(v)) });
  return (
    <PlanItemForm {...editor}>
      {!resource ? <FormSelectField name="agencyId" label="Agency" required placeholder="- Select -" options={agencyOptions(plan.agencies)} /> : null}
      <FormTextField name="kind" label="Kind" required hint="e.g. Officers, Vehicles, K9 units, Interpreters" />
      <FormTextField name="quantity" label="Quantity" type="number" min={0} required />
      <FormTextField name="notes" label="Notes" multiline />
    </PlanItemForm>
  );
}
