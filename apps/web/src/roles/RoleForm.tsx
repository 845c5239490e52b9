import { roleSchema } from '@jointops/domain';
import { RoleFieldsFragmentDoc, type RoleFieldsFragment } from '@jointops/web-data';
import { placeLabel } from '../shared/place-ref';
import { PlanItemForm } from '../shared/PlanItemForm';
import { usePlanItemEditor, type PlanPartFormProps } from '../shared/usePlanItemEditor';
import { RoleFormFields, type RoleFormPlan, type RoleValues } from './RoleFormFields';
import { useRoleMutations } from './useRoleMutations';

const FIELDS = [
  { key: 'title', label: 'Role title' },
  { key: 'responsibilities', label: 'Responsibilities' },
  { key: 'agencyId', label: 'Agency' },
  { key: 'assigneeId', label: 'Assignee' },
  { key: 'placeId', label: 'Place' },
];

const FORM = { noun: 'role', idPrefix: 'role', idSuffixes: { agencyId: 'agency', assigneeId: 'assignee', objectiveIds: 'objectives', placeId: 'place' }, schema: roleSchema, nameOf: (r: RoleFieldsFragment) => r.title };
// An update sends every field: `placeId: null` clears the place, as `assigneeId: null` unassigns.
const payload = (values: RoleValues) => ({ ...values, title: values.title.trim(), assigneeId: values.assigneeId || null, placeId: values.placeId || null });

/** `agencyId` preselects the agency when adding from an agency's group. */
export type RoleFormProps = PlanPartFormProps<'role', RoleFieldsFragment, RoleFormPlan> & { agencyId?: string };

/** Adds a role assignment, or edits one (`assigneeId: null` unassigns). */
export function RoleForm({ plan, role, agencyId, onDone }: RoleFormProps) {
  const { addRole, updateRole } = useRoleMutations(plan.id);
  const valuesOf = (r?: RoleFieldsFragment): RoleValues => ({ agencyId: r?.agency.id ?? agencyId ?? '', title: r?.title ?? '', responsibilities: r?.responsibilities ?? '', assigneeId: r?.assignee?.id ?? '', objectiveIds: r?.objectives.map((o) => o.id) ?? [], placeId: r?.place?.id ?? '' });
  const displayed = (v: Record<string, unknown>) => {
    const agency = plan.agencies.find((a) => a.id === (v['agencyId'] ?? (v['agency'] as { id?: string } | undefined)?.id));
    const placeId = v['placeId'] ?? (v['place'] as { id?: string } | null | undefined)?.id;
    const place = plan.places.find((p) => p.id === placeId);
    return {
      ...v,
      agencyId: agency?.shortName ?? v['agencyId'],
      assigneeId: v['assigneeId'] ?? (v['assignee'] as { displayName?: string } | null | undefined)?.displayName ?? null,
      placeId: place ? placeLabel(place) : placeId || null,
    };
  };
  const conflict = { fields: FIELDS, mine: displayed, theirs: displayed, typename: 'RoleAssignment', fragment: RoleFieldsFragmentDoc };
  // The agency stays chosen for the next role.
  const afterAdd = (added: RoleValues) => ({ ...valuesOf(), agencyId: added.agencyId });
  const editor = usePlanItemEditor({ ...FORM, entity: role, valuesOf, onDone, conflict, afterAdd, add: (v) => addRole(payload(v)), update: (id, version, v) => updateRole(id, version, payload(v)) });
  return (
    <PlanItemForm {...editor}>
      <RoleFormFields plan={plan} />
    </PlanItemForm>
  );
}
