import { DataTable } from '@jointops/ui';
import type { AccessRecordFieldsFragment } from '@jointops/web-data';
import { usePlanTime } from '../plan-time';
import { actionLabel, kindLabel } from './access-log';

/** An access log's records (a plan's, an agreement's) as a table: time, person, agency, action, what. */
export function AccessLogTable({ records, caption = 'Access log, newest first' }: { records: readonly AccessRecordFieldsFragment[]; caption?: string }) {
  const time = usePlanTime();
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
          <td>{record.action === 'DENIED' ? <strong>{actionLabel(record.action, record.count)}</strong> : actionLabel(record.action, record.count)}</td>
          <td>{kindLabel(record.kind)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
