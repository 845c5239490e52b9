import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PUBLISHED_FIGURE_KEYS, type PublishedBreakdown } from '@jointops/domain';
import { PublicTransparencyDocument, PublicTransparencyYearsDocument } from '@jointops/web-data';
import { GraphQLError } from 'graphql';
import { App } from '../app/App';
import { downloadFile } from '../shared/csv';
import { renderWithProviders } from '../test/render';
import { periodFrom, publicFiguresCsv } from './public-figures';

jest.mock('../shared/csv', () => ({ ...jest.requireActual('../shared/csv'), downloadFile: jest.fn() }));

const count = (value: number | null) => ({ __typename: 'PublicCount' as const, value, suppressed: value === null });
const by = (breakdown: PublishedBreakdown, values: Record<string, number> = {}) =>
  PUBLISHED_FIGURE_KEYS[breakdown].map((key) => ({ __typename: 'PublicCountBy' as const, key, count: count(values[key] ?? null) }));

/** 2026's figures as the API would publish them: most counts suppressed. */
const figures = (year: number, quarter: number | null) => ({
  __typename: 'PublicTransparencyReport',
  year,
  quarter,
  years: [2026, 2025],
  operations: count(23),
  operationsByType: by('operationsByType', { CHECKPOINT: 12, OTHER: 6 }),
  operationsByStatus: by('operationsByStatus', { ACTIVE: 7, CLOSED: 9 }),
  incidentsByType: by('incidentsByType', { SAFETY: 8 }),
  complaintsByCategory: by('complaintsByCategory'),
  complaintsByStatus: by('complaintsByStatus', { RECEIVED: 20, REFERRED: 7 }),
  correctiveActionsOpen: count(11),
  correctiveActionsDone: count(null),
  agencies: [{ __typename: 'Agency' as const, id: 'a-cbp', name: 'U.S. Customs and Border Protection', shortName: 'CBP' }],
});

const answer = (result: jest.Mock) => ({ request: { query: PublicTransparencyDocument, variables: () => true }, result, maxUsageCount: 10 });
const published = () => jest.fn((variables: { year: number; quarter?: number | null }) => ({ data: { publicTransparency: figures(variables.year, variables.quarter ?? null) } }));

describe('the published figures page', () => {
  const year = new Date().getUTCFullYear();

  it('opens without signing in, on this year as a whole, from the link in the signed-out header', async () => {
    const result = published();
    renderWithProviders(<App />, { route: '/sign-in', mocks: [answer(result)] });
    fireEvent.click(within(await screen.findByRole('banner')).getByRole('link', { name: 'Published figures' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Published figures' })).toBeTruthy();
    await screen.findByTestId('public-figures');
    expect(screen.getByTestId('location').textContent).toBe('/transparency');
    expect(result).toHaveBeenCalledWith({ year, quarter: null });
    expect(screen.getByRole('heading', { level: 2, name: `Figures for ${year}` })).toBeTruthy();
    expect((screen.getByLabelText('Quarter') as HTMLSelectElement).value).toBe('');
  });

  it('says "suppressed" for a suppressed count, in the key figures, the charts and the tables beside them, and explains why', async () => {
    renderWithProviders(<App />, { route: '/transparency?year=2026', mocks: [answer(published())] });
    await screen.findByTestId('public-figures');
    const keyFigures = within(screen.getByRole('list', { name: 'Key figures' }));
    expect(keyFigures.getByText('Operations').previousElementSibling?.textContent).toBe('23');
    expect(keyFigures.getByText('Corrective actions done').previousElementSibling?.textContent).toBe('suppressed');
    const statuses = screen.getByRole('table', { name: 'Operations by status' });
    expect(within(statuses).getByRole('rowheader', { name: 'Active' }).nextElementSibling?.textContent).toBe('7');
    expect(within(statuses).getByRole('rowheader', { name: 'Completed' }).nextElementSibling?.textContent).toBe('suppressed');
    expect(screen.getByRole('img', { name: 'Operations by status: Active 7, Completed suppressed, Closed 9.' })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Operations by type' })).getByRole('rowheader', { name: 'Type not recorded' }).nextElementSibling?.textContent).toBe('suppressed');
    expect(screen.getByRole('region', { name: 'Why some counts say “suppressed”' }).textContent).toContain('Every count under 5, zero included, is suppressed');
    expect(within(screen.getByRole('list', { name: 'Agencies that took part' })).getByText('U.S. Customs and Border Protection (CBP)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Annual report 2026 for the General Assembly (PDF)' }).getAttribute('href')).toBe('/transparency/2026/report.pdf');
  });

  it('shows the quarter chosen, and keeps it in the address', async () => {
    const result = published();
    renderWithProviders(<App />, { route: '/transparency?year=2026', mocks: [answer(result)] });
    await screen.findByTestId('public-figures');
    fireEvent.change(screen.getByLabelText('Quarter'), { target: { value: '2' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Figures for 2026, 2nd quarter (April–June)' })).toBeTruthy();
    expect(result).toHaveBeenLastCalledWith({ year: 2026, quarter: 2 });
    expect(screen.getByTestId('location').textContent).toBe('/transparency?year=2026&quarter=2');
    expect([...(screen.getByLabelText('Year') as HTMLSelectElement).options].map((option) => option.value)).toEqual(['2026', '2025']);
  });

  it('downloads every figure of the period shown as CSV: key, count (empty when suppressed) and whether it is suppressed', async () => {
    renderWithProviders(<App />, { route: '/transparency?year=2026&quarter=3', mocks: [answer(published())] });
    await screen.findByTestId('public-figures');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const [filename, csv] = (downloadFile as jest.Mock).mock.calls.at(-1) as [string, string];
    expect(filename).toBe('jointops-published-figures-2026-q3.csv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Year,Quarter,Figure,Key,Label,Count,Suppressed');
    expect(lines).toContain('2026,3,operations,,Operations,23,false');
    expect(lines).toContain('2026,3,correctiveActionsDone,,Corrective actions done,,true');
    expect(lines).toContain('2026,3,operationsByStatus,COMPLETED,Completed,,true');
    expect(lines).toContain('2026,3,complaintsByStatus,RECEIVED,Received,20,false');
    expect(lines).toContain('2026,3,operationsByType,UNSPECIFIED,Type not recorded,,true');
    // Three lone counts and every key of every breakdown.
    expect(lines).toHaveLength(1 + 3 + Object.values(PUBLISHED_FIGURE_KEYS).flat().length);
  });

  it('says so for a year without published figures, and shows none', async () => {
    const refused = jest.fn(() => ({ errors: [new GraphQLError('The year must be from 2025 to 2026.', { extensions: { code: 'BAD_USER_INPUT', field: 'year' } })] }));
    renderWithProviders(<App />, { route: '/transparency?year=1990', mocks: [answer(refused)] });
    expect((await screen.findByRole('alert')).textContent).toContain('There are no published figures for this period.');
    expect(screen.queryByTestId('public-figures')).toBeNull();
    expect(screen.queryByRole('link', { name: /Annual report/ })).toBeNull();
    expect((screen.getByRole('button', { name: 'Download CSV' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('still offers the years that have figures when the year in the address has none', async () => {
    const refused = jest.fn(() => ({ errors: [new GraphQLError('The year must be from 2025 to 2026.', { extensions: { code: 'BAD_USER_INPUT', field: 'year' } })] }));
    const yearsOf = { request: { query: PublicTransparencyYearsDocument, variables: { year } }, result: { data: { publicTransparency: { __typename: 'PublicTransparencyReport', year, quarter: null, years: [year, year - 1] } } } };
    renderWithProviders(<App />, { route: `/transparency?year=${year + 1}`, mocks: [answer(refused), yearsOf] });
    await screen.findByRole('alert');
    const select = screen.getByLabelText('Year') as HTMLSelectElement;
    await waitFor(() => expect([...select.options].map((option) => Number(option.value))).toEqual([year + 1, year, year - 1]));
    fireEvent.change(select, { target: { value: String(year) } });
    expect(select.value).toBe(String(year));
  });

  it('prints on request', async () => {
    renderWithProviders(<App />, { route: '/transparency?year=2026', mocks: [answer(published())] });
    await screen.findByTestId('public-figures');
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
  });
});

describe('published figures helpers', () => {
  it('reads the period from the address, this year as a whole by default', () => {
    const now = new Date('2027-02-01T12:00:00Z');
    expect(periodFrom(new URLSearchParams(''), now)).toEqual({ year: 2027, quarter: null });
    expect(periodFrom(new URLSearchParams('year=2026&quarter=4'), now)).toEqual({ year: 2026, quarter: 4 });
    expect(periodFrom(new URLSearchParams('year=abc&quarter=7'), now)).toEqual({ year: 2027, quarter: null });
  });

  it('writes an empty quarter for the whole year', () => {
    expect(publicFiguresCsv(figures(2026, null)).split('\r\n')[1]).toBe('2026,,operations,,Operations,23,false');
  });
});
