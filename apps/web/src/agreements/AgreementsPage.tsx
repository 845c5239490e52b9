import { useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { formatTaskForceDay } from '@jointops/domain';
import { DataTable, EmptyState, PageHeading } from '@jointops/ui';
import { AgreementsPageDocument, AllAgenciesDocument } from '@jointops/web-data';
import { Link, useSearchParams } from 'react-router';
import { isAdmin } from '../admin/admin-model';
import { useMe } from '../plans/useMe';
import { errorMessage } from '../shared/errors';
import { AGREEMENT_KIND_LABELS, AGREEMENT_KINDS, agreementStatus, applyFilters, filtersFrom, OPERATION_TYPE_LABELS } from './agreement-model';
import { AgreementStatusTag } from './AgreementStatusTag';

const SHOW_OPTIONS = [
  { value: 'active', label: 'Active' },
  { value: 'expiring', label: 'Expiring within 90 days' },
  { value: 'ended', label: 'Expired or terminated' },
  { value: 'not-yet', label: 'Not yet in force' },
];

/** One filter of the register: a labelled select whose first choice means "no filter". */
function FilterSelect({ id, label, value, onChange, all, options }: { id: string; label: string; value: string | null; onChange: (value: string) => void; all: string; options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <div className="usa-form-group margin-right-2 margin-top-0">
      <label className="usa-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="usa-select" value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `/agreements`: the register of agreements between agencies, filtered by party, kind and standing (all in the URL). */
export function AgreementsPage({ now }: { now?: number } = {}) {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const { me } = useMe();
  const agencies = useQuery(AllAgenciesDocument);
  const { data, loading, error } = useQuery(AgreementsPageDocument, { variables: { agencyId: filters.agencyId, activeOn: null } });
  const at = now ?? Date.now();
  const agreements = applyFilters(data?.agreements ?? [], filters, at);

  /** Each filter is one URL parameter; choosing "all" removes it. */
  const choose = (key: 'agency' | 'kind' | 'show') => (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const agencyOptions = (agencies.data?.agencies ?? []).map((a) => ({ value: a.id, label: `${a.shortName} — ${a.name}` }));

  return (
    <>
      <title>Agreements · JointOps</title>
      <PageHeading lead="The agreements between agencies: who is party, which operations they allow, and what data may be shared.">Agreements</PageHeading>
      {me && isAdmin(me.roles) ? (
        <p>
          <Link className="usa-button" to="/agreements/new">
            New agreement
          </Link>
        </p>
      ) : null}
      <form className="usa-form maxw-full display-flex flex-wrap flex-align-end margin-bottom-2" role="search" aria-label="Filter agreements" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect id="agreements-agency" label="Party" value={filters.agencyId} onChange={choose('agency')} all="All agencies" options={agencyOptions} />
        <FilterSelect id="agreements-kind" label="Kind" value={filters.kind} onChange={choose('kind')} all="Any kind" options={AGREEMENT_KINDS.map((kind) => ({ value: kind, label: AGREEMENT_KIND_LABELS[kind] }))} />
        <FilterSelect id="agreements-show" label="Standing" value={filters.show} onChange={choose('show')} all="All, ended ones too" options={SHOW_OPTIONS} />
      </form>
      {error && !data ? (
        <Alert type="error" slim role="alert">
          Agreements could not be loaded. {errorMessage(error)}
        </Alert>
      ) : !data && loading ? (
        <p role="status">Loading agreements…</p>
      ) : agreements.length === 0 ? (
        <EmptyState heading="No agreements match">
          <p>Agreements your agency is party to are listed here once an administrator records them.</p>
        </EmptyState>
      ) : (
        <DataTable fullWidth stackedStyle="headers" className="jo-agreements-table" caption={`${agreements.length} agreement${agreements.length === 1 ? '' : 's'}.`} columns={['Agreement', 'Parties', 'Scope', 'In force', 'Status']}>
          {agreements.map((agreement) => (
            <tr key={agreement.id} data-testid="agreement-row">
              <th scope="row" data-label="Agreement">
                <Link to={`/agreements/${agreement.id}`}>{agreement.title}</Link>
                <span className="display-block font-body-2xs text-base-dark text-normal">{AGREEMENT_KIND_LABELS[agreement.kind]}</span>
              </th>
              <td data-label="Parties">
                {agreement.agencies.map((agency, index) => (
                  <span key={agency.id}>
                    {index > 0 ? ', ' : ''}
                    <abbr title={agency.name}>{agency.shortName}</abbr>
                  </span>
                ))}
              </td>
              <td data-label="Scope">{agreement.scope.map((type) => OPERATION_TYPE_LABELS[type]).join(', ')}</td>
              <td data-label="In force">
                <time dateTime={agreement.effectiveFrom} className="text-no-wrap">
                  {formatTaskForceDay(agreement.effectiveFrom)}
                </time>{' '}
                <span className="text-no-wrap">
                  to {agreement.expiresOn ? <time dateTime={agreement.expiresOn}>{formatTaskForceDay(agreement.expiresOn)}</time> : 'open-ended'}
                </span>
              </td>
              <td data-label="Status">
                <AgreementStatusTag status={agreementStatus(agreement, at)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
