import { DEFAULT_TIME_ZONE } from '@jointops/domain';
import type { OversightComplaintsQuery } from '@jointops/web-data';
import { Link } from 'react-router';
import { formatDateTime } from '../plans/plan-format';
import '../shared/phone-cards.css';
import { COMPLAINT_CATEGORY_WORDS } from './complaint-labels';
import { oversightComplaintPath } from './complaint-paths';
import { ComplaintStatusTag } from './ComplaintStatusTag';

type ComplaintSummary = OversightComplaintsQuery['complaints'][number];

/**
 * Oversight's complaints on a phone (PHONE_MEDIA_QUERY): one card per complaint, newest first,
 * with every column of the table named (the status whole, nothing to scroll sideways), laid out as
 * every phone card is (shared/phone-cards.css).
 */
export function ComplaintCards({ complaints, caption }: { complaints: readonly ComplaintSummary[]; caption: string }) {
  return (
    <div data-testid="complaint-cards">
      <p id="complaint-cards-caption" className="text-bold margin-bottom-1">
        {caption}
      </p>
      <ol className="usa-list usa-list--unstyled jo-phone-cards" aria-labelledby="complaint-cards-caption">
        {complaints.map((complaint) => (
          <li key={complaint.id} className="jo-phone-card" data-testid="complaint-card">
            <h2 className="jo-phone-card__title">
              <Link to={oversightComplaintPath(complaint.id)} className="usa-link">
                {COMPLAINT_CATEGORY_WORDS.en[complaint.category]}
              </Link>
            </h2>
            <p className="margin-top-1 margin-bottom-0">
              <ComplaintStatusTag status={complaint.status} />
            </p>
            <dl className="jo-phone-card__fields">
              <dt>Received</dt>
              <dd>{formatDateTime(complaint.receivedAt, DEFAULT_TIME_ZONE)}</dd>
              <dt>Operation</dt>
              <dd>{complaint.plan?.title ?? '—'}</dd>
              <dt>Agency</dt>
              <dd>{complaint.agency ? `${complaint.agency.name} (${complaint.agency.shortName})` : '—'}</dd>
              <dt>Where</dt>
              <dd className="text-pre-wrap">{complaint.location}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
