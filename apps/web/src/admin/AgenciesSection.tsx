import { useQuery } from '@apollo/client/react';
import { AGENCY_SHORT_NAME_MAX, agencySchema, LIMITS, type AgencyLevel } from '@jointops/domain';
import { DataTable } from '@jointops/ui';
import { AdminAgenciesDocument } from '@jointops/web-data';
import { FormSelectField, FormTextField } from '../shared/form-fields';
import { CreateForm } from '../shared/CreateForm';
import { adminListStatus } from './AdminListStatus';
import { AGENCY_LEVELS, LEVEL_LABELS } from './admin-model';
import { useCreateAgency } from './useAdminMutations';

const IDS = { name: 'agency-name', shortName: 'agency-short-name', level: 'agency-level' };
const EMPTY = { name: '', shortName: '', level: '' };
type AgencyValues = typeof EMPTY;
const LEVEL_OPTIONS = AGENCY_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }));

/** Every agency, and the form that adds one. */
export function AgenciesSection() {
  const agenciesQuery = useQuery(AdminAgenciesDocument);
  const agencies = agenciesQuery.data?.agencies ?? [];
  return (
    <section aria-labelledby="admin-agencies" className="margin-bottom-6">
      <h2 id="admin-agencies">Agencies</h2>
      {adminListStatus('agencies', agenciesQuery) ?? (
        <DataTable fullWidth caption="Agencies" captionClassName="usa-sr-only" columns={['Name', 'Short name', 'Level']}>
          {agencies.map((agency) => (
            <tr key={agency.id}>
              <th scope="row">{agency.name}</th>
              <td>{agency.shortName}</td>
              <td>{LEVEL_LABELS[agency.level as AgencyLevel] ?? agency.level}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <AddAgencyForm />
    </section>
  );
}

export function AddAgencyForm() {
  const { createAgency } = useCreateAgency();
  const create = async (values: AgencyValues) => {
    const agency = await createAgency({ name: values.name.trim(), shortName: values.shortName.trim(), level: values.level as AgencyLevel });
    return `Added ${agency.name} (${agency.shortName}).`;
  };
  return (
    <CreateForm heading="Add agency" headingId="admin-add-agency" schema={agencySchema} empty={EMPTY} ids={IDS} submitLabel="Add agency" busyLabel="Adding…" create={create}>
      <FormTextField name="name" label="Name" required hint={`At most ${LIMITS.titleMax} characters.`} />
      <FormTextField name="shortName" label="Short name" required hint={`At most ${AGENCY_SHORT_NAME_MAX} characters, for example WCSO.`} />
      <FormSelectField name="level" label="Level" required options={LEVEL_OPTIONS} placeholder="- Select -" />
    </CreateForm>
  );
}
