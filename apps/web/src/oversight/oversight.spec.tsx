import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MeDocument, TransparencyReportDocument } from '@jointops/web-data';
import { Route, Routes } from 'react-router';
import { MARIA, renderWithProviders } from '../test/render';
import { oversightAccess, oversightHome } from './oversight-access';
import { OversightArea } from './OversightArea';
import { periodFrom } from '../transparency/public-figures';
import { currentYear, incidentBars, periodError, periodFromAddress, periodVariables, publishedFiguresHref, publishedPeriodOf, statusBars } from './transparency';
import { TransparencyPage, TransparencyReportView } from './TransparencyPage';
import { VerifyLogResult } from './VerifyLogResult';
import { downloadFile } from '../shared/csv';
import { pause } from '../test/pause';

jest.mock('../shared/csv', () => ({ ...jest.requireActual('../shared/csv'), downloadFile: jest.fn() }));

describe('VerifyLogResult', () => {
  it('shows an intact log as a success', () => {
    render(<VerifyLogResult result={{ ok: true, checked: 42, firstBrokenSeq: null }} />);
    const result = screen.getByTestId('verify-result');
    expect(result.className).toContain('usa-alert--success');
    expect(within(result).getByRole('heading').textContent).toBe('Log intact: 42 events verified');
  });

  it('shows a broken log as an error naming the seq', () => {
    render(<VerifyLogResult result={{ ok: false, checked: 7, firstBrokenSeq: 7 }} />);
    const result = screen.getByRole('alert');
    expect(result.className).toContain('usa-alert--error');
    expect(within(result).getByRole('heading').textContent).toBe('Log broken at seq 7');
    expect(result.textContent).toContain('6 earlier events verified intact');
  });
});

describe('oversight access', () => {
  it('gives oversight everything, and agency leads (like everyone else) neither the area nor the exact figures', () => {
    expect(oversightAccess(['OVERSIGHT'])).toEqual({ plans: true, transparency: true, effectiveness: true, complaints: true });
    expect(oversightAccess(['AGENCY_LEAD'])).toEqual({ plans: false, transparency: false, effectiveness: false, complaints: false });
    expect(oversightAccess(['PLANNER'])).toEqual({ plans: false, transparency: false, effectiveness: false, complaints: false });
    expect(oversightAccess(['ADMIN']).complaints).toBe(false);
    expect(oversightHome(['OVERSIGHT'])).toBe('/oversight');
    expect(oversightHome(['AGENCY_LEAD'])).toBeNull();
    expect(oversightHome(['OFFICER'])).toBeNull();
  });

  const LEAD = { ...MARIA, id: 'u-james', displayName: 'James Okafor', roles: ['AGENCY_LEAD' as const] };
  const OVERSIGHT = { ...MARIA, id: 'u-evelyn', displayName: 'Evelyn Brooks', roles: ['OVERSIGHT' as const] };
  const me = (user: typeof MARIA | typeof LEAD | typeof OVERSIGHT) => ({ request: { query: MeDocument }, result: { data: { me: user } }, maxUsageCount: 10 });
  const report = (result: jest.Mock) => ({ request: { query: TransparencyReportDocument, variables: () => true }, result, maxUsageCount: 10 });
  /** The report answers for the period it was asked about. */
  const FIGURES = (variables: { from: string; to: string } = { from: '2027-01-01T00:00:00.000Z', to: '2027-12-31T23:59:59.999Z' }) => ({
    data: {
      transparencyReport: {
        __typename: 'TransparencyReport',
        from: variables.from,
        to: variables.to,
        operations: 1,
        byStatus: [{ __typename: 'StatusCount', status: 'CLOSED', count: 1 }],
        incidents: [{ __typename: 'IncidentCount', type: 'USE_OF_FORCE', count: 1 }],
        correctiveActionsOpen: 0,
        correctiveActionsDone: 0,
      },
    },
  });
  const area = (route: string, mocks: unknown[]) =>
    renderWithProviders(
      <Routes>
        <Route path="/oversight" element={<OversightArea />}>
          <Route index element={<p>Plans and logs</p>} />
          <Route path="transparency" element={<TransparencyPage />} />
        </Route>
      </Routes>,
      { route, mocks: mocks as never },
    );

  it('tells an agency lead who opens the transparency page that it is for oversight staff, and never asks for the report', async () => {
    const asked = jest.fn(FIGURES);
    area('/oversight/transparency', [me(LEAD), report(asked)]);
    expect(await screen.findByText('This area is for oversight staff.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Oversight' })).toBeNull();
    await pause(30);
    expect(asked).not.toHaveBeenCalled();
    expect(screen.queryByTestId('transparency-report')).toBeNull();
  });

  it('does not ask for the report from the page itself either, when rendered for a lead', async () => {
    const asked = jest.fn(FIGURES);
    renderWithProviders(<TransparencyPage />, { mocks: [me(LEAD), report(asked)] as never });
    expect(await screen.findByText('The transparency report gives exact figures and is for oversight staff.')).toBeTruthy();
    await pause(30);
    expect(asked).not.toHaveBeenCalled();
  });

  it('shows oversight staff the exact figures', async () => {
    const asked = jest.fn(FIGURES);
    area('/oversight/transparency', [me(OVERSIGHT), report(asked)]);
    expect(await screen.findByTestId('transparency-report')).toBeTruthy();
    expect(asked).toHaveBeenCalled();
    expect(within(screen.getByRole('navigation', { name: 'Oversight' })).getByRole('link', { name: 'Transparency report' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Oversight' })).getByRole('link', { name: 'Complaints' }).getAttribute('href')).toBe('/oversight/complaints');
  });

  const setPeriod = (from: string, to: string) => {
    fireEvent.change(screen.getByLabelText('From'), { target: { value: from } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: to } });
    fireEvent.click(screen.getByRole('button', { name: 'Show report' }));
  };

  it('states the period shown, and clears the old figures after an invalid range', async () => {
    area('/oversight/transparency', [me(OVERSIGHT), report(jest.fn(FIGURES))]);
    const year = new Date().getFullYear();
    expect((await screen.findByRole('heading', { level: 2, name: /^Figures for/ })).textContent).toBe(`Figures for Jan 1, ${year} – Dec 31, ${year}`);
    setPeriod('2026-07-01', '2026-06-30');
    expect(screen.getByText(/The start date must be on or before the end date/)).toBeTruthy();
    expect(screen.queryByTestId('transparency-report')).toBeNull();
    expect(screen.queryByText(/^Figures for/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
    setPeriod('2026-01-01', '2026-06-30');
    expect((await screen.findByRole('heading', { name: 'Figures for Jan 1, 2026 – Jun 30, 2026' })).closest('[data-testid="transparency-report"]')).toBeTruthy();
    expect(screen.queryByText(/The start date must be/)).toBeNull();
  });

  it('downloads the figures as CSV for the period shown, and offers the PDF and printing', async () => {
    area('/oversight/transparency', [me(OVERSIGHT), report(jest.fn(FIGURES))]);
    await screen.findByTestId('transparency-report');
    setPeriod('2026-01-01', '2026-06-30');
    await screen.findByRole('heading', { name: 'Figures for Jan 1, 2026 – Jun 30, 2026' });
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalled());
    const [filename, csv] = (downloadFile as jest.Mock).mock.calls.at(-1) as [string, string];
    expect(filename).toBe('transparency-report-2026-01-01-to-2026-06-30.csv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('From,To,Section,Item,Count');
    expect(lines).toContain('2026-01-01,2026-06-30,Key figures,Operations,1');
    expect(lines).toContain('2026-01-01,2026-06-30,Operations by status,Closed,1');
    expect(lines).toContain('2026-01-01,2026-06-30,Incidents by type,Use of force,1');
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeTruthy();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalled();
  });

  it('says the figures are exact and not for publishing, and links to the published figures of the same period', async () => {
    area('/oversight/transparency?from=2026-04-01&to=2026-06-30', [me(OVERSIGHT), report(jest.fn(FIGURES))]);
    await screen.findByRole('heading', { name: 'Figures for Apr 1, 2026 – Jun 30, 2026' });
    expect(screen.getByText(/^Exact figures for oversight staff, not for publishing/)).toBeTruthy();
    expect(screen.queryByText(/public record/)).toBeNull();
    expect(screen.getByRole('heading', { name: 'Not for publishing' })).toBeTruthy();
    const published = screen.getByRole('link', { name: 'Published figures for the 2nd quarter of 2026' });
    expect(published.getAttribute('href')).toBe('/transparency?year=2026&quarter=2');
    setPeriod('2025-01-01', '2025-12-31');
    expect((await screen.findByRole('link', { name: 'Published figures for 2025' })).getAttribute('href')).toBe('/transparency?year=2025');
  });

  it('keeps the period in the address: it opens on the period the address names, and "Show report" puts a new one there', async () => {
    const asked = jest.fn(FIGURES);
    area('/oversight/transparency?from=2026-01-01&to=2026-06-30', [me(OVERSIGHT), report(asked)]);
    await screen.findByRole('heading', { name: 'Figures for Jan 1, 2026 – Jun 30, 2026' });
    expect(asked).toHaveBeenCalledWith({ from: '2026-01-01T00:00:00.000Z', to: '2026-06-30T23:59:59.999Z' });
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-01-01');
    setPeriod('2025-07-01', '2025-09-30');
    await screen.findByRole('heading', { name: 'Figures for Jul 1, 2025 – Sep 30, 2025' });
    expect(screen.getByTestId('location').textContent).toBe('/oversight/transparency?from=2025-07-01&to=2025-09-30');
  });

  it('shows no figures, and says why, for an invalid period in the address', async () => {
    const asked = jest.fn(FIGURES);
    area('/oversight/transparency?from=2026-02-30&to=2026-06-30', [me(OVERSIGHT), report(asked)]);
    expect(await screen.findByText('Enter both dates as real calendar dates. No figures are shown until the period is corrected.')).toBeTruthy();
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBe('true');
    await pause(30);
    expect(asked).not.toHaveBeenCalled();
    expect(screen.queryByTestId('transparency-report')).toBeNull();
    setPeriod('2026-02-01', '2026-06-30');
    await screen.findByRole('heading', { name: 'Figures for Feb 1, 2026 – Jun 30, 2026' });
    expect(screen.queryByText(/real calendar dates/)).toBeNull();
  });
});

describe('transparency report', () => {
  it('defaults to this calendar year and sends whole days', () => {
    expect(currentYear(new Date('2027-06-15T12:00:00Z'))).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(periodVariables({ from: '2027-01-01', to: '2027-12-31' })).toEqual({ from: '2027-01-01T00:00:00.000Z', to: '2027-12-31T23:59:59.999Z' });
    expect(periodError({ from: '2027-02-01', to: '2027-01-01' })).toMatch(/on or before/);
    expect(periodError({ from: '2027-02-30', to: '2027-03-01' })).toMatch(/real calendar dates/);
    expect(periodError({ from: '', to: '2027-03-01' })).toMatch(/Enter both dates/);
  });

  it('reads the period from the address: this year when it names none, an error for a bad or half period', () => {
    const now = new Date('2027-06-15T12:00:00Z');
    expect(periodFromAddress(new URLSearchParams(''), now)).toEqual({ period: { from: '2027-01-01', to: '2027-12-31' }, error: null });
    expect(periodFromAddress(new URLSearchParams('from=2026-04-01&to=2026-06-30'), now)).toEqual({ period: { from: '2026-04-01', to: '2026-06-30' }, error: null });
    expect(periodFromAddress(new URLSearchParams('from=2026-04-01'), now).error).toMatch(/Enter both dates/);
    expect(periodFromAddress(new URLSearchParams('from=2026-07-01&to=2026-06-30'), now).error).toMatch(/on or before/);
    expect(periodFromAddress(new URLSearchParams('from=yesterday&to=2026-06-30'), now).error).toMatch(/real calendar dates/);
  });

  it('compares with the published quarter the period lies in, else the year it starts in, as the public page reads it', () => {
    expect(publishedPeriodOf({ from: '2026-04-01', to: '2026-06-30' })).toEqual({ year: 2026, quarter: 2 });
    expect(publishedPeriodOf({ from: '2026-11-03', to: '2026-11-20' })).toEqual({ year: 2026, quarter: 4 });
    expect(publishedPeriodOf({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ year: 2026, quarter: null });
    expect(publishedPeriodOf({ from: '2025-12-01', to: '2026-01-31' })).toEqual({ year: 2025, quarter: null });
    for (const period of [
      { from: '2026-04-01', to: '2026-06-30' },
      { from: '2024-01-01', to: '2024-12-31' },
    ]) {
      const href = new URL(publishedFiguresHref(period), 'http://localhost');
      expect(href.pathname).toBe('/transparency');
      expect(periodFrom(href.searchParams)).toEqual(publishedPeriodOf(period));
    }
  });

  it('charts every status and incident type, zeros included', () => {
    expect(statusBars([{ status: 'ACTIVE', count: 2 }]).find((b) => b.label === 'Active')?.value).toBe(2);
    expect(statusBars([]).length).toBe(7);
    expect(incidentBars([{ type: 'INJURY', count: 1 }]).filter((b) => b.value > 0)).toEqual([{ label: 'Injury', value: 1 }]);
  });

  it('renders the figures and both charts', () => {
    render(
      <TransparencyReportView
        period={{ from: '2027-01-01', to: '2027-12-31' }}
        report={{
          from: '2027-01-01T00:00:00Z',
          to: '2027-12-31T23:59:59Z',
          operations: 5,
          byStatus: [
            { status: 'ACTIVE', count: 2 },
            { status: 'DRAFT', count: 3 },
          ],
          incidents: [{ type: 'USE_OF_FORCE', count: 1 }],
          correctiveActionsOpen: 4,
          correctiveActionsDone: 1,
        }}
      />,
    );
    expect(screen.getByRole('img', { name: /^Operations by status: Draft 3, In review 0, Approved 0, Active 2/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Incidents by type: Use of force 1/ })).toBeTruthy();
    const figures = within(screen.getByRole('list', { name: 'Key figures' }));
    expect(figures.getByText('Operations').previousElementSibling?.textContent).toBe('5');
    expect(figures.getByText('Corrective actions open').previousElementSibling?.textContent).toBe('4');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Figures for Jan 1, 2027 – Dec 31, 2027');
  });
});
