import { useQuery } from '@apollo/client/react';
import { Checkbox, ErrorMessage, Fieldset, FormGroup, Label } from '@trussworks/react-uswds';
import { TextField } from '@jointops/ui';
import { AgencyUsersDocument } from '@jointops/web-data';
import type { WorkspacePlan } from '../plans/workspace-types';

export interface RoleValues {
  agencyId: string;
  title: string;
  responsibilities: string;
  assigneeId: string;
  objectiveIds: string[];
}

export type RoleFieldKey = keyof RoleValues;

export interface RoleFormFieldsProps {
  plan: WorkspacePlan;
  ids: Record<RoleFieldKey, string>;
  values: RoleValues;
  errors: Partial<Record<RoleFieldKey, string>>;
  onChange: (change: Partial<RoleValues>, key: RoleFieldKey) => void;
}

/** Agency, title, responsibilities, assignee (from the agency's users) and linked objectives. */
export function RoleFormFields({ plan, ids, values, errors, onChange }: RoleFormFieldsProps) {
  const users = useQuery(AgencyUsersDocument, { variables: { agencyId: values.agencyId }, skip: !values.agencyId }).data?.users ?? [];
  const toggleObjective = (id: string, on: boolean) =>
    onChange({ objectiveIds: on ? [...values.objectiveIds, id] : values.objectiveIds.filter((o) => o !== id) }, 'objectiveIds');
  return (
    <>
      <FormGroup error={Boolean(errors.agencyId)}>
        <Label htmlFor={ids.agencyId} requiredMarker>
          Agency
        </Label>
        {errors.agencyId ? <ErrorMessage id={`${ids.agencyId}-error`}>{errors.agencyId}</ErrorMessage> : null}
        <select
          id={ids.agencyId}
          className="usa-select"
          value={values.agencyId}
          aria-invalid={errors.agencyId ? true : undefined}
          aria-describedby={errors.agencyId ? `${ids.agencyId}-error` : undefined}
          onChange={(e) => onChange({ agencyId: e.target.value, assigneeId: '' }, 'agencyId')}
        >
          <option value="">- Select -</option>
          {plan.agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name} ({agency.shortName})
            </option>
          ))}
        </select>
      </FormGroup>
      <TextField id={ids.title} label="Role title" required value={values.title} onChange={(v) => onChange({ title: v }, 'title')} error={errors.title} hint="e.g. Operation Commander, Liaison Officer, Legal Advisor" />
      <TextField id={ids.responsibilities} label="Responsibilities" multiline value={values.responsibilities} onChange={(v) => onChange({ responsibilities: v }, 'responsibilities')} error={errors.responsibilities} />
      <FormGroup error={Boolean(errors.assigneeId)}>
        <Label htmlFor={ids.assigneeId}>Assignee (optional)</Label>
        {errors.assigneeId ? <ErrorMessage id={`${ids.assigneeId}-error`}>{errors.assigneeId}</ErrorMessage> : null}
        <select id={ids.assigneeId} className="usa-select" value={values.assigneeId} disabled={!values.agencyId} onChange={(e) => onChange({ assigneeId: e.target.value }, 'assigneeId')}>
          <option value="">Not assigned</option>
          {users
            .filter((user) => user.agency.id === values.agencyId)
            .map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
        </select>
      </FormGroup>
      {plan.objectives.length > 0 ? (
        <Fieldset legend="Objectives this role serves" className="margin-top-3" id={ids.objectiveIds}>
          {plan.objectives.map((objective) => (
            <Checkbox
              key={objective.id}
              id={`${ids.objectiveIds}-${objective.id}`}
              name="objectiveIds"
              label={objective.title}
              checked={values.objectiveIds.includes(objective.id)}
              onChange={(e) => toggleObjective(objective.id, e.target.checked)}
            />
          ))}
        </Fieldset>
      ) : null}
    </>
  );
}
