import { useQuery } from '@apollo/client/react';
import { Alert, Button, Form } from '@trussworks/react-uswds';
import { LIMITS, type AgencyLevel } from '@jointops/domain';
import { ErrorSummary, TextField } from '@jointops/ui';
import { AdminAgenciesDocument } from '@jointops/web-data';
import { useState, type FormEvent } from 'react';
import { useEntityForm } from '../plans/useEntityForm';
import { AGENCY_LEVELS, LEVEL_LABELS, SHORT_NAME_MAX, validateAgency } from './admin-model';
import { SelectField } from './SelectField';
import { useCreateAgency } from './useAdminMutations';

const IDS = { name: 'agency-name', shortName: 'agency-short-name', level: 'agency-level' };
const LEVEL_OPTIONS = AGENCY_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }));

/** Every agency, and the form that adds one. */
export function AgenciesSection() {
  const { data, loading, error } = useQuery(AdminAgenciesDocument);
  const agencies = data?.agencies ?? [];
  return (
    <section aria-labelledby="admin-agencies" className="margin-bottom-6">
      <h2 id="admin-agencies">Agencies</h2>
      {error && !data ? (
        <Alert type="error" slim>
          <p className="usa-alert__text">The agencies could not be loaded. Reload the page to try again.</p>
        </Alert>
      ) : loading && !data ? (
        <p role="status">Loading agencies…</p>
      ) : (
        <table className="usa-table usa-table--borderless width-full">
          <caption className="usa-sr-only">Agencies</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Short name</th>
              <th scope="col">Level</th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => (
              <tr key={agency.id}>
                <th scope="row">{agency.name}</th>
                <td>{agency.shortName}</td>
                <td>{LEVEL_LABELS[agency.level as AgencyLevel] ?? agency.level}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddAgencyForm />
    </section>
  );
}

export function AddAgencyForm() {
  const { createAgency, creating } = useCreateAgency();
  const form = useEntityForm(IDS);
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [level, setLevel] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const set = (key: keyof typeof IDS, setter: (value: string) => void) => (value: string) => {
    setter(value);
    setAdded(null);
    form.clearError(key);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating || form.saving) return;
    setAdded(null);
    if (!form.check(validateAgency({ name, shortName, level }))) return;
    let created: string | null = null;
    await form.run(async () => {
      const agency = await createAgency({ name: name.trim(), shortName: shortName.trim(), level: level as AgencyLevel });
      created = `${agency.name} (${agency.shortName})`;
    });
    if (created) {
      setAdded(created);
      setName('');
      setShortName('');
      setLevel('');
    }
  };

  return (
    <div className="margin-top-4">
      <h3 id="admin-add-agency">Add agency</h3>
      <ErrorSummary errors={form.summary} headingLevel="h4" />
      {form.formError ? (
        <Alert type="error" slim role="alert" className="margin-bottom-2">
          <p className="usa-alert__text">{form.formError}</p>
        </Alert>
      ) : null}
      <div role="status" aria-live="polite">
        {added ? (
          <Alert type="success" slim className="margin-bottom-2">
            <p className="usa-alert__text">Added {added}.</p>
          </Alert>
        ) : null}
      </div>
      <Form onSubmit={onSubmit} noValidate aria-labelledby="admin-add-agency" className="maxw-mobile-lg">
        <TextField id={IDS.name} label="Name" required value={name} onChange={set('name', setName)} error={form.errors.name} hint={`At most ${LIMITS.titleMax} characters.`} />
        <TextField id={IDS.shortName} label="Short name" required value={shortName} onChange={set('shortName', setShortName)} error={form.errors.shortName} hint={`At most ${SHORT_NAME_MAX} characters, for example WCSO.`} />
        <SelectField id={IDS.level} label="Level" required value={level} options={LEVEL_OPTIONS} placeholder="- Select -" onChange={set('level', setLevel)} error={form.errors.level} />
        <Button type="submit" className="margin-top-3" disabled={creating || form.saving}>
          {creating ? 'Adding…' : 'Add agency'}
        </Button>
      </Form>
    </div>
  );
}
