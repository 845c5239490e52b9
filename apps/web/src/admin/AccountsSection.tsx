import { useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, ErrorMessage, Fieldset, Form, FormGroup } from '@trussworks/react-uswds';
import { LIMITS, type Role } from '@jointops/domain';
import { ErrorSummary, TextField } from '@jointops/ui';
import { AdminAgenciesDocument, AdminUsersDocument, type AdminAgencyFragment } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { useEntityForm } from '../plans/useEntityForm';
import { validateAccount } from './account-model';
import { ROLE_LABELS, ROLES } from './admin-model';
import { PasswordField } from './PasswordField';
import { SelectField } from './SelectField';
import { useCreateUser, usersVariables } from './useAdminMutations';

const IDS = { email: 'account-email', displayName: 'account-display-name', agencyId: 'account-agency', roles: 'account-roles', password: 'account-password' };

const agencyOptions = (agencies: readonly AdminAgencyFragment[]) => agencies.map((a) => ({ value: a.id, label: `${a.name} (${a.shortName})` }));
const rolesText = (roles: readonly string[]) => roles.map((role) => ROLE_LABELS[role as Role] ?? role).join(', ');

/** Accounts, filtered by agency, and the form that creates one. */
export function AccountsSection() {
  const agencies = useQuery(AdminAgenciesDocument).data?.agencies ?? [];
  const [agencyFilter, setAgencyFilter] = useState('');
  const { data, loading, error } = useQuery(AdminUsersDocument, { variables: usersVariables(agencyFilter) });
  const users = data?.users ?? [];
  const filterName = agencies.find((a) => a.id === agencyFilter)?.shortName;

  return (
    <section aria-labelledby="admin-accounts">
      <h2 id="admin-accounts">Accounts</h2>
      <div className="maxw-mobile-lg">
        <SelectField id="account-filter" label="Show accounts of" value={agencyFilter} options={agencyOptions(agencies)} placeholder="All agencies" onChange={setAgencyFilter} />
      </div>
      {error && !data ? (
        <Alert type="error" slim>
          <p className="usa-alert__text">The accounts could not be loaded. Reload the page to try again.</p>
        </Alert>
      ) : loading && !data ? (
        <p role="status">Loading accounts…</p>
      ) : users.length === 0 ? (
        <p>No accounts{filterName ? ` in ${filterName}` : ''}.</p>
      ) : (
        <table className="usa-table usa-table--borderless width-full">
          <caption className="usa-sr-only">{filterName ? `Accounts in ${filterName}` : 'Accounts'}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Agency</th>
              <th scope="col">Roles</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">{user.displayName}</th>
                <td>{user.email}</td>
                <td>{user.agency.shortName}</td>
                <td>{rolesText(user.roles)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <CreateAccountForm agencies={agencies} />
    </section>
  );
}

export function CreateAccountForm({ agencies }: { agencies: readonly AdminAgencyFragment[] }) {
  const { createUser, creating } = useCreateUser();
  const form = useEntityForm(IDS);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  const set = (key: keyof typeof IDS, setter: (value: string) => void) => (value: string) => {
    setter(value);
    setCreated(null);
    form.clearError(key);
  };
  const toggleRole = (role: Role, checked: boolean) => {
    setRoles((current) => (checked ? ROLES.filter((r) => r === role || current.includes(r)) : current.filter((r) => r !== role)));
    setCreated(null);
    form.clearError('roles');
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating || form.saving) return;
    setCreated(null);
    if (!form.check(validateAccount({ email, displayName, agencyId, roles, password }))) return;
    let done: string | null = null;
    await form.run(async () => {
      const user = await createUser({ email: email.trim(), displayName: displayName.trim(), agencyId, roles, password });
      done = `${user.displayName} (${user.email})`;
    });
    if (done) {
      setCreated(done);
      setEmail('');
      setDisplayName('');
      setRoles([]);
      setPassword('');
    }
  };

  const rolesErrorId = `${IDS.roles}-error`;
  return (
    <div className="margin-top-4">
      <h3 id="admin-create-account">Create account</h3>
      <ErrorSummary errors={form.summary} headingLevel="h4" />
      {form.formError ? (
        <Alert type="error" slim role="alert" className="margin-bottom-2">
          <p className="usa-alert__text">{form.formError}</p>
        </Alert>
      ) : null}
      <div role="status" aria-live="polite">
        {created ? (
          <Alert type="success" slim className="margin-bottom-2">
            <p className="usa-alert__text">Created the account of {created}.</p>
          </Alert>
        ) : null}
      </div>
      <Form onSubmit={onSubmit} noValidate aria-labelledby="admin-create-account" className="maxw-mobile-lg">
        <TextField id={IDS.email} label="Email" required value={email} onChange={set('email', setEmail)} error={form.errors.email} hint="They sign in with it." />
        <TextField id={IDS.displayName} label="Display name" required value={displayName} onChange={set('displayName', setDisplayName)} error={form.errors.displayName} hint={`At most ${LIMITS.titleMax} characters.`} />
        <SelectField id={IDS.agencyId} label="Agency" required value={agencyId} options={agencyOptions(agencies)} placeholder="- Select -" onChange={set('agencyId', setAgencyId)} error={form.errors.agencyId} />
        <FormGroup error={Boolean(form.errors.roles)}>
          <Fieldset legend="Roles" id={IDS.roles} tabIndex={-1} aria-describedby={form.errors.roles ? rolesErrorId : undefined}>
            {form.errors.roles ? <ErrorMessage id={rolesErrorId}>{form.errors.roles}</ErrorMessage> : null}
            {ROLES.map((role) => (
              <Checkbox key={role} id={`account-role-${role}`} name="roles" label={ROLE_LABELS[role]} checked={roles.includes(role)} onChange={(e) => toggleRole(role, e.target.checked)} />
            ))}
          </Fieldset>
        </FormGroup>
        <PasswordField
          id={IDS.password}
          label="Password"
          required
          value={password}
          onChange={set('password', setPassword)}
          error={form.errors.password}
          hint={`At least ${LIMITS.passwordMin} characters. Common passwords are refused. Share it with the person safely; they should change it.`}
        />
        <Button type="submit" className="margin-top-3" disabled={creating || form.saving}>
          {creating ? 'Creating…' : 'Create account'}
        </Button>
      </Form>
    </div>
  );
}
