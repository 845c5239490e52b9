import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RecordPlanExportDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { CBP, DANA_ACTOR, MARIA_ACTOR, objective, planEvent } from '../live/live-fixtures';
import { csvCell, downloadFile } from '../shared/csv';
import { eventLogCsv, eventLogRows, filterEventLog, NO_FILTERS, type LogEvent } from './event-log';
import { PHONE_MEDIA_QUERY } from '../shared/useMediaQuery';
import { EventLogCards, EventLogPanel, EventLogTable } from './EventLogPanel';
import type { EventLogState } from './useEventLog';
import { renderWithProviders } from '../test/render';

const recorded = (kind = 'EVENT_LOG_CSV', errors?: GraphQLError[]) => ({
  request: { query: RecordPlanExportDocument, variables: { planId: 'p1', kind } },
  result: errors ? { errors } : { data: { recordPlanExport: true } },
});

jest.mock('../shared/csv', () => ({ ...jest.requireActual('../shared/csv'), downloadFile: jest.fn() }));

const hash = (seq: number) => `${String(seq).padStart(2, '0')}${'ab'.repeat(31)}`;
const logEvent = (seq: number, at: string, type: string, node: { __typename: string } | null, actor: typeof MARIA_ACTOR | typeof DANA_ACTOR = MARIA_ACTOR, entityId = 'o2'): LogEvent =>
  ({
    ...planEvent(seq, type, 'OBJECTIVE', entityId, node, actor),
    at,
    approvalNode: null,
    debriefNode: null,
    reportNode: null,
    hash: hash(seq),
    prevHash: hash(seq - 1),
  }) as unknown as LogEvent;

const EVENTS: LogEvent[] = [
  logEvent(1, '2027-01-03T15:00:00Z', 'OBJECTIVE_ADDED', objective('o2', 1, 'Keep lanes open')),
  logEvent(2, '2027-01-05T15:00:00Z', 'OBJECTIVE_UPDATED', objective('o2', 1, 'Keep both lanes open'), DANA_ACTOR),
  logEvent(3, '2027-01-09T15:00:00Z', 'OBJECTIVE_REMOVED', null, DANA_ACTOR),
  logEvent(4, '2027-01-09T16:00:00Z', 'OBJECTIVE_ADDED', objective('o3', 2, 'Escort the convoy =SUM(A1)'), MARIA_ACTOR, 'o3'),
];

const state = (events = EVENTS): EventLogState => ({
  plan: { __typename: 'Plan', id: 'p1', title: 'Operation Safe Passage', status: 'DRAFT', timeZone: 'America/New_York', lastSeq: events.length, leadAgency: CBP } as EventLogState['plan'],
  events,
  loading: false,
  error: null,
  missing: false,
  retry: jest.fn(),
});

const bodyRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent ?? '');

describe('oversight event log in words', () => {
  it('describes each event with who did it and what changed, from and to, without raw codes', () => {
    const rows = eventLogRows(EVENTS);
    expect(rows.map((row) => `${row.actor} ${row.description}`)).toEqual([
      'Maria Lopez (CBP) added Objective 2 "Keep lanes open"',
      'Dana Whitfield (NCSHP) changed the title of Objective 2 "Keep both lanes open" from "Keep lanes open" to "Keep both lanes open"',
      'Dana Whitfield (NCSHP) removed Objective 2 "Keep both lanes open"',
      'Maria Lopez (CBP) added Objective 3 "Escort the convoy =SUM(A1)"',
    ]);
    renderWithProviders(<EventLogPanel log={state()} />);
    const table = screen.getByRole('table');
    expect(table.textContent).not.toMatch(/OBJECTIVE_UPDATED|OBJECTIVE_ADDED/);
    expect(table.textContent).not.toContain('o2 ');
  });

  it('filters by who, what, action and date range, and searches the text', () => {
    renderWithProviders(<EventLogPanel log={state()} />);
    expect(bodyRows()).toHaveLength(4);
    fireEvent.change(screen.getByLabelText('Who'), { target: { value: DANA_ACTOR.id } });
    expect(bodyRows()).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'REMOVED' } });
    expect(bodyRows()).toEqual([expect.stringContaining('removed Objective 2')]);
    expect(screen.getByTestId('event-log-status').textContent).toBe('1 of 4 events match.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(bodyRows()).toHaveLength(4);
    // The button went with the filters: focus is on the first filter, not on <body>.
    expect(document.activeElement).toBe(screen.getByLabelText('Who'));

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-01-04' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2027-01-06' } });
    expect(bodyRows()).toEqual([expect.stringContaining('from "Keep lanes open" to "Keep both lanes open"')]);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2027-01-01' } });
    expect(screen.getByText('The start date must be on or before the end date.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    fireEvent.change(screen.getByLabelText(/Search/), { target: { value: 'convoy maria' } });
    expect(bodyRows()).toEqual([expect.stringContaining('Escort the convoy')]);
    expect(filterEventLog(eventLogRows(EVENTS), { ...NO_FILTERS, entityType: 'OBJECTIVE', text: hash(3).slice(0, 10) }).map((row) => row.seq)).toEqual([3]);
  });

  it('downloads what is shown as CSV, formulas defused and quotes escaped', async () => {
    renderWithProviders(<EventLogPanel log={state()} />, { mocks: [recorded()] });
    fireEvent.change(screen.getByLabelText('Who'), { target: { value: MARIA_ACTOR.id } });
    const button = screen.getByRole('button', { name: 'Download CSV (filtered)' });
    button.focus();
    fireEvent.click(button);
    // Preparing: marked busy, still focusable (aria-disabled, not disabled).
    expect([button.textContent, button.getAttribute('aria-disabled'), (button as HTMLButtonElement).disabled, document.activeElement === button]).toEqual(['Preparing CSV…', 'true', false, true]);
    // The export is recorded in the access log before the file is handed out.
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const [filename, csv] = (downloadFile as jest.Mock).mock.calls.at(-1) as [string, string];
    expect(filename).toBe('operation-safe-passage-event-log-filtered.csv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Seq,Time (UTC),Who,Event,What,Action,Event type,Entity ID,Revision,Hash');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`1,2027-01-03T15:00:00Z,Maria Lopez (CBP),"Maria Lopez (CBP) added Objective 2 ""Keep lanes open""",Objective,Added or created,OBJECTIVE_ADDED,o2,10,${hash(1)}`);
    expect(eventLogCsv(eventLogRows([EVENTS[3]!]))).toContain('"Maria Lopez (CBP) added Objective 3 ""Escort the convoy =SUM(A1)"""');
    expect([csvCell('=SUM(A1)'), csvCell('-1+2'), csvCell('@cmd'), csvCell(-3), csvCell('a\nb'), csvCell(null)]).toEqual(["'=SUM(A1)", "'-1+2", "'@cmd", '-3', '"a\nb"', '']);
  });

  it('hands out no file when its export could not be recorded, and says why', async () => {
    (downloadFile as jest.Mock).mockClear();
    renderWithProviders(<EventLogPanel log={state()} />, { mocks: [recorded('EVENT_LOG_CSV', [new GraphQLError('Plan not found.', { extensions: { code: 'NOT_FOUND' } })])] });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The event log could not be exported/);
    expect(downloadFile).not.toHaveBeenCalled();
  });

  it('cuts long titles and values on screen but keeps every word in the CSV and the search', () => {
    const before = `Hold the northbound lanes of Interstate 40 at the Wake County line ${'until relieved '.repeat(4)}before`;
    const after = `${before}, then reopen them`;
    const events = [
      logEvent(1, '2027-01-03T15:00:00Z', 'OBJECTIVE_ADDED', objective('o2', 1, before)),
      logEvent(2, '2027-01-05T15:00:00Z', 'OBJECTIVE_UPDATED', objective('o2', 1, after), DANA_ACTOR),
    ];
    const rows = eventLogRows(events);
    // On screen: the title cut at 80 characters, the from/to values at 60.
    expect(rows[1]!.description).toBe(`changed the title of Objective 2 "${after.slice(0, 79)}…" from "${before.slice(0, 59)}…" to "${after.slice(0, 59)}…"`);
    expect(rows[1]!.fullDescription).toBe(`changed the title of Objective 2 "${after}" from "${before}" to "${after}"`);

    const csv = eventLogCsv(rows);
    expect(csv).toContain(`"Dana Whitfield (NCSHP) changed the title of Objective 2 ""${after}"" from ""${before}"" to ""${after}"""`);
    expect(csv).not.toContain('…');
    // A word past the cut is still found.
    expect(filterEventLog(rows, { ...NO_FILTERS, text: 'reopen' }).map((row) => row.seq)).toEqual([2]);

    // And read on screen: a cut sentence opens in full under it, in the table and in the phone's cards.
    for (const Panel of [EventLogTable, EventLogCards]) {
      const { unmount } = render(<Panel rows={rows} />);
      const inFull = screen.getAllByTestId('event-in-full');
      expect(inFull).toHaveLength(2);
      expect(within(inFull[1]!).getByText('Show in full')).toBeTruthy();
      expect(inFull[1]!.querySelector('p')?.textContent).toBe(`Dana Whitfield (NCSHP) ${rows[1]!.fullDescription}`);
      unmount();
    }
  });

  it('shows each hash short without clipping, with the full value in the tooltip, for screen readers and on the clipboard', async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    renderWithProviders(<EventLogPanel log={state()} />);
    const cell = within(screen.getAllByRole('row')[2]!).getAllByRole('cell').at(-1)!;
    expect(cell.querySelector('code')?.getAttribute('title')).toBe(hash(2));
    expect(within(cell).getByText(`${hash(2).slice(0, 12)}…`)).toBeTruthy();
    expect(within(cell).getByText(hash(2)).className).toContain('usa-sr-only');
    fireEvent.click(within(cell).getByRole('button', { name: 'Copy the hash of event 2' }));
    expect(writeText).toHaveBeenCalledWith(hash(2));
    expect(await within(cell).findByText('Copied')).toBeTruthy();
  });

  it('says how far it has read while pages are loading', () => {
    renderWithProviders(<EventLogPanel log={{ ...state(EVENTS.slice(0, 2)), loading: true, plan: { ...state().plan!, lastSeq: 250 } }} />);
    expect(screen.getByTestId('event-log-status').textContent).toBe('Loading the event log… 2 of 250 events read.');
  });
});

describe('a long event log (thousands of events)', () => {
  const LONG = Array.from({ length: 2000 }, (_, index) =>
    logEvent(index + 1, new Date(Date.UTC(2027, 0, 3, 15) + index * 60_000).toISOString(), index === 0 ? 'OBJECTIVE_ADDED' : 'OBJECTIVE_UPDATED', objective('o2', 1, `Title ${index + 1}`), index % 2 ? DANA_ACTOR : MARIA_ACTOR),
  );

  it('describes each event once: a page or a live event appended reuses the rows already made', () => {
    const first = eventLogRows(LONG.slice(0, 500));
    const grown = eventLogRows(LONG.slice(0, 501));
    expect(grown).toHaveLength(501);
    expect(grown.slice(0, 500).every((row, index) => row === first[index])).toBe(true);
    expect(grown[500]!.description).toBe('changed the title of Objective 2 "Title 501" from "Title 500" to "Title 501"');
  });

  it('renders only the rows near the viewport, counting them all for screen readers, and finds any event by search', () => {
    renderWithProviders(<EventLogPanel log={state(LONG)} />);
    const table = screen.getByRole('table', { name: 'Event log, oldest first' });
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    const rendered = within(table).getAllByRole('row').slice(1);
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(100);
    expect(screen.getByRole('region', { name: 'Event log table' })).toBeTruthy();
    expect(screen.getByTestId('event-log-status').textContent).toBe('Showing all 2000 events.');
    // The last event is not drawn until scrolled to, but the search reaches it.
    expect(within(table).queryByText(/"Title 1999" to "Title 2000"/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'title 2000' } });
    expect(bodyRows()).toEqual([expect.stringContaining('changed the title of Objective 2 "Title 2000" from "Title 1999" to "Title 2000"')]);
    expect(screen.getByTestId('event-log-status').textContent).toBe('1 of 2000 events match.');
  });
});

describe('oversight event log on a phone', () => {
  afterEach(() => delete (window as { matchMedia?: unknown }).matchMedia);

  it('shows a card per event with its whole sentence and every other column named, instead of the table', () => {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({ matches: query === PHONE_MEDIA_QUERY, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }),
    });
    renderWithProviders(<EventLogPanel log={state()} />);
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(screen.getByRole('list', { name: 'Event log, oldest first' })).getAllByRole('listitem');
    expect(cards).toHaveLength(4);
    const lines = (card: HTMLElement) => [...card.querySelectorAll('p')].map((line) => line.textContent);
    expect(lines(cards[1]!)).toEqual([
      expect.stringMatching(/^Event 2 · Jan 5, 2027/),
      'Dana Whitfield (NCSHP) changed the title of Objective 2 "Keep both lanes open" from "Keep lanes open" to "Keep both lanes open"',
    ]);
    expect(cards[1]!.querySelector('time')?.getAttribute('dateTime')).toBe('2027-01-05T15:00:00Z');
    expect([...cards[1]!.querySelectorAll('dt')].map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`)).toEqual(['Revision 11', expect.stringMatching(/^Hash 02abab/)]);
    expect(within(cards[1]!).getByRole('button', { name: 'Copy the hash of event 2' })).toBeTruthy();
    // Filters apply to the cards as to the table.
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'REMOVED' } });
    expect(within(screen.getByRole('list', { name: 'Event log, oldest first' })).getAllByRole('listitem').map((card) => card.querySelectorAll('p')[1]?.textContent)).toEqual([
      'Dana Whitfield (NCSHP) removed Objective 2 "Keep both lanes open"',
    ]);
  });
});
