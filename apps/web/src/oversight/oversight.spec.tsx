import { render, screen, within } from '@testing-library/react';
import { MeDocument, TransparencyReportDocument } from '@jointops/web-data';
import { Route, Routes } from 'react-router';
import { MARIA, renderWithProviders } from '../test/render';
import { oversightAccess, oversightHome } from './oversight-access';
import { OversightArea } from './OversightArea';
import { currentYear, incidentBars, periodError, periodVariables, statusBars } from './transparency';
import { TransparencyPage, TransparencyReportView } from './TransparencyPage';
import { VerifyLogResult } from './VerifyLogResult';

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
    expect(oversightAccess(['OVERSIGHT'])).toEqual({ plans: true, transparency: true });
    expect(oversightAccess(['AGENCY_LEAD'])).toEqual({ plans: false, transparency: false });
    expect(oversightAccess(['PLANNER'])).toEqual({ plans: false, transparency: false });
    expect(oversightHome(['OVERSIGHT'])).toBe('/oversight');
    expect(oversightHome(['AGENCY_LEAD'])).toBeNull();
    expect(oversightHome(['OFFICER'])).toBeNull();
  });

  const LEAD = { ...MARIA, id: 'u-james', displayName: 'James Okafor', roles: ['AGENCY_LEAD' as const] };
  const OVERSIGHT = { ...MARIA, id: 'u-evelyn', displayName: 'Evelyn Brooks', roles: ['OVERSIGHT' as const] };
  const me = (user: typeof MARIA | typeof LEAD | typeof OVERSIGHT) => ({ request: { query: MeDocument }, result: { data: { me: user } }, maxUsageCount: 10 });
  const report = (result: jest.Mock) => ({ request: { query: TransparencyReportDocument, variables: () => true }, result, maxUsageCount: 10 });
  const FIGURES = {
    data: {
      transparencyReport: {
        __typename: 'TransparencyReport',
        from: '2027-01-01T00:00:00Z',
        to: '2027-12-31T23:59:59Z',
        operations: 1,
        byStatus: [{ __typename: 'StatusCount', status: 'CLOSED', count: 1 }],
        incidents: [{ __typename: 'IncidentCount', type: 'USE_OF_FORCE', count: 1 }],
        correctiveActionsOpen: 0,
        correctiveActionsDone: 0,
      },
    },
  };
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
    const asked = jest.fn(() => FIGURES);
    area('/oversight/transparency', [me(LEAD), report(asked)]);
    expect(await screen.findByText('This area is for oversight staff.')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Oversight' })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(asked).not.toHaveBeenCalled();
    expect(screen.queryByTestId('transparency-report')).toBeNull();
  });

  it('does not ask for the report from the page itself either, when rendered for a lead', async () => {
    const asked = jest.fn(() => FIGURES);
    renderWithProviders(<TransparencyPage />, { mocks: [me(LEAD), report(asked)] as never });
    expect(await screen.findByText('The transparency report gives exact figures and is for oversight staff.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(asked).not.toHaveBeenCalled();
  });

  it('shows oversight staff the exact figures', async () => {
    const asked = jest.fn(() => FIGURES);
    area('/oversight/transparency', [me(OVERSIGHT), report(asked)]);
    expect(await screen.findByTestId('transparency-report')).toBeTruthy();
    expect(asked).toHaveBeenCalled();
    expect(within(screen.getByRole('navigation', { name: 'Oversight' })).getByRole('link', { name: 'Transparency report' })).toBeTruthy();
  });
});

describe('transparency report', () => {
  it('defaults to this calendar year and sends whole days', () => {
    expect(currentYear(new Date('2027-06-15T12:00:00Z'))).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(periodVariables({ from: '2027-01-01', to: '2027-12-31' })).toEqual({ from: '2027-01-01T00:00:00.000Z', to: '2027-12-31T23:59:59.999Z' });
    expect(periodError({ from: '2027-02-01', to: '2027-01-01' })).toMatch(/on or before/);
  });

  it('charts every status and incident type, zeros included', () => {
    expect(statusBars([{ status: 'ACTIVE', count: 2 }]).find((b) => b.label === 'Active')?.value).toBe(2);
    expect(statusBars([]).length).toBe(7);
    expect(incidentBars([{ type: 'INJURY', count: 1 }]).filter((b) => b.value > 0)).toEqual([{ label: 'Injury', value: 1 }]);
  });

  it('renders the figures and both charts', () => {
    render(
      <TransparencyReportView
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
  });
});
