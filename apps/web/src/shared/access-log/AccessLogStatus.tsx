import type { CursorPagesState } from './useCursorPages';

/** What an access log's screen says under its table: loading, none (`empty`), or how many are shown and whether older ones wait. */
export function accessLogStatus(log: Pick<CursorPagesState<unknown>, 'records' | 'loading' | 'error' | 'hasOlder'>, empty: string, filtered = false): string {
  if (log.loading) return 'Loading the access log…';
  if (log.error) return '';
  const count = log.records.length;
  if (count === 0) return empty;
  const shown = count === 1 ? `Showing 1 record${filtered ? ' that matches' : ''}` : `Showing the ${count} newest records${filtered ? ' that match' : ''}`;
  return `${shown}${log.hasOlder ? '; older ones can be loaded' : ''}.`;
}

/** The status line itself, announced politely as it changes. */
export function AccessLogStatus({ children }: { children: string }) {
  return (
    <p className="font-body-2xs" role="status" aria-live="polite">
      {children}
    </p>
  );
}
