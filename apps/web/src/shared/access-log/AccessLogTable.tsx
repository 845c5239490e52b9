import { DataTable } from '@jointops/ui';
import type { AccessRecordFieldsFragment } from '@jointops/web-data';
import { usePlanTime } from '../plan-time';
import { PHONE_MEDIA_QUERY, useMediaQuery } from '../useMediaQuery';
import '../phone-cards.css';
import { actionLabel, kindLabel } from './access-log';

type AccessRecord = AccessRecordFieldsFragment;

const actionText = (record: AccessRecord) => (record.action === 'DENIED' ? <strong>{actionLabel(record.action, record.count)}</strong> : actionLabel(record.action, record.count));

/**
 * An access log's records (a plan's, an agreement's) as a table: time, person, agency, action, what.
 * On a phone (PHONE_MEDIA_QUERY) a card each, the same fields named: five columns do not fit 390 px.
 */
export function AccessLogTable({ records, caption = 'Access log, newest first' }: { records: readonly AccessRecord[]; caption?: string }) {
  const time = usePlanTime();
  const phone = useMediaQuery(PHONE_MEDIA_QUERY);
  if (phone) {
    return (
      <ol className="usa-list usa-list--unstyled jo-phone-cards" aria-label={caption} data-testid="access-log-cards">
        {records.map((record, index) => (
          <li key={`${record.at}-${record.user.id}-${index}`} className="jo-phone-card">
            <p className="margin-0">
              <span className="text-bold">{record.user.displayName}</span> (<abbr title={record.user.agency.name}>{record.user.agency.shortName}</abbr>)
            </p>
            <dl className="jo-phone-card__fields">
              <dt>Time</dt>
              <dd>
                <time dateTime={record.at}>{time.format(record.at)}</time>
              </dd>
              <dt>Action</dt>
              <dd>{actionText(record)}</dd>
              <dt>What</dt>
              <dd>{kindLabel(record.kind)}</dd>
            </dl>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <DataTable fullWidth compact striped scrollable caption={caption} captionClassName="usa-sr-only" columns={['Time', 'Person', 'Agency', 'Action', 'What']}>
      {records.map((record, index) => (
        <tr key={`${record.at}-${record.user.id}-${index}`}>
          <td>
            <time dateTime={record.at}>{time.format(record.at)}</time>
          </td>
          <td>{record.user.displayName}</td>
          <td>
            <abbr title={record.user.agency.name}>{record.user.agency.shortName}</abbr>
          </td>
          <td>{actionText(record)}</td>
          <td>{kindLabel(record.kind)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
