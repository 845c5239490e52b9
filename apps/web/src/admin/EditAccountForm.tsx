import { accountEditSchema, LIMITS, selfAdministrationViolation, type Role } from '@jointops/domain';
import type { AdminAgencyFragment, AdminUserFragment } from '@jointops/web-data';
import { Alert } from '@trussworks/react-uswds';
import { useState } from 'react';
import { agencyOptions, FormCheckboxGroup, FormSelectField, FormTextField } from '../shared/form-fields';
import { PlanItemForm } from '../shared/PlanItemForm';
import { useSchemaForm } from '../shared/useSchemaForm';
import { ROLE_LABELS, ROLES } from './admin-model';
import { useUpdateUser } from './useAdminMutations';

const IDS = { displayName: 'edit-account-display-name', agencyId: 'edit-account-agency', roles: 'edit-account-roles' };
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
type Values = { displayName: string; agencyId: string; roles: Role[] };

export interface EditAccountFormProps {
  user: AdminUserFragment;
  agencies: readonly AdminAgencyFragment[];
  /** The administrator using the form: they may not take the Administrator role from themselves. */
  actorId: string;
}

/** An account's name, agency and roles, checked by the same rules as the API (role combinations, self-administration). */
export function EditAccountForm({ user, agencies, actorId }: EditAccountFormProps) {
  const { updateUser } = useUpdateUser();
  const [saved, setSaved] = useState<string | null>(null);
  const initial: Values = { displayName: user.displayName, agencyId: user.agency.id, roles: [...user.roles] };
  const schema = accountEditSchema.superRefine((values, ctx) => {
    const violation = selfAdministrationViolation({ actorId, targetId: user.id, roles: values.roles });
    if (violation) ctx.addIssue({ code: 'custom', path: ['roles'], message: violation.message });
  });
  const form = useSchemaForm<Values>(schema, initial);

  const save = async (values: Values) => {
    setSaved(null);
    const updated = await updateUser(user.id, { displayName: values.displayName.trim(), agencyId: values.agencyId, roles: values.roles }, user.agency.id);
    form.reset({ displayName: updated.displayName, agencyId: updated.agency.id, roles: [...updated.roles] });
    setSaved(`Saved the account of ${updated.displayName}. The change applies to their open sessions at once.`);
  };

  return (
    <div>
      <h4 id="edit-account-heading">Name, agency and roles</h4>
      <div role="status" aria-live="polite">
        {saved ? (
          <Alert type="success" slim className="margin-bottom-2">
            <p className="usa-alert__text">{saved}</p>
          </Alert>
        ) : null}
      </div>
      <PlanItemForm form={form} ids={IDS} label={`Edit the account of ${user.displayName}`} submitLabel="Save changes" onSave={save} headingLevel="h4" className="maxw-mobile-lg">
        <FormTextField name="displayName" label="Display name" required hint={`At most ${LIMITS.titleMax} characters.`} />
        <FormSelectField name="agencyId" label="Agency" required options={agencyOptions(agencies)} placeholder="- Select -" />
        <FormCheckboxGroup name="roles" legend="Roles" options={ROLE_OPTIONS} optionId={(role) => `edit-account-role-${role}`} />
      </PlanItemForm>
    </div>
  );
}
