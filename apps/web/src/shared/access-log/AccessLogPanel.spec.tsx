import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccessLogUsersDocument, PlanAccessLogPageDocument, RecordPlanExportDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { PAGE_SIZES } from '@jointops/domain';
import { downloadFile } from '../csv';
import { renderWithProviders } from '../../test/render';
import { actionLabel, kindLabel } from './access-log';
import { AccessLogPanel, accessLogCsv } from './AccessLogPanel';

jest.mock('../csv', () => ({ ...jest.requireActual('../csv'), downloadFile: jest.fn() }));
import { ACCESS_PAGE_SIZE } from './useAccessLog';
import { PHONE_MEDIA_QUERY } from '../useMediaQuery';

const CBP = { __typename: 'Agency' as const, id: 'a-cbp', shortName: 'CBP', name: 'U.S. Customs and Border Protection' };
const WCSO = { __typename: 'Agency' as const, id: 'a-wcso', shortName: 'WCSO', name: 'Wake County Sheriff' };
const maria = { __typename: 'User' as const, id: 'u-maria', displayName: 'Maria Lopez', agency: CBP };
const tom = { __typename: 'User' as const, id: 'u-tom', displayName: 'Tom Hargrove', agency: WCSO };

const record = (at: string, user: typeof maria, action: string, count = 1, kind: string | null = 'plan') => ({ __typename: 'AccessRecord' as const, at, action, count, kind, user });

const page = (variables: { userId?: string | null; action?: string | null; before?: string | null; first?: number }, nodes: object[], nextCursor: string | null, errors?: GraphQLError[]) => ({
  request: {
    query: PlanAccessLogPageDocument,
    variables: { planId: 'p1', userId: null, action: null, before: null, first: ACCESS_PAGE_SIZE, ...variables },
  },
  result: errors ? { errors } : { data: { accessLogPage: { __typename: 'AccessRecordPage', nodes, nextCursor } } },
});

const usersMock = {
  request: { query: AccessLogUsersDocument },
  result: {
    data: {
      users: [
        { ...tom, agency: { __typename: 'Agency', id: WCSO.id, shortName: WCSO.shortName } },
        { ...maria, agency: { __typename: 'Agency', id: CBP.id, shortName: CBP.shortName } },
      ],
    },
  },
};

const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('access log labels', () => {
  it('counts folded refusals and names what was read', () => {
    expect(actionLabel('DENIED', 510)).toBe('Denied 510 times');
    expect(actionLabel('VIEW', 1)).toBe('View');
    expect(kindLabel('planEvents')).toBe('Live updates and log');
    expect(kindLabel('myWork')).toBe('My work');
    expect([kindLabel('event-log.csv'), kindLabel('access-log.csv')]).toEqual(['Event log (CSV)', 'Access log (CSV)']);
    expect(kindLabel('notifications')).toBe('Notifications');
    expect(kindLabel('somethingNew')).toBe('Something new');
    expect(kindLabel(null)).toBe('—');
  });

  it('words the CSV like the table: complaint reads and unknown kinds never appear as raw field names', () => {
    const csv = accessLogCsv([record('2027-03-02T09:00:00Z', maria, 'VIEW', 1, 'complaints'), record('2027-03-01T09:00:00Z', maria, 'VIEW', 1, 'complaint'), record('2027-03-01T08:00:00Z', tom, 'VIEW', 1, 'planRiskScores')]);
    expect(csv.trimEnd().split('\r\n').map((line) => line.split(',')[5])).toEqual(['What', 'Complaints list', 'Complaint about this operation', 'Plan risk scores']);
  });
});

describe('AccessLogPanel', () => {
  it('shows the newest page, then appends older pages with "Load older" until there are none', async () => {
    renderWithProviders(<AccessLogPanel planId="p1" />, {
      mocks: [
        usersMock,
        page({}, [record('2027-03-01T10:05:00Z', tom, 'DENIED', 510, 'view'), record('2027-03-01T10:00:00Z', maria, 'VIEW')], '41'),
        page({ before: '41' }, [record('2027-03-01T09:00:00Z', maria, 'EXPORT', 1, 'plan.pdf')], null),
      ],
    });
    await screen.findByRole('table');
    expect(rows()).toEqual([
      [expect.any(String), 'Tom Hargrove', 'WCSO', 'Denied 510 times', 'Reading the plan'],
      [expect.any(String), 'Maria Lopez', 'CBP', 'View', 'The plan'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Load older' }));
    await screen.findByText('Plan PDF');
    expect(rows().map((row) => row[3])).toEqual(['Denied 510 times', 'View', 'Export']);
    expect(screen.queryByRole('button', { name: 'Load older' })).toBeNull();
    expect(screen.getByText('Showing the 3 newest records.')).toBeTruthy();
  });

  it('filters by person and by action, starting again from the newest', async () => {
    renderWithProviders(<AccessLogPanel planId="p1" />, {
      mocks: [
        usersMock,
        page({}, [record('2027-03-01T10:05:00Z', tom, 'DENIED', 3, 'view'), record('2027-03-01T10:00:00Z', maria, 'VIEW')], null),
        page({ action: 'DENIED' }, [record('2027-03-01T10:05:00Z', tom, 'DENIED', 3, 'view')], null),
        page({ action: 'DENIED', userId: 'u-maria' }, [], null),
      ],
    });
    await screen.findByRole('table');
    await screen.findByRole('option', { name: 'Maria Lopez (CBP)' });
    expect(within(screen.getByLabelText('Person')).getAllByRole('option').map((option) => option.textContent)).toEqual(['Everyone', 'Maria Lopez (CBP)', 'Tom Hargrove (WCSO)']);

    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'DENIED' } });
    await screen.findByText('Showing 1 record that matches.');
    expect(rows().map((row) => row[1])).toEqual(['Tom Hargrove']);

    fireEvent.change(screen.getByLabelText('Person'), { target: { value: 'u-maria' } });
    await screen.findByText('No records match these filters.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("explains a refusal instead of showing the server's error", async () => {
    const forbidden = new GraphQLError("The access log is for oversight and the lead agency's agency lead.", { extensions: { code: 'FORBIDDEN' } });
    renderWithProviders(<AccessLogPanel planId="p1" />, { mocks: [usersMock, page({}, [], null, [forbidden])] });
    expect((await screen.findByText(/open to oversight and to the lead agency’s agency lead only/)).textContent).toBeTruthy();
    expect(screen.queryByLabelText('Action')).toBeNull();
  });

  it('exports every matching record as CSV, reading all pages at the largest page size, not only those on screen', async () => {
    const all = PAGE_SIZES.accessLogExport;
    renderWithProviders(<AccessLogPanel planId="p1" />, {
      mocks: [
        usersMock,
        page({}, [record('2027-03-01T10:05:00Z', tom, 'DENIED', 3, 'view'), record('2027-03-01T10:00:00Z', maria, 'VIEW')], null),
        page({ action: 'DENIED' }, [record('2027-03-01T10:05:00Z', tom, 'DENIED', 3, 'view')], 'c1'),
        page({ action: 'DENIED', first: all }, [record('2027-03-01T10:05:00Z', tom, 'DENIED', 3, 'view')], 'c1'),
        page({ action: 'DENIED', first: all, before: 'c1' }, [record('2027-02-01T08:00:00Z', maria, 'DENIED', 1, 'editContent')], null),
        { request: { query: RecordPlanExportDocument, variables: { planId: 'p1', kind: 'ACCESS_LOG_CSV' } }, result: { data: { recordPlanExport: true } } },
      ],
    });
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'DENIED' } });
    await screen.findByText(/Showing 1 record that matches/);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV (filtered)' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const [filename, csv] = (downloadFile as jest.Mock).mock.calls.at(-1) as [string, string];
    expect(filename).toBe('access-log-p1.csv');
    expect(csv.trimEnd().split('\r\n')).toEqual([
      'Time (UTC),Person,Agency,Action,Times,What,User ID',
      '2027-03-01T10:05:00Z,Tom Hargrove,WCSO,Denied,3,Reading the plan,u-tom',
      '2027-02-01T08:00:00Z,Maria Lopez,CBP,Denied,1,Editing content,u-maria',
    ]);
  });
});

describe('AccessLogPanel on a phone', () => {
  afterEach(() => delete (window as { matchMedia?: unknown }).matchMedia);

  it('shows a card per record naming time, action and what, instead of the table', async () => {
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (query: string) => ({ matches: query === PHONE_MEDIA_QUERY, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }),
    });
    renderWithProviders(<AccessLogPanel planId="p1" />, {
      mocks: [usersMock, page({}, [record('2027-03-01T10:05:00Z', tom, 'DENIED', 510, 'view'), record('2027-03-01T10:00:00Z', maria, 'VIEW', 1, 'complaint')], null)],
    });
    const list = await screen.findByRole('list', { name: 'Access log, newest first' });
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => card.querySelector('p')?.textContent)).toEqual(['Tom Hargrove (WCSO)', 'Maria Lopez (CBP)']);
    const fields = (card: HTMLElement) => [...card.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(fields(cards[0]!)).toEqual([expect.stringMatching(/^Time: /), 'Action: Denied 510 times', 'What: Reading the plan']);
    expect(fields(cards[1]!).slice(1)).toEqual(['Action: View', 'What: Complaint about this operation']);
  });
});

