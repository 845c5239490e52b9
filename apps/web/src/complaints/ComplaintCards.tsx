import { DEFAULT_TIME_ZONE } from '@jointops/domain';
import type { OversightComplaintsQuery } from '@jointops/web-data';
import { Link } from 'react-router';
import { formatDateTime } from '../plans/plan-format';
import { COMPLAINT_CATEGORY_WORDS } from './complaint-labels';
import { oversightComplaintPath } from './complaint-paths';
import { ComplaintStatusTag } from './ComplaintStatusTag';

type ComplaintSummary = OversightComplaintsQuery['complaints'][number];

/**
 * Oversight's complaints on a phone (PHONE_MEDIA_QUERY): one card per complaint, newest first,
 * with every column of the table named (the status whole, nothing to scroll sideways).
 */
export function ComplaintCards({ complaints, caption }: { complaints: readonly ComplaintSummary[]; caption: string }) {
  return (
    <div data-testid="complaint-cards">
      <p id="complaint-cards-caption" className="text-bold margin-bottom-1">
        {caption}
      </p>
      <ol className="usa-list usa-list--unstyled" aria-labelledby="complaint-cards-caption">
        {complaints.map((complaint) => (
          <li key={complaint.id} className="border-1px border-base-lighter radius-md padding-2 margin-bottom-2" data-testid="complaint-card">
            <h2 className="margin-0 font-heading-md">
              <Link to={oversightComplaintPath(complaint.id)} className="usa-link">
                {COMPLAINT_CATEGORY_WORDS.en[complaint.category]}
              </Link>
            </h2>
            <p className="margin-y-1">
              <ComplaintStatusTag status={complaint.status} />
            </p>
            <dl className="margin-y-1">
              <dt className="text-bold">Received</dt>
              <dd className="margin-left-0 margin-bottom-1">{formatDateTime(complaint.receivedAt, DEFAULT_TIME_ZONE)}</dd>
              <dt className="text-bold">Operation</dt>
              <dd className="margin-left-0 margin-bottom-1">{complaint.plan?.title ?? '—'}</dd>
              <dt className="text-bold">Agency</dt>
              <dd className="margin-left-0 margin-bottom-1">{complaint.agency ? `${complaint.agency.name} (${complaint.agency.shortName})` : '—'}</dd>
              <dt className="text-bold">Where</dt>
              <dd className="margin-left-0 margin-bottom-0 text-pre-wrap">{complaint.location}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
