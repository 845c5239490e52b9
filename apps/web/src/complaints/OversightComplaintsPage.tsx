import { useQuery } from '@apollo/client/react';
import { Alert } from '@trussworks/react-uswds';
import { DEFAULT_TIME_ZONE, type ComplaintStatus } from '@jointops/domain';
import { DataTable, EmptyState, PageHeading, SelectField } from '@jointops/ui';
import { ComplaintOperationsDocument, OversightComplaintsDocument } from '@jointops/web-data';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../plans/plan-format';
import { errorMessage } from '../shared/errors';
import { PHONE_MEDIA_QUERY, useMediaQuery } from '../shared/useMediaQuery';
import { COMPLAINT_CATEGORY_WORDS, COMPLAINT_STATUS_WORDS, COMPLAINT_STATUSES } from './complaint-labels';
import { oversightComplaintPath } from './complaint-paths';
import { ComplaintCards } from './ComplaintCards';
import { ComplaintStatusTag } from './ComplaintStatusTag';

/**
 * `/oversight/complaints`: every complaint, newest first, filtered by status and operation (both in
 * the URL). A table; on a phone, a card per complaint.
 */
export function OversightComplaintsPage() {
  const phone = useMediaQuery(PHONE_MEDIA_QUERY);
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') || null) as ComplaintStatus | null;
  const planId = params.get('planId') || null;
  const operations = useQuery(ComplaintOperationsDocument);
  const { data, loading, error } = useQuery(OversightComplaintsDocument, { variables: { status, planId }, fetchPolicy: 'cache-and-network' });
  const complaints = data?.complaints ?? [];
  const caption = `${complaints.length} complaint${complaints.length === 1 ? '' : 's'}, newest first.`;

  const choose = (key: 'status' | 'planId') => (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <title>Complaints · Oversight · JointOps</title>
      <PageHeading lead="Complaints filed by the public. Only oversight reads them; every read is recorded.">Complaints</PageHeading>
      <form className="usa-form maxw-full display-flex flex-wrap flex-align-end margin-bottom-2" role="search" aria-label="Filter complaints" onSubmit={(e) => e.preventDefault()}>
        <div className="margin-right-2">
          <SelectField id="complaints-status" label="Status" value={status ?? ''} onChange={choose('status')} placeholder="Any status" options={COMPLAINT_STATUSES.map((value) => ({ value, label: COMPLAINT_STATUS_WORDS.en[value] }))} />
        </div>
        <SelectField
          id="complaints-operation"
          label="Operation"
          value={planId ?? ''}
          onChange={choose('planId')}
          placeholder="Any operation"
          options={(operations.data?.plans.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title }))}
        />
      </form>
      {error && !data ? (
        <Alert type="error" slim role="alert">
          Complaints could not be loaded. {errorMessage(error)}
        </Alert>
      ) : !data && loading ? (
        <p role="status">Loading complaints…</p>
      ) : complaints.length === 0 ? (
        <EmptyState heading={status || planId ? 'No complaints match' : 'No complaints yet'} />
      ) : phone ? (
        <ComplaintCards complaints={complaints} caption={caption} />
      ) : (
        <DataTable fullWidth striped scrollable className="jo-complaints-table" caption={caption} captionClassName="text-left" columns={['Received', 'About', 'Status', 'Operation', 'Agency', 'Where']}>
          {complaints.map((complaint) => (
            <tr key={complaint.id} data-testid="complaint-row">
              <td>{formatDateTime(complaint.receivedAt, DEFAULT_TIME_ZONE)}</td>
              <th scope="row">
                <Link to={oversightComplaintPath(complaint.id)} className="usa-link">
                  {COMPLAINT_CATEGORY_WORDS.en[complaint.category]}
                </Link>
              </th>
              <td>
                <ComplaintStatusTag status={complaint.status} />
              </td>
              <td>{complaint.plan?.title ?? '—'}</td>
              <td>{complaint.agency ? <abbr title={complaint.agency.name}>{complaint.agency.shortName}</abbr> : '—'}</td>
              <td>{complaint.location}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
