import { DEFAULT_TIME_ZONE, type ComplaintStatus } from '@jointops/domain';
import { DataTable } from '@jointops/ui';
import type { ComplaintFieldsFragment } from '@jointops/web-data';
import { formatDateTime } from '../plans/plan-format';
import { COMPLAINT_STATUS_WORDS } from './complaint-labels';

type Change = ComplaintFieldsFragment['history'][number];

const FIELD_WORDS: Record<string, string> = { status: 'Status', planId: 'Operation', agencyId: 'Agency', outcome: 'Outcome' };

/** Names for the ids a change holds (operations and agencies), when the page knows them. */
export type NameOf = (field: string, id: string) => string | undefined;

/** What one change did, in words: "Status: Received → Under review; Operation: — → Safe Corridor". */
export function describeComplaintChange(change: Pick<Change, 'changes'>, nameOf: NameOf = () => undefined): string {
  if (change.changes.length === 0) return 'Filed by the public';
  const shown = (field: string, value: string | null) => {
    if (value == null) return '—';
    if (field === 'status') return COMPLAINT_STATUS_WORDS.en[value as ComplaintStatus] ?? value;
    return nameOf(field, value) ?? value;
  };
  return change.changes.map(({ field, from, to }) => `${FIELD_WORDS[field] ?? field}: ${shown(field, from)} → ${shown(field, to)}`).join('\n');
}

/** Every change, oldest first: when, who and what (each field from and to); on a phone each change stacks, its fields named. */
export function ComplaintHistory({ history, nameOf }: { history: readonly Change[]; nameOf?: NameOf }) {
  return (
    <DataTable fullWidth stackedStyle="headers" caption="Every change to this complaint, oldest first." columns={['When', 'Who', 'What']}>
      {history.map((change, index) => (
        <tr key={`${change.at}-${index}`} data-testid="complaint-history-row">
          <td data-label="When">{formatDateTime(change.at, DEFAULT_TIME_ZONE)}</td>
          <td data-label="Who">{change.by?.displayName ?? 'The complainant'}</td>
          <td data-label="What" className="text-pre-wrap">{describeComplaintChange(change, nameOf)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
