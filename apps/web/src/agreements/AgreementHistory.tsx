import type { AgreementFieldsFragment } from '@jointops/web-data';
import { formatTaskForceDay, OPERATION_TYPE_LABELS, type OperationType } from '@jointops/domain';
import { DataTable } from '@jointops/ui';
import { formatCalendarDate } from '../timeline/time';

type Change = AgreementFieldsFragment['history'][number];

const KIND_WORDS: Record<string, string> = { CREATED: 'Created', UPDATED: 'Changed', DOCUMENT_UPLOADED: 'Signed document uploaded', TERMINATED: 'Terminated' };
const FIELD_WORDS: Record<string, string> = {
  title: 'Title',
  scope: 'Scope',
  dataSharingTerms: 'Data-sharing terms',
  reportingRequirements: 'Reporting requirements',
  expiresOn: 'Expires on',
  terminatedAt: 'Terminated at',
  document: 'Signed document',
};

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A field's value as the page shows it: an expiry as its day (as on the page), a termination at its time (UTC, as the history's times), a scope in words; other values as they are. */
function valueWords(field: string, value: string | null | undefined): string {
  if (value == null || value === '') return '—';
  if (field === 'expiresOn') return formatTaskForceDay(value) || value;
  if (field === 'terminatedAt') return Number.isNaN(Date.parse(value)) ? value : `${when.format(new Date(value))} UTC`;
  // The scope is stored as its operation types ("CHECKPOINT, SURVEILLANCE"): said in words, as on the page.
  if (field === 'scope') return value.split(/,\s*/).map((type) => OPERATION_TYPE_LABELS[type as OperationType] ?? type).join(', ');
  return value;
}

/** What one change did, in words: "Title: Draft MOU → Signed MOU", "Expires on: Dec 31, 2027 → Apr 16, 2027". */
export function describeChange(change: Pick<Change, 'kind' | 'field' | 'before' | 'after'>): string {
  const kind = KIND_WORDS[change.kind] ?? change.kind;
  if (change.kind !== 'UPDATED' || !change.field) return change.kind === 'DOCUMENT_UPLOADED' && change.after ? `${kind}: ${change.after}` : kind;
  return `${FIELD_WORDS[change.field] ?? change.field}: ${valueWords(change.field, change.before)} → ${valueWords(change.field, change.after)}`;
}

/** Every change, oldest first: when, who, what and why. */
export function AgreementHistory({ history }: { history: readonly Change[] }) {
  return (
    // On a phone each change stacks, its fields named; a long unbroken value (an uploaded file's name)
    // wraps rather than pushing the page sideways.
    <DataTable fullWidth stackedStyle="headers" caption="Every change to this agreement, oldest first (times in UTC)." columns={['When', 'Who', 'What', 'Why']}>
      {history.map((change, index) => (
        <tr key={`${change.at}-${index}`}>
          <td data-label="When">
            <time dateTime={change.at} title={formatCalendarDate(change.at)}>
              {when.format(new Date(change.at))}
            </time>
          </td>
          <td data-label="Who">{change.by.displayName}</td>
          <td data-label="What" className="jo-user-text">
            {describeChange(change)}
          </td>
          <td data-label="Why" className="jo-user-text">
            {change.reason ?? '—'}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
