import { Alert, Button } from '@trussworks/react-uswds';
import { SelectField, TextField } from '@jointops/ui';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { fileSlug } from '../shared/csv';
import { errorMessage } from '../shared/errors';
import { usePlanTime } from '../shared/plan-time';
import { PHONE_MEDIA_QUERY, useMediaQuery } from '../shared/useMediaQuery';
import { useWindowedRows } from '../shared/useWindowedRows';
import { WindowedTable } from '../shared/WindowedTable';
import '../shared/phone-cards.css';
import { CopyableHash } from './CopyableHash';
import {
  ENTITY_TYPE_LABELS,
  EVENT_ACTION_LABELS,
  EVENT_ACTIONS,
  eventLogCsv,
  eventLogRows,
  filterEventLog,
  filtersError,
  NO_FILTERS,
  type EventLogFilters,
  type EventLogRow,
} from './event-log';
import type { EventLogState } from './useEventLog';
import { DownloadCsvButton, ExportFailure } from '../shared/access-log/RecordedExportControls';
import { useRecordedExport } from '../shared/access-log/useRecordedExport';

const ACTION_OPTIONS = EVENT_ACTIONS.map((action) => ({ value: action, label: EVENT_ACTION_LABELS[action] }));

/** The plan's event log in words, with filters (who, what, when), search and a CSV of what is shown. */
export function EventLogPanel({ log }: { log: EventLogState }) {
  const [filters, setFilters] = useState<EventLogFilters>(NO_FILTERS);
  const rows = useMemo(() => eventLogRows(log.events), [log.events]);
  // The fields answer every keystroke at once; the list follows when the browser has time (a
  // search over thousands of events must not hold the typing back).
  const applied = useDeferredValue(filters);
  const dateError = filtersError(applied);
  const shown = useMemo(() => (dateError ? [] : filterEventLog(rows, applied)), [rows, applied, dateError]);
  const people = useMemo(() => [...new Map(rows.map((row) => [row.actorId, row.actor])).entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label })), [rows]);
  const kinds = useMemo(() => [...new Set(rows.map((row) => row.entityType))].map((value) => ({ value, label: ENTITY_TYPE_LABELS[value] ?? value })), [rows]);
  // Clear filters shows as soon as one is set; the count and the CSV go with the list shown.
  const filtering = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const filtered = JSON.stringify(applied) !== JSON.stringify(NO_FILTERS);
  const set = (key: keyof EventLogFilters) => (value: string) => setFilters((current) => ({ ...current, [key]: value }));
  const total = log.plan?.lastSeq ?? 0;
  const phone = useMediaQuery(PHONE_MEDIA_QUERY);
  const exporter = useRecordedExport(log.plan?.id ?? '', 'EVENT_LOG_CSV');

  return (
    <section aria-labelledby="events-heading" className="margin-y-3">
      <h2 id="events-heading">Event log</h2>
      <p className="margin-top-0">Every change to the plan, oldest first, in words; new changes are added as they are made. Filter by who, what and when, or search the text.</p>
      <form className="grid-row grid-gap" aria-label="Filter the event log" onSubmit={(event) => event.preventDefault()} data-testid="event-log-filters">
        <div className="tablet:grid-col-4">
          <SelectField id="event-filter-person" label="Who" value={filters.actorId} options={people} placeholder="Everyone" onChange={set('actorId')} />
        </div>
        <div className="tablet:grid-col-4">
          <SelectField id="event-filter-what" label="What" value={filters.entityType} options={kinds} placeholder="Everything" onChange={set('entityType')} />
        </div>
        <div className="tablet:grid-col-4">
          <SelectField id="event-filter-action" label="Action" value={filters.action} options={ACTION_OPTIONS} placeholder="Any action" onChange={set('action')} />
        </div>
        <div className="tablet:grid-col-3">
          <TextField id="event-filter-from" label="From" type="date" value={filters.from} onChange={set('from')} error={filtersError(filters)} />
        </div>
        <div className="tablet:grid-col-3">
          <TextField id="event-filter-to" label="To" type="date" value={filters.to} onChange={set('to')} />
        </div>
        <div className="tablet:grid-col-6">
          <TextField id="event-filter-text" label="Search" type="search" value={filters.text} onChange={set('text')} hint="Names, titles, values, IDs or hashes" />
        </div>
      </form>
      <div className="display-flex flex-wrap flex-align-center margin-y-2">
        {filtering ? (
          <Button
            type="button"
            unstyled
            className="margin-right-3"
            onClick={() => {
              setFilters(NO_FILTERS);
              // The button goes with the filters: focus goes back to the first of them.
              document.getElementById('event-filter-person')?.focus();
            }}
          >
            Clear filters
          </Button>
        ) : null}
        <DownloadCsvButton
          exporter={exporter}
          make={() => ({ filename: `${fileSlug(log.plan?.title ?? 'plan')}-event-log${filtered ? '-filtered' : ''}.csv`, content: eventLogCsv(shown) })}
          filtered={filtered}
          disabled={shown.length === 0 || log.loading}
        />
      </div>
      <ExportFailure exporter={exporter} what="The event log" />
      {log.error ? (
        <Alert type="error" slim role="alert">
          <p className="usa-alert__text">
            The event log could not be loaded{log.events.length ? ' in full' : ''}. {errorMessage(log.error)}{' '}
            <Button type="button" unstyled onClick={log.retry}>
              Try again
            </Button>
          </p>
        </Alert>
      ) : null}
      <p className="font-body-2xs" role="status" aria-live="polite" data-testid="event-log-status">
        {log.loading
          ? `Loading the event log… ${log.events.length} of ${total || '…'} events read.`
          : filtered
            ? `${shown.length} of ${rows.length} events match.`
            : log.plan
              ? `Showing all ${rows.length} events.`
              : ''}
      </p>
      {shown.length === 0 ? null : phone ? <EventLogCards rows={shown} /> : <EventLogTable rows={shown} />}
    </section>
  );
}

const EVENT_CELL = { whiteSpace: 'normal', minWidth: '16rem' } as const;
/** A row's height before one is measured (px): a sentence on one or two lines and the hash button. */
const ROW_HEIGHT = 52;
/** A card's height before one is measured (px). */
const CARD_HEIGHT = 170;

/**
 * The log as a table. A long log (thousands of events) renders only the rows near the viewport
 * (WindowedTable); screen readers still hear every row counted, and the search finds any event.
 */
export function EventLogTable({ rows }: { rows: readonly EventLogRow[] }) {
  const time = usePlanTime();
  return (
    <WindowedTable
      className="font-body-2xs"
      regionLabel="Event log table"
      caption={<span className="usa-sr-only">Event log, oldest first</span>}
      columns={['Seq', 'Time', 'Event', 'Revision', 'Hash']}
      rows={rows}
      estimatedRowHeight={ROW_HEIGHT}
      renderRow={(row, _index, rowProps) => (
        <tr key={row.seq} {...rowProps}>
          <th scope="row">{row.seq}</th>
          <td className="text-no-wrap">
            <time dateTime={row.at}>{time.format(row.at)}</time>
          </td>
          {/* The scrollable container keeps cells on one line; the sentence wraps so the hash stays in view. */}
          <td style={EVENT_CELL}>
            <span className="text-bold">{row.actor}</span> {row.description}
            <InFull row={row} />
          </td>
          <td>{row.revision}</td>
          <td>
            <CopyableHash value={row.hash} label={`the hash of event ${row.seq}`} />
          </td>
        </tr>
      )}
    />
  );
}

/** A sentence cut short (a long title or text) opens in full under it, as the CSV has it. */
function InFull({ row }: { row: EventLogRow }) {
  if (row.fullDescription === row.description) return null;
  return (
    <details className="margin-top-05" data-testid="event-in-full">
      <summary className="text-primary">Show in full</summary>
      <p className="margin-y-05 text-pre-wrap" style={{ overflowWrap: 'anywhere' }}>
        {row.actor} {row.fullDescription}
      </p>
    </details>
  );
}

/**
 * The same log on a phone (PHONE_MEDIA_QUERY): a card per event, its seq and time, its sentence in
 * full, and revision and hash named under it; the table's five columns would hide the sentence off to the side at 390 px.
 */
export function EventLogCards({ rows }: { rows: readonly EventLogRow[] }) {
  const time = usePlanTime();
  const list = useRef<HTMLOListElement>(null);
  const view = useWindowedRows(list, { count: rows.length, estimatedRowHeight: CARD_HEIGHT, overscan: 4 });
  return (
    <ol
      ref={list}
      className="usa-list usa-list--unstyled jo-phone-cards font-body-2xs"
      aria-label="Event log, oldest first"
      data-testid="event-log-cards"
      style={view.windowed ? { paddingTop: view.before, paddingBottom: view.after } : undefined}
    >
      {rows.slice(view.start, view.end).map((row, offset) => (
        <li key={row.seq} className="jo-phone-card" data-window-row aria-posinset={view.start + offset + 1} aria-setsize={rows.length}>
          <p className="margin-0 text-base-dark">
            Event {row.seq} · <time dateTime={row.at}>{time.format(row.at)}</time>
          </p>
          <p className="margin-y-05">
            <span className="text-bold">{row.actor}</span> {row.description}
          </p>
          <InFull row={row} />
          <dl className="jo-phone-card__fields">
            <dt>Revision</dt>
            <dd>{row.revision}</dd>
            <dt>Hash</dt>
            <dd>
              <CopyableHash value={row.hash} label={`the hash of event ${row.seq}`} />
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
