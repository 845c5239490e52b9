import { useQuery } from '@apollo/client/react';
import { AgencyUsersDocument } from '@jointops/web-data';
import { useFormContext, useWatch } from 'react-hook-form';
import type { WorkspacePlan } from '../plans/workspace-types';
import { agencyOptions, FormCheckboxGroup, FormSelectField, FormTextField } from '../shared/form-fields';

/** What the role form reads of the plan: the roles section loads the objectives' titles. */
export type RoleFormPlan = Pick<WorkspacePlan, 'id' | 'agencies'> & { objectives: ReadonlyArray<{ id: string; title: string }> };

export type RoleValues = {
  agencyId: string;
  title: string;
  responsibilities: string;
  assigneeId: string;
  objectiveIds: string[];
};

/** Agency, title, responsibilities, assignee (from the agency's users) and linked objectives. */
export function RoleFormFields({ plan }: { plan: RoleFormPlan }) {
  const { setValue } = useFormContext<RoleValues>();
  const agencyId = useWatch<RoleValues, 'agencyId'>({ name: 'agencyId' });
  const users = useQuery(AgencyUsersDocument, { variables: { agencyId }, skip: !agencyId }).data?.users ?? [];
  const assignees = users.filter((user) => user.agency.id === agencyId).map((user) => ({ value: user.id, label: user.displayName }));
  return (
    <>
      {/* Another agency's people cannot hold this agency's role: a new agency clears the assignee. */}
      <FormSelectField name="agencyId" label="Agency" required placeholder="- Select -" options={agencyOptions(plan.agencies)} onValueChange={() => setValue('assigneeId', '')} />
      <FormTextField name="title" label="Role title" required hint="e.g. Operation Commander, Liaison Officer, Legal Advisor" />
      <FormTextField name="responsibilities" label="Responsibilities" multiline />
      <FormSelectField name="assigneeId" label="Assignee (optional)" placeholder="Not assigned" options={assignees} disabled={!agencyId} />
      {plan.objectives.length > 0 ? (
        <FormCheckboxGroup name="objectiveIds" legend="Objectives this role serves" options={plan.objectives.map((objective) => ({ value: objective.id, label: objective.title }))} />
      ) : null}
    </>
  );
}
