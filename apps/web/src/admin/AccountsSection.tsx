import { useQuery } from '@apollo/client/react';
import { LIMITS, type Role } from '@jointops/domain';
// Only this lazily loaded section imports the password policy: its dictionary is large.
import { accountSchema } from '@jointops/domain/passwords';
import { SelectField } from '@jointops/ui';
import { AdminAgenciesDocument, AdminUsersDocument, type AdminAgencyFragment } from '@jointops/web-data';
import { useState } from 'react';
import { useMe } from '../plans/useMe';
import { agencyOptions, FormCheckboxGroup, FormSelectField, FormTextField } from '../shared/form-fields';
import { CreateForm } from '../shared/CreateForm';
import { AccountsList } from './AccountsList';
import { adminListStatus } from './AdminListStatus';
import { ROLE_LABELS, ROLES } from './admin-model';
import { ManageAccount } from './ManageAccount';
import { useCreateUser, usersVariables } from './useAdminMutations';

const IDS = { email: 'account-email', displayName: 'account-display-name', agencyId: 'account-agency', roles: 'account-roles', password: 'account-password' };

const EMPTY = { email: '', displayName: '', agencyId: '', roles: [] as Role[], password: '' };
type AccountValues = typeof EMPTY;
const ACCOUNT_SCHEMA = accountSchema();
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Accounts, filtered by agency, with their status; one opened to manage; and the form that creates one. */
export function AccountsSection() {
  const { me } = useMe();
  const [managedId, setManagedId] = useState<string | null>(null);
  const agencies = useQuery(AdminAgenciesDocument).data?.agencies ?? [];
  const [agencyFilter, setAgencyFilter] = useState('');
  const usersQuery = useQuery(AdminUsersDocument, { variables: usersVariables(agencyFilter) });
  const users = usersQuery.data?.users ?? [];
  const filterName = agencies.find((a) => a.id === agencyFilter)?.shortName;
  const managed = users.find((user) => user.id === managedId);
  const close = () => {
    const id = managedId;
    setManagedId(null);
    // Back to the row's button, as a dialog would.
    requestAnimationFrame(() => document.getElementById(`manage-${id}`)?.focus());
  };

  return (
    <section aria-labelledby="admin-accounts">
      <h2 id="admin-accounts">Accounts</h2>
      <div className="maxw-mobile-lg">
        <SelectField id="account-filter" label="Show accounts of" value={agencyFilter} options={agencyOptions(agencies)} placeholder="All agencies" onChange={setAgencyFilter} />
      </div>
      {adminListStatus('accounts', usersQuery) ??
        (users.length === 0 ? (
          <p>No accounts{filterName ? ` in ${filterName}` : ''}.</p>
        ) : (
          <AccountsList users={users} caption={filterName ? `Accounts in ${filterName}` : 'Accounts'} onManage={setManagedId} />
        ))}
      {managed && me ? <ManageAccount user={managed} agencies={agencies} actorId={me.id} onClose={close} /> : null}
      <CreateAccountForm agencies={agencies} />
    </section>
  );
}

export function CreateAccountForm({ agencies }: { agencies: readonly AdminAgencyFragment[] }) {
  const { createUser } = useCreateUser();
  const create = async (values: AccountValues) => {
    const user = await createUser({ ...values, email: values.email.trim(), displayName: values.displayName.trim() });
    return `Created the account of ${user.displayName} (${user.email}).`;
  };
  return (
    <CreateForm heading="Create account" headingId="admin-create-account" schema={ACCOUNT_SCHEMA} empty={EMPTY} ids={IDS} submitLabel="Create account" busyLabel="Creating…" create={create}>
      <FormTextField name="email" label="Email" required hint="They sign in with it." />
      <FormTextField name="displayName" label="Display name" required hint={`At most ${LIMITS.titleMax} characters.`} />
      <FormSelectField name="agencyId" label="Agency" required options={agencyOptions(agencies)} placeholder="- Select -" />
      <FormCheckboxGroup name="roles" legend="Roles" options={ROLE_OPTIONS} optionId={(role) => `account-role-${role}`} />
      <FormTextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${LIMITS.passwordMin} characters. Common passwords are refused. Share it with the person safely; they should change it.`}
      />
    </CreateForm>
  );
}
