import { useQuery } from '@apollo/client/react';
import { takesPartInOperations } from '@jointops/domain';
import { AgencyUsersDocument } from '@jointops/web-data';
import { useFormContext, useWatch } from 'react-hook-form';
import type { WorkspacePlan } from '../plans/workspace-types';
import { agencyOptions, FormCheckboxGroup, FormSelectField, FormTextField } from '../shared/form-fields';
import { placeOptions, type PlaceRef } from '../shared/place-ref';

/** What the role form reads of the plan: the roles section loads the objectives' titles and the places. */
export type RoleFormPlan = Pick<WorkspacePlan, 'id' | 'agencies'> & { objectives: ReadonlyArray<{ id: string; title: string }>; places: readonly PlaceRef[] };

export type RoleValues = {
  agencyId: string;
  title: string;
  responsibilities: string;
  assigneeId: string;
  objectiveIds: string[];
  /** A place of the plan, or '' for none. */
  placeId: string;
};

/** Agency, title, responsibilities, assignee (from the agency's users), place and linked objectives. */
export function RoleFormFields({ plan }: { plan: RoleFormPlan }) {
  const { setValue } = useFormContext<RoleValues>();
  const agencyId = useWatch<RoleValues, 'agencyId'>({ name: 'agencyId' });
  const users = useQuery(AgencyUsersDocument, { variables: { agencyId }, skip: !agencyId }).data?.users ?? [];
  // Only planners, agency leads and officers take part in operations (the API refuses anyone else).
  const assignees = users.filter((user) => user.agency.id === agencyId && takesPartInOperations(user.roles)).map((user) => ({ value: user.id, label: user.displayName }));
  return (
    <>
      {/* Another agency's people cannot hold this agency's role: a new agency clears the assignee. */}
      <FormSelectField name="agencyId" label="Agency" required placeholder="- Select -" options={agencyOptions(plan.agencies)} onValueChange={() => setValue('assigneeId', '')} />
      <FormTextField name="title" label="Role title" required hint="e.g. Operation Commander, Liaison Officer, Legal Advisor" />
      <FormTextField name="responsibilities" label="Responsibilities" multiline />
      <FormSelectField name="assigneeId" label="Assignee (optional)" placeholder="Not assigned" options={assignees} disabled={!agencyId} />
      <FormSelectField name="placeId" label="Place (optional)" placeholder="— None —" options={placeOptions(plan.places)} hint={plan.places.length === 0 ? 'The plan has no places yet: add them in Places.' : 'Where this role works: the officer sees it with its coordinates.'} />
      {plan.objectives.length > 0 ? (
        <FormCheckboxGroup
          name="objectiveIds"
          legend="Objectives this role serves"
          options={plan.objectives.map((objective) => ({ value: objective.id, label: objective.title }))}
          filter={{ label: 'Find an objective by title', noun: ['objective', 'objectives'] }}
        />
      ) : null}
    </>
  );
}
