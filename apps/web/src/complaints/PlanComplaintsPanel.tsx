import { useQuery } from '@apollo/client/react';
import { can, DEFAULT_TIME_ZONE } from '@jointops/domain';
import { PlanComplaintsDocument } from '@jointops/web-data';
import { Link } from 'react-router';
import { formatDateTime } from '../plans/plan-format';
import { errorMessage } from '../shared/errors';
import { COMPLAINT_CATEGORY_WORDS } from './complaint-labels';
import { OVERSIGHT_COMPLAINTS_PATH, oversightComplaintPath } from './complaint-paths';
import { ComplaintStatusTag } from './ComplaintStatusTag';

/**
 * On the oversight plan page: how many complaints are linked to the operation, each a link.
 * Only OVERSIGHT handles complaints (the API refuses everyone else), so for anyone else it is not shown and nothing is asked.
 */
export function PlanComplaintsPanel({ planId, roles }: { planId: string; roles: readonly string[] }) {
  if (!can({ roles }, 'complaint.handle')) return null;
  return <LinkedComplaints planId={planId} />;
}

function LinkedComplaints({ planId }: { planId: string }) {
  const { data, error } = useQuery(PlanComplaintsDocument, { variables: { planId } });
  const complaints = data?.complaints ?? [];
  return (
    <section aria-labelledby="plan-complaints-heading" className="margin-y-3" data-testid="plan-complaints">
      <h2 id="plan-complaints-heading">Complaints</h2>
      {error ? (
        <p role="alert">The complaints could not be loaded. {errorMessage(error)}</p>
      ) : !data ? (
        <p role="status">Loading complaints…</p>
      ) : (
        <>
          <p className="margin-top-0">
            {complaints.length === 0 ? 'No complaints are linked to this operation.' : `${complaints.length} complaint${complaints.length === 1 ? ' is' : 's are'} linked to this operation.`}{' '}
            {complaints.length > 0 ? (
              <Link to={`${OVERSIGHT_COMPLAINTS_PATH}?planId=${planId}`} className="usa-link">
                See them in the complaints list
              </Link>
            ) : null}
          </p>
          {complaints.length > 0 ? (
            <ul className="usa-list">
              {complaints.map((complaint) => (
                <li key={complaint.id}>
                  <Link to={oversightComplaintPath(complaint.id)} className="usa-link">
                    {COMPLAINT_CATEGORY_WORDS.en[complaint.category]}
                  </Link>{' '}
                  <ComplaintStatusTag status={complaint.status} /> <span className="font-body-2xs">received {formatDateTime(complaint.receivedAt, DEFAULT_TIME_ZONE)}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
